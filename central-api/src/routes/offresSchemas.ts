/** Request and reply schemas of the offer routes (offres.ts), from shared/domain/offres. */
import { z } from 'zod';
import {
  offerDetailSchema,
  offerResultsSchema,
  offerSearchSchema,
} from '../../../shared/domain/offres';
import { named, strictRequest } from '../apiSchemas';

export const offerSearchBody = named('OfferSearch', strictRequest(offerSearchSchema));
export const offerResults = named('OfferResults', offerResultsSchema);
export const offerDetail = named('OfferDetail', offerDetailSchema);
export const offerNumberParams = z.strictObject({
  numero: z.string().min(1).max(20).describe('6 digits and a letter, e.g. 688418K'),
});
