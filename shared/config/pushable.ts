import { z } from 'zod';
import { keyboardModes } from '../contract/methods';

/** Each visit duration and its bounds, with no default: what a push leaves out stays as it was. */
const visitDurationFields = {
  idleWarningAfterSeconds: z.number().int().positive().max(3600),
  idleCountdownSeconds: z.number().int().positive().max(600),
  /** Fractions allowed (0.25 = 15 s) so that tests can reach the end in seconds. */
  maxVisitMinutes: z.number().positive().max(480),
  /** The "Prolonger" warning comes this long before the maximum length is reached. */
  maxWarningSeconds: z.number().int().positive().max(3600),
  extensionMinutes: z.number().positive().max(120),
  maxExtensions: z.number().int().min(0).max(10),
  /** After an idle or maximum-length end, the welcome screen says so for this long. */
  endedNoticeSeconds: z.number().int().min(0).max(600),
};

export const visitDurationDefaults = {
  idleWarningAfterSeconds: 120,
  idleCountdownSeconds: 30,
  maxVisitMinutes: 60,
  maxWarningSeconds: 120,
  extensionMinutes: 10,
  maxExtensions: 2,
  endedNoticeSeconds: 15,
};

/**
 * The visit's durations, one schema for the kiosk's config file (main/core/config.ts) and for the
 * configuration IT pushes from the console (checked by the central API before it is accepted).
 */
export const visitDurationsSchema = z
  .object({
    idleWarningAfterSeconds: visitDurationFields.idleWarningAfterSeconds.default(
      visitDurationDefaults.idleWarningAfterSeconds,
    ),
    idleCountdownSeconds: visitDurationFields.idleCountdownSeconds.default(
      visitDurationDefaults.idleCountdownSeconds,
    ),
    maxVisitMinutes: visitDurationFields.maxVisitMinutes.default(
      visitDurationDefaults.maxVisitMinutes,
    ),
    maxWarningSeconds: visitDurationFields.maxWarningSeconds.default(
      visitDurationDefaults.maxWarningSeconds,
    ),
    extensionMinutes: visitDurationFields.extensionMinutes.default(
      visitDurationDefaults.extensionMinutes,
    ),
    maxExtensions: visitDurationFields.maxExtensions.default(visitDurationDefaults.maxExtensions),
    endedNoticeSeconds: visitDurationFields.endedNoticeSeconds.default(
      visitDurationDefaults.endedNoticeSeconds,
    ),
  })
  .strict();

export const kioskLocales = ['fr', 'en'] as const;

/**
 * What IT may change remotely on a terminal: the visit's durations, the on-screen keyboard and
 * the starting language. Every field is optional (what is left out keeps the terminal's own
 * file value); unknown fields are refused, so that a typo is reported rather than ignored.
 * Paths, devices, the central API's address and secrets are never pushable: a wrong one would
 * cut the terminal off, and only someone at the machine could repair it.
 */
export const pushableConfigSchema = z
  .object({
    visit: z.object(visitDurationFields).partial().strict().optional(),
    keyboard: z.enum(keyboardModes).optional(),
    locale: z.enum(kioskLocales).optional(),
  })
  .strict();
export type PushableConfig = z.infer<typeof pushableConfigSchema>;

/** One line per problem, `path: message`, for a 400's reason and the console's message. */
export function describeConfigProblems(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}
