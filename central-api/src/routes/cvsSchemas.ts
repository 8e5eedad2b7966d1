/** Request and reply schemas of the CV routes (cvs.ts); the named CV schemas are in ../cvSchemas.ts. */
import { ref } from '../schemas';

export const cvIdParams = {
  type: 'object',
  required: ['cvId'],
  additionalProperties: false,
  properties: {
    cvId: {
      type: 'string',
      pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
    },
  },
} as const;

export const conflicts = {
  409: {
    description: 'cv_limit_reached, cv_rome_taken, cv_incomplete or idempotency_request_in_flight',
    ...ref('Error'),
  },
};
