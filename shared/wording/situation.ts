import type { Contrat, SituationKind } from '../domain/situation';

/**
 * A change of situation in French, worded once: the screens name each change and the printed
 * receipt repeats the same words, so the person recognises what they declared.
 */
export const situationKindFr = {
  repriseEmploi: 'Je reprends un travail',
  formation: 'J’entre en formation',
  arretMaladie: 'Je suis en arrêt maladie',
  maternite: 'Je suis en congé maternité',
  paternite: 'Je suis en congé paternité',
  demenagement: 'Je déménage',
  absence: 'Je pars plus de 7 jours',
} as const satisfies Record<SituationKind, string>;

export const contratFr = {
  cdi: 'CDI (contrat sans date de fin)',
  cdd: 'CDD (contrat avec une date de fin)',
  interim: 'Intérim (mission de travail temporaire)',
  autre: 'Autre contrat',
} as const satisfies Record<Contrat, string>;

/** The receipt's labels, the same as the review screen's. */
export const situationFieldsFr = {
  dateDebut: 'Date de début',
  dateDemenagement: 'Date du déménagement',
  dateFin: 'Date de fin',
  employeur: 'Employeur',
  contrat: 'Contrat',
  organisme: 'Organisme de formation',
  commune: 'Nouvelle commune',
} as const;

export const situationStatusFr = {
  sent: 'Envoyé à France Travail',
  queued: 'Enregistré sur la borne, sera envoyé dès que possible',
} as const satisfies Record<'sent' | 'queued', string>;

/** The printed receipt of a change of situation: its headings, labels and closing advice. */
export const situationReceiptFr = {
  header: 'France Travail — Borne en agence',
  title: 'Justificatif de changement de situation',
  reference: 'Référence',
  declaredOn: 'Déclaré le',
  status: 'État',
  declarant: 'Déclarant',
  keep: 'Conservez ce justificatif. Un conseiller peut vous demander des papiers qui prouvent ce changement : un contrat, un avis d’arrêt, une attestation de formation.',
} as const;
