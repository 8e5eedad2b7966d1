import type {
  AllocationCode,
  AttestationKind,
  RightsStatus,
  SuspensionReason,
} from '../domain/paiements';

/**
 * The printed attestations' French, worded once: the central API prints them and the kiosk shows
 * the same names in French, so a person who compares the screen and the paper reads the same words.
 */
export const attestationTitleFr = {
  paiement: 'Attestation de paiement',
  inscription: 'Avis de situation et périodes d’inscription',
  fiscale: 'Attestation fiscale',
  droits: 'Attestation de droits',
} as const satisfies Record<AttestationKind, string>;

export const allocationNameFr = {
  ARE: 'Allocation d’aide au retour à l’emploi (ARE)',
  ASS: 'Allocation de solidarité spécifique (ASS)',
  AREF: 'Allocation d’aide au retour à l’emploi formation (AREF)',
} as const satisfies Record<AllocationCode, string>;

export const rightsStatusFr = {
  open: 'Droits ouverts, payés chaque mois',
  suspended: 'Paiements suspendus',
  closed: 'Droits terminés',
} as const satisfies Record<RightsStatus, string>;

export const suspensionReasonFr = {
  documentMissing: 'un document demandé n’a pas été reçu',
  actualisationMissing: 'l’actualisation d’un mois n’a pas été faite',
  control: 'votre dossier est en cours de vérification',
} as const satisfies Record<SuspensionReason, string>;

/** Where and how a third party checks an attestation (printed at the foot of every one). */
export const attestationVerifyFr =
  'Pour vérifier ce document, rendez-vous sur le service de vérification des attestations France Travail et saisissez la référence et le code ci-dessus. Le service indique seulement si l’attestation est authentique et sa date.';
