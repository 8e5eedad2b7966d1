import { z } from 'zod';
import { motDePasseSchema } from '../domain/login';
import { secretQuestionIds } from '../domain/secretQuestions';
import {
  accessCodesSchema,
  communeSchema,
  registrationSections,
  sectionSchemas,
} from '../domain/registration';
import { entrepriseAccountSchema, establishmentSchema, siretField } from '../domain/employer';
import {
  antiRobotAnswerSchema,
  antiRobotChallengeSchema,
  particulierAccountSchema,
} from '../domain/particulier';
import type { MethodTable } from './methods';
import { signedInSchema } from './session';

const empty = z.object({}).strict();

const communesLookupSchema = z.object({
  status: z.enum(['found', 'unknown', 'invalid']),
  communes: z.array(communeSchema),
});

const draftSchema = z.object({
  identite: z.record(z.string(), z.unknown()).optional(),
  coordonnees: z.record(z.string(), z.unknown()).optional(),
  situation: z.record(z.string(), z.unknown()).optional(),
});

const openedDraftSchema = z.object({
  reference: z.string(),
  expiresAt: z.string(),
  /** Chosen with the access codes; the address step reuses it rather than asking again. */
  codePostal: z.string(),
  draft: draftSchema,
});

/** An appointment: when, the agency's name and its address (so the person finds it). */
const slotSchema = z.object({
  id: z.string(),
  startsAt: z.string(),
  agence: z.string(),
  adresse: z.string(),
});

const sectionInput = z.discriminatedUnion('section', [
  z.object({ section: z.literal('identite'), data: sectionSchemas.identite }).strict(),
  z.object({ section: z.literal('coordonnees'), data: sectionSchemas.coordonnees }).strict(),
  z.object({ section: z.literal('situation'), data: sectionSchemas.situation }).strict(),
]);

/** The page's own origin: its host name is the WebAuthn relying party (docs/decisions.md). */
const originInput = z.object({ origin: z.string().max(300) }).strict();
/** WebAuthn JSON (options, credential answers): checked by @simplewebauthn on both ends. */
const webauthnJson = z.record(z.string(), z.unknown());
const webauthnResponse = z.object({ response: webauthnJson }).strict();

const required = (key: string) => z.string().trim().min(1, key).max(128, key);

/**
 * Account creation (candidate registration). It happens before any sign-in: its first step opens a
 * draft on the central API and the visit holds the draft token, like a user token.
 */
export const registrationMethods = {
  /** Code postal → communes, from the committed @etalab/decoupage-administratif index. */
  'communes.byPostalCode': {
    input: z.object({ codePostal: z.string().max(10) }).strict(),
    output: communesLookupSchema,
  },
  /** Whether an identifiant can be chosen (format, then the central API). */
  'registration.checkIdentifiant': {
    input: z.object({ identifiant: z.string().max(40) }).strict(),
    output: z.object({
      available: z.boolean(),
      reason: z.enum(['free', 'taken', 'format_invalid']),
    }),
  },
  /** "Définir vos codes d'accès": creates the pending account and its draft. */
  'registration.start': { input: accessCodesSchema, output: openedDraftSchema },
  /** "Reprendre mon inscription" with identifiant + mot de passe (15 days). */
  'registration.resume': {
    input: z
      .object({
        identifiant: required('account.errors.required'),
        motDePasse: motDePasseSchema,
      })
      .strict(),
    output: openedDraftSchema,
  },
  /** Saves one section of the draft (through the outbox). */
  'registration.saveSection': {
    input: sectionInput,
    output: z.object({ status: z.enum(['sent', 'queued']) }),
  },
  /** Sends the registration once every section is saved. */
  'registration.submit': {
    input: empty,
    output: z.object({ reference: z.string(), status: z.enum(['sent', 'queued']) }),
  },
  /** The three appointments proposed for the registration interview. */
  'registration.appointmentSlots': {
    input: empty,
    output: z.object({ slots: z.array(slotSchema) }),
  },
  'registration.bookAppointment': {
    input: z.object({ slotId: z.string().min(1).max(40) }).strict(),
    output: slotSchema,
  },
  /** The signed-in person's sent registration (provisional codes): reference and appointment. */
  'registration.mine': {
    input: empty,
    output: z.object({
      reference: z.string(),
      appointment: slotSchema.omit({ id: true }).nullable(),
    }),
  },
  /** Prints the receipt: reference, name, appointment, next steps; never a password or the NIR. */
  'registration.printReceipt': { input: empty, output: z.object({ printed: z.literal(true) }) },
} as const satisfies MethodTable;

