/** Request and reply schemas of the "call an adviser" route (assist-requests.ts). */
import { z } from 'zod';
import { named } from '../apiSchemas';

export const assistRequest = named(
  'AssistRequest',
  z.strictObject({
    screen: z
      .string()
      .min(1)
      .max(40)
      .regex(/^[a-z0-9-]+$/),
    // The terminal's clock may send its own offset: any RFC 3339 date-time is accepted.
    requestedAt: z.iso.datetime({ offset: true }),
  }),
);

export const assistRequestCreated = named(
  'AssistRequestCreated',
  z.object({ requestId: z.string() }),
);

export const assistRequestIdParams = z.strictObject({
  requestId: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
});
