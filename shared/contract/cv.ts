import { z } from 'zod';
import { cvContentSchema, cvEmailSchema, cvStatuses, cvSteps, placeSchema } from '../domain/cv';
import type { MethodTable } from './methods';

const cvId = z.string().uuid();
const delivery = z.object({ status: z.enum(['sent', 'queued']) });

export const cvSummarySchema = z.object({
  cvId: z.string(),
  title: z.string(),
  rome: z.string().nullable(),
  appellation: z.string().nullable(),
  status: z.enum(cvStatuses),
  step: z.enum(cvSteps),
  percent: z.number().int().min(0).max(100),
  updatedAt: z.string(),
});
export type CvSummary = z.infer<typeof cvSummarySchema>;

export const appellationHitSchema = z.object({
  codeOgr: z.number().int(),
  label: z.string(),
  rome: z.string(),
  romeLabel: z.string(),
});

/** CV creation: drafts on the central API, ROME search, places, preview, print, e-mail. */
export const cvMethods = {
  /** The user's CVs (at most `max`); also checks in the background for a newer ROME index. */
  'cv.list': {
    input: z.object({}).strict(),
    output: z.object({ cvs: z.array(cvSummarySchema), max: z.number().int() }),
  },
  'cv.get': {
    input: z.object({ cvId }).strict(),
    output: cvSummarySchema.extend({ content: cvContentSchema }),
  },
  /** Saves a draft through the outbox; no cvId creates a CV (refused past 5 or for a job already used). */
  'cv.save': {
    input: z
      .object({ cvId: cvId.optional(), step: z.enum(cvSteps), content: cvContentSchema })
      .strict(),
    output: delivery.extend({ cvId: z.string() }),
  },
  /** A new draft with the same content but no target job: the user picks another one. */
  'cv.duplicate': {
    input: z.object({ cvId }).strict(),
    output: delivery.extend({ cvId: z.string() }),
  },
  'cv.setStatus': {
    input: z.object({ cvId, status: z.enum(cvStatuses) }).strict(),
    output: delivery,
  },
  'cv.delete': { input: z.object({ cvId }).strict(), output: delivery },
  /** Search-as-you-type over the ROME appellations (offline index). */
  'cv.searchAppellations': {
    input: z.object({ query: z.string().max(100) }).strict(),
    output: z.object({ hits: z.array(appellationHitSchema), attribution: z.string() }),
  },
  'cv.romeSkills': {
    input: z.object({ rome: z.string().regex(/^[A-N]\d{4}$/) }).strict(),
    output: z.object({ skills: z.array(z.string()) }),
  },
  /** Communes, départements, régions by name or code postal. */
  'cv.searchPlaces': {
    input: z.object({ query: z.string().max(60) }).strict(),
    output: z.object({ places: z.array(placeSchema) }),
  },
  /** The real PDF rendered to images (data: URLs, one per page); empty when no renderer exists. */
  'cv.preview': {
    input: z.object({ content: cvContentSchema }).strict(),
    output: z.object({ pages: z.array(z.string()), pageCount: z.number().int() }),
  },
  'cv.print': { input: z.object({ content: cvContentSchema }).strict(), output: z.object({}) },
  /** Asks the central API to e-mail the CV to the user. */
  'cv.email': {
    input: z.object({ cvId, email: cvEmailSchema.shape.email }).strict(),
    output: delivery,
  },
} as const satisfies MethodTable;