/** The sign-in paths beside the password: forgotten password, temporary password replaced. */
export const passwordMethods = {
  /** Forgotten password, step 1: the identifiant's secret question. */
  'password.question': {
    input: z.object({ identifiant: required('validation.identifiant.required') }).strict(),
    /** null: the account has no secret question; its holder is sent to the reception desk. */
    output: z.object({ questionSecrete: z.enum(secretQuestionIds).nullable() }),
  },
  /** Forgotten password, step 2: the answer; a temporary password is sent, never shown. */
  'password.reset': {
    input: z
      .object({
        identifiant: required('validation.identifiant.required'),
        reponseSecrete: required('account.errors.required'),
      })
      .strict(),
    output: z.object({
      sentBy: z.enum(['email', 'post']),
      /** Where the e-mail went, masked ("c…@l…fr"): the full address never reaches the kiosk. */
      maskedEmail: z.string().max(80).optional(),
    }),
  },
  /** A new password for the signed-in user (required after a temporary one). */
  'password.change': {
    input: z
      .object({
        /** Not asked after a temporary password: the new one and its confirmation only. */
        motDePasseActuel: motDePasseSchema.optional(),
        nouveauMotDePasse: z.string().min(1, 'account.errors.required').max(128),
        confirmation: z.string().min(1, 'account.errors.required').max(128),
      })
      .strict(),
    output: empty,
  },
} as const satisfies MethodTable;

/** Passwordless sign-in with the user's own security key. */
export const webauthnMethods = {
  /** Options to register the signed-in user's own security key. */
  'webauthn.registrationOptions': { input: originInput, output: webauthnJson },
  /** Stores the key after the browser created it (user verification required). */
  'webauthn.register': { input: webauthnResponse, output: empty },
  /** Passwordless sign-in: options for a discoverable credential (no identifiant typed). */
  'webauthn.authenticationOptions': { input: originInput, output: webauthnJson },
  /** Signs in with the key's answer, like auth.login. */
  'webauthn.signIn': {
    input: webauthnResponse,
    output: signedInSchema,
  },
} as const satisfies MethodTable;

/** The entreprise space: an employer's account on an establishment found by its SIRET. */
export const entrepriseMethods = {
  /** The establishment of a SIRET, to be confirmed by the user. */
  'employer.lookupEstablishment': {
    input: z.object({ siret: siretField }).strict(),
    output: establishmentSchema,
  },
  /** Creates the entreprise account on the confirmed establishment; certification is pending. */
  'employer.createEntreprise': {
    input: z.object({ account: entrepriseAccountSchema, siret: siretField }).strict(),
    output: z.object({ reference: z.string(), certification: z.literal('pending_adviser') }),
  },
} as const satisfies MethodTable;

/** The particulier employeur space, behind a contrôle de sécurité checked by the central API. */
export const particulierMethods = {
  /** A contrôle de sécurité question, or a new one in its place. */
  'employer.antiRobotChallenge': {
    input: z.object({ replaces: z.string().min(1).max(64).optional() }).strict(),
    output: antiRobotChallengeSchema,
  },
  /**
   * The answer, checked by the central API. Passed: main keeps the pass for the visit (the
   * renderer never holds it). Wrong: not an error but the next question, shown with a message.
   */
  'employer.antiRobotAnswer': {
    input: antiRobotAnswerSchema.strict(),
    output: z.object({ passed: z.boolean(), challenge: antiRobotChallengeSchema.optional() }),
  },
  /** Creates the space; identifiant and temporary password are e-mailed, never shown. */
  'employer.createParticulier': {
    input: z.object({ account: particulierAccountSchema }).strict(),
    output: z.object({ reference: z.string(), certification: z.literal('pending_adviser') }),
  },
} as const satisfies MethodTable;

/** What both employer spaces offer once created. */
export const employerSpaceMethods = {
  /**
   * « Imprimer le récapitulatif » of the space created during this visit (reference, name, where
   * the space opens; no password, no full NIR). forbidden when no space was created.
   */
  'employer.printReceipt': { input: empty, output: z.object({ printed: z.literal(true) }) },
} as const satisfies MethodTable;

/** Every account method: registration, password paths, security key, both employer spaces. */
export const accountMethods = {
  ...registrationMethods,
  ...passwordMethods,
  ...webauthnMethods,
  ...entrepriseMethods,
  ...particulierMethods,
  ...employerSpaceMethods,
} as const satisfies MethodTable;

export { registrationSections };
