/**
 * The employer spaces at the kiosk once created: signing in, what the space opens, the offer an
 * entreprise publishes and the applications it receives. One set of rules for the central API's
 * routes, main's contract and the renderer's forms; messages are catalogue keys.
 */
import { z } from 'zod';
import { identifiantSchema, motDePasseSchema } from './login';
import { offerContracts, ROME_CODE, workingTimes } from './offres/model';

export const employerKinds = ['entreprise', 'particulier'] as const;
export type EmployerKind = (typeof employerKinds)[number];
/** 'pending_adviser' until an adviser has checked who the employer is. */
export const certifications = ['pending_adviser', 'certified'] as const;
export type Certification = (typeof certifications)[number];

/** Employer sign-in: identifiant + mot de passe (no code postal: an employer has no address of record). */
export const employerLoginSchema = z.object({
  identifiant: identifiantSchema,
  motDePasse: motDePasseSchema,
});
export type EmployerLoginInput = z.input<typeof employerLoginSchema>;

export const employerSpaceSchema = z.object({
  kind: z.enum(employerKinds),
  certification: z.enum(certifications),
  /** Who signed in, for the greeting: "Prénom Nom" of the account's holder. */
  name: z.string(),
  /** The establishment (entreprise), null for a particulier employeur. */
  establishment: z.string().nullable(),
  mustChangePassword: z.boolean(),
});
export type EmployerSpace = z.infer<typeof employerSpaceSchema>;

/** Only a certified entreprise publishes offers at the kiosk. */
export const canPublishOffers = (space: Pick<EmployerSpace, 'kind' | 'certification'>): boolean =>
  space.kind === 'entreprise' && space.certification === 'certified';

export const offerStatuses = ['pending', 'published', 'filled', 'withdrawn'] as const;
export type OfferStatus = (typeof offerStatuses)[number];

const k = (key: string) => `employer.publish.errors.${key}`;
/** A whole number typed on the digit pad: '' is "not given". */
const wholeNumber = (min: number, max: number, key: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,6}$/, k(key))
    .refine((v) => Number(v) >= min && Number(v) <= max, k(key));

/**
 * « Publier une offre »: the job (a ROME appellation, chosen among the suggestions), the commune,
 * the contract, the hours, the salary and the description. Numbers are kept as typed (strings), so
 * nothing the person typed is lost when a rule refuses it.
 */
export const offerPublishSchema = z
  .object({
    appellation: z
      .object({
        codeOgr: z.int().positive(),
        label: z.string().min(1).max(200),
        rome: z.string().regex(ROME_CODE),
      })
      .nullable()
      .refine((v) => v !== null, k('appellation')),
    commune: z
      .object({ code: z.string().regex(/^[0-9AB]{5}$/), label: z.string().min(1).max(100) })
      .nullable()
      .refine((v) => v !== null, k('commune')),
    contract: z
      .union([z.enum(offerContracts), z.literal('')])
      .refine((v) => v !== '', k('contract')),
    /** Months, for a CDD, an intérim mission or a seasonal job. */
    durationMonths: z.string().trim().max(2),
    workingTime: z
      .union([z.enum(workingTimes), z.literal('')])
      .refine((v) => v !== '', k('workingTime')),
    hoursPerWeek: wholeNumber(1, 48, 'hours'),
    /** Gross a month, in euros; optional. */
    salaryMin: z.string().trim().max(6),
    salaryMax: z.string().trim().max(6),
    experienceYears: z
      .union([z.enum(['0', '1', '3']), z.literal('')])
      .refine((v) => v !== '', k('experience')),
    description: z.string().trim().min(30, k('description')).max(2000, k('descriptionLong')),
  })
  .superRefine((offer, ctx) => {
    const timed = offer.contract === 'CDD' || offer.contract === 'MIS' || offer.contract === 'SAI';
    if (timed && !/^\d{1,2}$/.test(offer.durationMonths)) {
      ctx.addIssue({ code: 'custom', path: ['durationMonths'], message: k('duration') });
    } else if (timed && (Number(offer.durationMonths) < 1 || Number(offer.durationMonths) > 36)) {
      ctx.addIssue({ code: 'custom', path: ['durationMonths'], message: k('duration') });
    }
    const salary = (field: 'salaryMin' | 'salaryMax') => {
      const value = offer[field];
      if (value === '') return null;
      if (!/^\d{3,6}$/.test(value) || Number(value) < 500 || Number(value) > 20000) {
        ctx.addIssue({ code: 'custom', path: [field], message: k('salary') });
        return null;
      }
      return Number(value);
    };
    const min = salary('salaryMin');
    const max = salary('salaryMax');
    if (min !== null && max !== null && max < min)
      ctx.addIssue({ code: 'custom', path: ['salaryMax'], message: k('salaryOrder') });
  });
export type OfferPublishDraft = z.input<typeof offerPublishSchema>;

export const emptyOfferDraft = (): OfferPublishDraft => ({
  appellation: null,
  commune: null,
  contract: '',
  durationMonths: '',
  workingTime: '',
  hoursPerWeek: '35',
  salaryMin: '',
  salaryMax: '',
  experienceYears: '',
  description: '',
});

/** The offer as the central API takes it: numbers as numbers, what is not given as null. */
export const offerPublishBodySchema = z.object({
  codeOgr: z.int().positive(),
  commune: z.string().regex(/^[0-9AB]{5}$/),
  contract: z.enum(offerContracts),
  durationMonths: z.int().min(1).max(36).nullable(),
  workingTime: z.enum(workingTimes),
  hoursPerWeek: z.int().min(1).max(48),
  salaryMin: z.int().min(500).max(20000).nullable(),
  salaryMax: z.int().min(500).max(20000).nullable(),
  experienceYears: z.int().min(0).max(20),
  description: z.string().trim().min(30).max(2000),
});
export type OfferPublishBody = z.infer<typeof offerPublishBodySchema>;

/** From the checked form to what is sent. */
export function offerPublishBody(draft: OfferPublishDraft): OfferPublishBody {
  const n = (v: string) => (v.trim() === '' ? null : Number(v));
  const timed = draft.contract === 'CDD' || draft.contract === 'MIS' || draft.contract === 'SAI';
  return {
    codeOgr: draft.appellation?.codeOgr ?? 0,
    commune: draft.commune?.code ?? '',
    contract: draft.contract as OfferPublishBody['contract'],
    durationMonths: timed ? n(draft.durationMonths) : null,
    workingTime: draft.workingTime as OfferPublishBody['workingTime'],
    hoursPerWeek: Number(draft.hoursPerWeek),
    salaryMin: n(draft.salaryMin),
    salaryMax: n(draft.salaryMax),
    experienceYears: Number(draft.experienceYears),
    description: draft.description.trim(),
  };
}

/** One of the employer's offers, in « Mes offres ». */
export const employerOfferSchema = z.object({
  numero: z.string(),
  title: z.string(),
  commune: z.string(),
  contract: z.enum(offerContracts),
  status: z.enum(offerStatuses),
  submittedAt: z.string(),
  candidatures: z.int().nonnegative(),
});
export type EmployerOffer = z.infer<typeof employerOfferSchema>;

/** A candidature received, as listed: never the CV itself (it opens as a PDF on request). */
export const receivedCandidatureSchema = z.object({
  id: z.string(),
  sentAt: z.string(),
  /** The candidate's name as on the CV. */
  name: z.string(),
  message: z.string().nullable(),
});
export type ReceivedCandidature = z.infer<typeof receivedCandidatureSchema>;
