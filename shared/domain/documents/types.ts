import { z } from 'zod';

/**
 * The documents a job seeker sends from the agency terminal ("Mes échanges"). Each type
 * says how its pages are encoded (text → 1-bit G4; identity/RIB → JPEG) and whether a month applies.
 */
export const documentTypes = [
  'bulletin_salaire',
  'arret_travail',
  'attestation_employeur',
  'piece_identite',
  'rib',
  'justificatif_domicile',
  'autre',
] as const;
export const documentTypeSchema = z.enum(documentTypes);
export type DocumentType = z.infer<typeof documentTypeSchema>;

export type PageProfile = 'text' | 'grey' | 'colour';

export interface DocumentTypeRule {
  profile: PageProfile;
  /** The month concerned must be given (a payslip is for one month). */
  month: 'required' | 'none';
  /** "Autre" needs a short description so the adviser knows what it is. */
  description: 'required' | 'none';
}

export const documentTypeRules: Record<DocumentType, DocumentTypeRule> = {
  bulletin_salaire: { profile: 'text', month: 'required', description: 'none' },
  arret_travail: { profile: 'text', month: 'required', description: 'none' },
  attestation_employeur: { profile: 'text', month: 'none', description: 'none' },
  // Photos, holograms and stamps do not survive 1-bit: identity papers and RIBs stay greyscale.
  piece_identite: { profile: 'grey', month: 'none', description: 'none' },
  rib: { profile: 'grey', month: 'none', description: 'none' },
  justificatif_domicile: { profile: 'text', month: 'none', description: 'none' },
  autre: { profile: 'grey', month: 'none', description: 'required' },
};

/** Document statuses on the central API, in the order they happen. */
export const documentStatuses = ['recu', 'en_cours', 'traite', 'refuse'] as const;
export const documentStatusSchema = z.enum(documentStatuses);
export type DocumentStatus = z.infer<typeof documentStatusSchema>;

export const MAX_PAGES = 20;
export const DESCRIPTION_MAX = 80;
/** How far back a month may go: older documents are handled at the desk, not sent from here. */
export const MONTHS_BACK = 24;
