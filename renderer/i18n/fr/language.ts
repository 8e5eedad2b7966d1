/** The language choice (welcome screen and header) and the note on documents printed in French. */
export const language = {
  choose: 'Choisir la langue',
  menu: 'Langue : {{language}}',
  printedInFrench: 'Ce document est imprimé en français.',
};
