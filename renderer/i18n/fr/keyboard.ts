/** The on-screen keyboard: its region and the names of its function keys (visible and spoken). */
export const keyboard = {
  label: 'Clavier à l’écran',
  keys: {
    erase: 'Effacer',
    shift: 'Majuscule',
    space: 'Espace',
    enter: 'Valider',
    hide: 'Masquer le clavier',
    symbols: 'Symboles',
    letters: 'Lettres',
    arabic: 'عربي',
  },
};
