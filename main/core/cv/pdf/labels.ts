/**
 * The PDF's own words. A CV Pôle emploi is written in French whatever the kiosk's display
 * language (recruiters read it in French), so these are not in the renderer's catalogues. Its coded choices
 * (contracts, working times, language levels) are worded as the screens offer them, in shared/wording.
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
