/** Request and reply schemas of adviser mode at a terminal (routes.ts). */
import { z } from 'zod';
import { named } from '../apiSchemas';

export const kioskAdvisers = named(
  'KioskAdvisers',
  z.object({
    advisers: z.array(z.object({ staffId: z.int().positive(), nom: z.string() })),
  }),
);

export const kioskUnlockRequest = named(
  'KioskUnlockRequest',
  z.strictObject({
    staffId: z.int().positive(),
    code: z
      .string()
      .regex(/^\d{4,8}$/)
      .describe('The adviser kiosk code, 4 to 8 digits'),
  }),
);

export const kioskUnlocked = named(
  'KioskUnlocked',
  z.object({
    accessToken: z.string().describe('The adviser-mode token, sent back as X-Adviser-Token'),
    prenom: z.string().describe("The adviser's first name, for the terminal's banner"),
    expiresInSeconds: z.int().positive(),
  }),
);

export const kioskActions = [
  'extend',
  'pause_idle',
  'resume_idle',
  'explain',
  'end_visit',
  'leave',
] as const;

export const kioskActionRequest = named(
  'KioskActionRequest',
  z.strictObject({
    action: z.enum(kioskActions),
    topic: z
      .string()
      .regex(/^[a-zA-Z]{1,30}(\.[a-zA-Z]{1,30})?$/)
      .optional()
      .describe('For explain: the screen (and step) explained'),
  }),
);

export const adviserTokenHeaders = z.looseObject({
  'x-adviser-token': z.string().min(16).max(200).describe('From POST /v1/staff/kiosk-unlock'),
  'idempotency-key': z.string().min(1).max(255).optional(),
});
