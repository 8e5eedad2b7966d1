/**
 * Request and reply schemas of the CV routes (cvs.ts). The content is shared/domain/cv's schema,
 * so the kiosk and this server check the same rules, once each.
 */
import { z } from 'zod';
import { cvSummarySchema } from '../../../shared/contract/cv';
import { cvContentSchema, cvStatuses, cvSteps } from '../../../shared/domain/cv';
import { ajvEmail, named, refusal, strictRequest } from '../apiSchemas';

export const cvIdParams = z.strictObject({
  cvId: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
});

export const cvContent = named(
  'CvContent',
  strictRequest(cvContentSchema).describe('The content of a CV (shared/domain/cv).'),
);

export const cvSave = named(
  'CvSave',
  z.strictObject({
    // Any 8-4-4-4-12 hex id, as the JSON Schema "uuid" format accepted (zod's uuid wants a version).
    cvId: z.guid(),
    step: z.enum(cvSteps),
    content: cvContent,
  }),
);

// The kiosk's own summary (what cv.list hands the screens), with the date's format said.
export const cvSummary = named(
  'CvSummary',
  cvSummarySchema.extend({ updatedAt: z.iso.datetime({ offset: true }) }),
);

export const cvList = named('CvList', z.object({ cvs: z.array(cvSummary), max: z.int() }));

export const cv = named(
  'Cv',
  cvSummary.extend({ content: cvContent, createdAt: z.iso.datetime({ offset: true }) }),
);

export const cvStatusChange = named(
  'CvStatusChange',
  z.strictObject({ status: z.enum(cvStatuses) }),
);

export const cvDeleted = named(
  'CvDeleted',
  z.object({ cvId: z.string(), deleted: z.literal(true) }),
);

export const cvEmailRequest = named(
  'CvEmailRequest',
  z.strictObject({ email: ajvEmail().max(254) }),
);

export const cvEmailRecorded = named('CvEmailRecorded', z.object({ requestId: z.string() }));

export const conflicts = {
  409: refusal('cv_limit_reached, cv_rome_taken, cv_incomplete or idempotency_request_in_flight'),
};
