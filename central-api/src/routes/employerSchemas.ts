import { z } from 'zod';
import { answer } from '../apiSchemas';

/**
 * The 201 of both employer spaces (entreprise and particulier): a reference to quote, and the
 * certification an adviser still owes before every service opens.
 */
export const employerCreated = {
  201: answer(
    'Created, waiting for certification',
    z
      .object({ reference: z.string(), certification: z.enum(['pending_adviser']) })
      .describe('Created, waiting for certification'),
  ),
};
