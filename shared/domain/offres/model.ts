/**
 * Job offers: the search criteria (the seed's four modes), what a result and an offer look like.
 * One schema for the central API's routes and the kiosk's contract.
 */
import { z } from 'zod';
import type { contractTypes } from '../cv/model';
import { placeKinds, workingTimes } from '../cv/model';

/** Contracts an offer can have: the CV's list without "libéral" (no offer is published as such). */
export const offerContracts = [
  'CDI',
  'CDD',
  'MIS',
  'SAI',
  'ALT',
] as const satisfies readonly (typeof contractTypes)[number][];
export type OfferContract = (typeof offerContracts)[number];
export { workingTimes };

/** The seed's offer number: 6 digits and a letter, e.g. 688418K. */
export const OFFER_NUMBER = /^\d{6}[A-Z]$/;
/** What the person typed, spaces and case forgiven: " 688418k " is 688418K. */
export const normaliseOfferNumber = (text: string): string =>
  text.replace(/\s+/g, '').toUpperCase();
export const offerNumberSchema = z
  .string()
  .transform(normaliseOfferNumber)
  .pipe(z.string().regex(OFFER_NUMBER, 'validation.offerNumber'));

export const ROME_CODE = /^[A-N]\d{4}$/;
/** A domaine professionnel: the first three characters of a code ROME (D11 for D1102). */
export const DOMAINE_CODE = /^[A-N]\d{2}$/;

/** At most this many offers are listed for one search, as in the seed. */
export const MAX_RESULTS = 150;
export const MAX_KEYWORDS = 5;
/** Radius around a commune when none is chosen: the commune and its close neighbours. */
export const DEFAULT_RADIUS_KM = 10;
export const radiusChoices = [0, 5, 10, 20, 30, 50, 100] as const;
export const publishedWithinChoices = [1, 3, 7, 14, 31] as const;
export const experienceChoices = [0, 1, 3] as const;
export const offerSorts = ['pertinence', 'date', 'distance'] as const;
export type OfferSort = (typeof offerSorts)[number];

export const offerPlaceSchema = z.object({
  kind: z.enum(placeKinds),
  code: z.string().regex(/^[0-9AB]{2,5}$/),
});

export const offerSearchSchema = z.object({
  /** The chosen ROME appellation (code OGR). */
  appellation: z.int().positive().optional(),
  /** A job title as typed (typos allowed): the best appellation is taken when none is chosen. */
  texte: z.string().trim().min(1).max(100).optional(),
  rome: z.string().regex(ROME_CODE).optional(),
  domaine: z.string().regex(DOMAINE_CODE).optional(),
  lieu: offerPlaceSchema.optional(),
  /** Around a commune, as the crow flies; 0 = the commune only. */
  rayonKm: z.int().min(0).max(200).optional(),
  contrats: z.array(z.enum(offerContracts)).max(offerContracts.length).optional(),
  tempsTravail: z.enum(workingTimes).optional(),
  /** Offers asking at most this many years of experience (0: beginners welcome). */
  experienceMaxAns: z.int().min(0).max(20).optional(),
  publieDepuisJours: z.int().min(1).max(60).optional(),
  motsCles: z.array(z.string().trim().min(1).max(30)).max(MAX_KEYWORDS).optional(),
  /** Only offers holding at least one of the keywords. */
  strictement: z.boolean().optional(),
  tri: z.enum(offerSorts).optional(),
  page: z.int().min(1).max(150).optional(),
  parPage: z.int().min(1).max(50).optional(),
});
export type OfferSearch = z.infer<typeof offerSearchSchema>;

export const offerSummarySchema = z.object({
  numero: z.string(),
  title: z.string(),
  employer: z.string().nullable(),
  commune: z.string(),
  departement: z.string(),
  /** Kilometres from the chosen commune, rounded; null without one. */
  distanceKm: z.number().nullable(),
  contract: z.enum(offerContracts),
  publishedAt: z.iso.datetime({ offset: true }),
  /** 1–100: the gauge. */
  relevance: z.int().min(1).max(100),
  match: z.enum(['exact', 'close']),
});
export type OfferSummary = z.infer<typeof offerSummarySchema>;

export const offerResultsSchema = z.object({
  exactCount: z.int().nonnegative(),
  closeCount: z.int().nonnegative(),
  /** More offers matched than the 150 listed. */
  truncated: z.boolean(),
  page: z.int().min(1),
  pageCount: z.int().nonnegative(),
  /** The appellation searched, when a title was given or chosen. */
  appellation: z.object({ codeOgr: z.int(), label: z.string(), rome: z.string() }).nullable(),
  /** The commune distances are measured from. */
  reference: z.string().nullable(),
  offres: z.array(offerSummarySchema),
});
export type OfferResults = z.infer<typeof offerResultsSchema>;

export const applyModes = ['online', 'email', 'agency'] as const;

export const offerDetailSchema = z.object({
  numero: z.string(),
  title: z.string(),
  rome: z.string(),
  romeLabel: z.string(),
  employer: z.string().nullable(),
  commune: z.string(),
  departement: z.string(),
  contract: z.enum(offerContracts),
  durationMonths: z.int().nullable(),
  workingTime: z.enum(workingTimes),
  hoursPerWeek: z.number(),
  /** Gross monthly salary in euros; null: not stated. */
  salaryMin: z.int().nullable(),
  salaryMax: z.int().nullable(),
  experienceYears: z.int().nonnegative(),
  skills: z.array(z.string()),
  description: z.string(),
  applyMode: z.enum(applyModes),
  /** An e-mail address (applyMode email) or an agency's name (agency). */
  applyContact: z.string().nullable(),
  publishedAt: z.iso.datetime({ offset: true }),
});
export type OfferDetail = z.infer<typeof offerDetailSchema>;
