import type { Catalogue } from '../fr';

export const language: Catalogue['language'] = {
  choose: 'Choose the language',
  menu: 'Language: {{language}}',
  printedInFrench: 'This document is printed in French.',
};
