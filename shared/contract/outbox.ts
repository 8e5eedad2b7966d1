import { z } from 'zod';
import type { MethodTable } from './methods';

/** The outbox in counts only: what the admin screen shows, and what the heartbeat reports. */
export const outboxStatusSchema = z.object({
  /** Submissions committed on the terminal and not yet acknowledged by the central API. */
  depth: z.number().int().nonnegative(),
  /** Age of the oldest of them, in seconds; null when there is none. */
  oldestAgeSeconds: z.number().int().nonnegative().nullable(),
  /** Submissions the central API refused for good: kept encrypted until staff act. */
  needingAttention: z.number().int().nonnegative(),
});
export type OutboxStatusInfo = z.infer<typeof outboxStatusSchema>;

/** The outbox's counts for the admin screen: no personal data, so no visit or sign-in needed. */
export const outboxMethods = {
  'outbox.status': { input: z.object({}).strict(), output: outboxStatusSchema },
} as const satisfies MethodTable;
