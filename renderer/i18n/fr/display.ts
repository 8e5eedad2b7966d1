/** The « Affichage » control: text size and contrast, chosen by the visitor for this visit. */
export const display = {
  open: 'Affichage',
  panelTitle: 'Affichage',
  textSize: 'Taille du texte',
  textSizes: {
    normal: 'Texte normal',
    large: 'Texte grand',
    larger: 'Texte très grand',
  },
  contrast: 'Contraste',
  themes: {
    light: 'Clair',
    dark: 'Sombre',
    contrast: 'Contraste renforcé',
  },
  close: 'Fermer',
};
