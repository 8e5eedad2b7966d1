/** The calm screen of a terminal that IT put out of service: what happens, where to go instead. */
export const outOfService = {
  documentTitle: 'Borne indisponible',
  title: 'Borne momentanément indisponible',
  text: 'Cette borne ne marche pas pour le moment. Elle sera bientôt de nouveau prête.',
  elsewhere: "Allez à l'accueil de l'agence. Une personne de l'agence va vous aider.",
  otherTerminal: "Vous pouvez aussi utiliser une autre borne de l'agence.",
};
