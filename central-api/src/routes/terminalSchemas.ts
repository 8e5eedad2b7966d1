/** Request and reply schemas of the terminal routes (terminals.ts). */
import { z } from 'zod';
import { named } from '../apiSchemas';
import { terminalCommand, terminalHealth } from './fleetSchemas';

export const enrolRequest = named(
  'EnrolRequest',
  z
    .strictObject({
      enrolmentToken: z
        .string()
        .min(8)
        .max(200)
        .optional()
        .describe(
          'A shared enrolment token: enrols a label not enrolled yet, never an existing one',
        ),
      enrolmentCode: z
        .string()
        .min(8)
        .max(64)
        .optional()
        .describe('A one-time code IT issued for this label: enrols it, or re-enrols it'),
      label: z.string().min(1).max(64),
      agencyCode: z
        .string()
        .regex(/^[A-Z0-9-]{2,32}$/)
        .optional()
        .describe(
          "The agency the terminal stands in; kept from the last enrolment that named one (a code's agency wins)",
        ),
    })
    .refine((body) => (body.enrolmentToken === undefined) !== (body.enrolmentCode === undefined), {
      message: 'give either enrolmentToken or enrolmentCode',
    }),
);

export const enrolResponse = named(
  'EnrolResponse',
  z.object({
    terminalId: z.string(),
    accessToken: z.string(),
    expiresInSeconds: z.int(),
    terminalSecret: z
      .string()
      .describe(
        "The terminal's own long-lived secret: kept by the terminal, exchanged at /v1/terminals/token",
      ),
  }),
);

export const terminalTokenRequest = named(
  'TerminalTokenRequest',
  z.strictObject({
    terminalId: z.string().min(1).max(64),
    terminalSecret: z.string().min(16).max(200),
  }),
);

export const terminalTokenResponse = named(
  'TerminalTokenResponse',
  z.object({ terminalId: z.string(), accessToken: z.string(), expiresInSeconds: z.int() }),
);

export const heartbeatRequest = named(
  'HeartbeatRequest',
  z.strictObject({
    appVersion: z.string().min(1).max(64),
    visitActive: z.boolean(),
    outbox: z
      .strictObject({
        depth: z.int().min(0),
        oldestAgeSeconds: z.int().min(0).nullable().optional(),
        needingAttention: z.int().min(0),
      })
      .optional()
      .describe("The terminal's outbox, in counts only (no personal data)"),
    ...terminalHealth,
  }),
);

export const heartbeatResponse = named(
  'HeartbeatResponse',
  z.object({
    serverTime: z.iso.datetime(),
    commands: z.array(terminalCommand).describe('Remote commands waiting for this terminal'),
  }),
);
