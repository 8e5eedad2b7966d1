import type { CvContent } from '../domain/cv';

type Target = CvContent['target'];

/**
 * The CV's French labels for its coded choices, worded once: the screens offer them and the PDF
 * prints them, so what the user ticked is what the recruiter reads.
 */
export const cvContractFr = {
  CDI: 'CDI',
  CDD: 'CDD',
  MIS: 'Intérim',
  SAI: 'Saisonnier',
  ALT: 'Alternance',
  LIB: 'Indépendant',
} as const satisfies Record<Target['contracts'][number], string>;

export const cvWorkingTimeFr = {
  plein: 'Temps plein',
  partiel: 'Temps partiel',
} as const satisfies Record<Target['workingTimes'][number], string>;

export const cvLanguageLevelFr = {
  notions: 'Notions',
  intermediaire: 'Intermédiaire',
  courant: 'Courant',
  bilingue: 'Bilingue',
  maternelle: 'Langue maternelle',
} as const satisfies Record<CvContent['languages'][number]['level'], string>;
