import { z } from 'zod';
import { placeSchema } from '../domain/cv';
import {
  offerDetailSchema,
  offerNumberSchema,
  offerResultsSchema,
  offerSearchSchema,
} from '../domain/offres';
import { appellationHitSchema } from './cv';
import type { MethodTable } from './methods';

const query = z.object({ query: z.string().max(100) }).strict();

/**
 * Job offers: open during any visit, signed in or not (offer search is public, as on the site).
 * The search runs on the central API; the job title and place suggestions on the terminal.
 */
export const offresMethods = {
  /** Job titles (ROME appellations) as the person types, typos allowed. */
  'offres.appellations': {
    input: query,
    output: z.object({ hits: z.array(appellationHitSchema), attribution: z.string() }),
  },
  /** Communes, départements, régions by name or code postal. */
  'offres.places': { input: query, output: z.object({ places: z.array(placeSchema) }) },
  /** Exact then close offers, 150 at most, one page of them. */
  'offres.search': { input: offerSearchSchema.strict(), output: offerResultsSchema },
  /** One offer by its number; offer_filled / offer_withdrawn / offer_not_found otherwise. */
  'offres.get': {
    input: z.object({ numero: offerNumberSchema }).strict(),
    output: offerDetailSchema,
  },
  /** Prints the offer (the central API's current text, not the screen's). */
  'offres.print': { input: z.object({ numero: offerNumberSchema }).strict(), output: z.object({}) },
} as const satisfies MethodTable;
