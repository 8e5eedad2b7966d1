/** Request and reply schemas of the test-only submission route (test-submissions.ts). */
import { z } from 'zod';
import { named } from '../apiSchemas';

export const testSubmission = named(
  'TestSubmission',
  z.strictObject({
    reference: z.string().min(1).max(64),
    content: z.string().min(1).max(4000),
  }),
);

export const testSubmissionCreated = named(
  'TestSubmissionCreated',
  z.object({ id: z.string(), reference: z.string() }),
);
