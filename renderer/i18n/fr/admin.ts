/** The hidden admin exit. */
export const admin = {
  title: 'Sortie administrateur',
  intro: 'Réservé au personnel informatique. Saisissez le code PIN pour quitter la borne.',
  pin: 'Code PIN administrateur',
  pinHint: 'De 4 à 12 chiffres',
  submit: 'Quitter la borne',
  cancel: 'Annuler',
  exiting: 'Fermeture de la borne…',
  status: 'État de la borne',
  errors: {
    format: 'Le code PIN comporte de 4 à 12 chiffres.',
    wrong: 'Code PIN incorrect.',
    locked_one: 'Trop de codes incorrects. Réessayez dans {{count}} seconde.',
    locked_other: 'Trop de codes incorrects. Réessayez dans {{count}} secondes.',
    disabled: "La sortie administrateur n'est pas configurée sur cette borne.",
    failed: "La borne n'a pas pu vérifier le code. Réessayez.",
  },
};
