import type { CvContent } from '../../../../shared/domain/cv';

/**
 * The PDF's own words. A CV Pôle emploi is written in French whatever the kiosk's display
 * language (recruiters read it in French), so these are not in the renderer's catalogues.
 */
export const pdfLabels = {
  experiences: 'Expériences professionnelles',
  formations: 'Formations et diplômes',
  languages: 'Langues',
  licences: 'Permis',
  skills: 'Compétences',
  interests: "Centres d'intérêt",
  contact: 'Contact',
  target: 'Emploi recherché',
  now: "à aujourd'hui",
  since: 'Depuis',
  obtained: 'Diplôme obtenu',
  licence: 'Permis',
} as const;

export const contractLabels: Record<CvContent['target']['contracts'][number], string> = {
  CDI: 'CDI',
  CDD: 'CDD',
  MIS: 'Intérim',
  SAI: 'Saisonnier',
  ALT: 'Alternance',
  LIB: 'Indépendant',
};

export const workingTimeLabels: Record<CvContent['target']['workingTimes'][number], string> = {
  plein: 'Temps plein',
  partiel: 'Temps partiel',
};

export const levelLabels: Record<CvContent['languages'][number]['level'], string> = {
  notions: 'Notions',
  intermediaire: 'Intermédiaire',
  courant: 'Courant',
  bilingue: 'Bilingue',
  maternelle: 'Langue maternelle',
};
