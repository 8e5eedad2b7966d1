import { z } from 'zod';
import { profilChangeSchema } from '../domain/profil';
import { communeSchema } from '../domain/registration';
import { secretQuestionIds } from '../domain/secretQuestions';
import type { MethodTable } from './methods';

const empty = z.object({}).strict();
const status = z.enum(['sent', 'queued']);

/** A bank account as the kiosk may show it: the holder and the IBAN masked but for its last 4. */
const ribShownSchema = z.object({ titulaire: z.string(), ibanMasque: z.string() });

/**
 * « Mon profil » as the central API (the authority) knows it, plus this visit's changes the outbox
 * still holds. A change waiting for a check (a new e-mail address to confirm, a bank account being
 * verified) is shown beside the value still in use, never in its place.
 */
export const profilSchema = z.object({
  adresse: z
    .object({
      adresse: z.string(),
      complement: z.string(),
      codePostal: z.string(),
      commune: communeSchema,
    })
    .nullable(),
  /** "06 12 34 56 78". */
  telephone: z.string().nullable(),
  email: z.string().nullable(),
  /** Typed at the terminal, kept aside until the link in the message sent to it is followed. */
  emailEnAttente: z.string().nullable(),
  rib: ribShownSchema.nullable(),
  /** A new bank account « en cours »: in the outbox, or being checked by France Travail. */
  ribEnCours: ribShownSchema.extend({ depuis: z.string() }).nullable(),
  questionSecrete: z.enum(secretQuestionIds).nullable(),
  /** Changes of this visit not yet delivered (the outbox holds them): shown « en cours ». */
  enAttente: z.array(z.enum(['adresse', 'telephone', 'email', 'rib', 'questionSecrete'])),
});
export type Profil = z.infer<typeof profilSchema>;

export const profilReceiptSchema = z.object({
  reference: z.string(),
  submittedAt: z.string(),
  status,
});
export type ProfilReceipt = z.infer<typeof profilReceiptSchema>;

/** « Mon profil »: read the current values, send one change at a time, print its receipt. */
export const profilMethods = {
  'profil.get': { input: empty, output: profilSchema },
  /** « Envoyer la modification »: checked again here, then handed to the outbox. */
  'profil.submit': { input: profilChangeSchema, output: profilReceiptSchema },
  /** The receipt of this visit's last change: never the full IBAN, never the secret answer. */
  'profil.printReceipt': { input: empty, output: z.object({ printed: z.literal(true) }) },
} as const satisfies MethodTable;
