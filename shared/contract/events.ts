import { z } from 'zod';
import { visitEndReasonSchema } from './methods';

/** Every main → renderer event, declared once (see methods.ts). */
export const events = {
  /** The idle timeout is near: show the countdown with "Je suis encore là". */
  'visit.warning': z.object({ secondsLeft: z.number().int().nonnegative() }),
  /**
   * The maximum visit length is near: show the time left and, while `extensionsLeft` > 0,
   * "Prolonger" (visit.extend).
   */
  'visit.maxLengthWarning': z.object({
    secondsLeft: z.number().int().nonnegative(),
    extensionsLeft: z.number().int().nonnegative(),
    /** What one "Prolonger" adds, for its label. */
    extensionMinutes: z.number().positive(),
  }),
  /** The visit is over and its traces are being wiped; the UI returns to the welcome screen. */
  'visit.ended': z.object({ reason: visitEndReasonSchema }),
  /** Adviser mode's time is up: its banner and panel go, the person's screen stays as it was. */
  'adviser.ended': z.object({ reason: z.enum(['expired']) }),
  /**
   * IT put the terminal out of service (any visit already wiped) or back in service: the UI
   * shows the calm "Borne momentanément indisponible" screen, or the welcome screen again.
   */
  'terminal.service': z.object({ outOfService: z.boolean() }),
} as const satisfies Record<string, z.ZodType>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

/** An event as it travels on the wire (one IPC channel, one SSE stream). */
export type KioskEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];
