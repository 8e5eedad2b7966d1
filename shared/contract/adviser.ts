import { z } from 'zod';
import { adviserCodeSchema } from '../domain/adviser';
import type { MethodTable } from './methods';

const empty = z.object({}).strict();

/** The name of an explanation: a screen id, or a screen id and a step (`actualisation.travail`). */
export const explanationTopicSchema = z.string().regex(/^[a-zA-Z]{1,30}(\.[a-zA-Z]{1,30})?$/);

/** A staff account as the terminal may see it: its id and display name, nothing else. */
export const kioskAdviserSchema = z.object({
  staffId: z.number().int().positive(),
  nom: z.string().min(1).max(120),
});
export type KioskAdviser = z.infer<typeof kioskAdviserSchema>;

/**
 * Adviser mode: an adviser beside the person unlocks the terminal with their own staff code and
 * helps (more time, the idle timer paused, a plain-words explanation, ending the visit). Main keeps
 * the adviser-mode token; the renderer only ever knows the adviser's first name. Every action is
 * audited by the central API; all of it ends with the visit.
 */
export const adviserMethods = {
  /** The advisers of this terminal's agency who have a kiosk code, to pick one's own name. */
  'adviser.list': {
    input: empty,
    output: z.object({ advisers: z.array(kioskAdviserSchema) }),
  },
  /**
   * Checks the adviser's code on the central API. Wrong: invalid_credentials; too many wrong codes
   * (for this adviser or from this terminal): account_locked with retryAfterSeconds; an adviser of
   * another agency: forbidden. Needs a visit in progress.
   */
  'adviser.unlock': {
    input: z.object({ staffId: z.number().int().positive(), code: adviserCodeSchema }).strict(),
    output: z.object({
      prenom: z.string(),
      /** How long adviser mode lasts unless the adviser leaves it or the visit ends first. */
      expiresInSeconds: z.number().int().positive(),
    }),
  },
  /** More time for the visit, beyond the person's own « Prolonger » limit. */
  'adviser.extend': {
    input: empty,
    output: z.object({ minutes: z.number().positive() }),
  },
  /** Pauses (true) or resumes (false) the idle timer while the adviser is there. */
  'adviser.pauseIdle': {
    input: z.object({ paused: z.boolean() }).strict(),
    output: z.object({ paused: z.boolean() }),
  },
  /**
   * « Expliquer cette étape » was shown: `topic` is the explanation's name (a screen, or a screen
   * and its step: `cv.metier`), which is all the audit records.
   */
  'adviser.explain': {
    input: z.object({ topic: explanationTopicSchema }).strict(),
    output: empty,
  },
  /** Ends the visit for the person (after the adviser confirmed): the normal wipe follows. */
  'adviser.endVisit': { input: empty, output: empty },
  /** « Quitter le mode conseiller »: the token is given up and the idle timer runs again. */
  'adviser.leave': { input: empty, output: empty },
} as const satisfies MethodTable;
