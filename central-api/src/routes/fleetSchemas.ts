/** Schemas of the fleet: a terminal's health in its heartbeat, remote commands, the IT views. */
import { z } from 'zod';
import { pushableConfigSchema } from '../../../shared/config/pushable';
import { named } from '../apiSchemas';

export const deviceStates = ['ok', 'error', 'absent', 'unknown'] as const;
const deviceState = z.enum(deviceStates);

/** A code such as `visit.wipe_step_failed`: never a message, which could carry data. */
export const errorCodeSchema = z.string().regex(/^[a-z0-9_.-]{1,64}$/);

/** What the heartbeat adds about the terminal's health: counts, states and codes only. */
export const terminalHealth = {
  uptimeSeconds: z.int().min(0).optional(),
  devices: z
    .strictObject({ scanner: deviceState, printer: deviceState, camera: deviceState })
    .optional()
    .describe("Each device's state as the kiosk last found it"),
  visitsToday: z.int().min(0).optional().describe('Visits ended since local midnight (a count)'),
  lastErrorCode: errorCodeSchema.nullable().optional(),
  configVersion: z.int().min(0).optional().describe('The pushed configuration version it runs'),
  outOfService: z.boolean().optional(),
};

export const commandKinds = [
  'end_visit',
  'relaunch',
  'out_of_service',
  'in_service',
  'config',
] as const;
export type CommandKind = (typeof commandKinds)[number];

export const terminalCommand = named(
  'TerminalCommand',
  z.object({
    id: z.string(),
    kind: z.enum(commandKinds),
    config: pushableConfigSchema.optional().describe('kind config: the configuration to apply'),
    configVersion: z.int().min(1).optional().describe('kind config: its version'),
  }),
);

export const terminalCommandList = named(
  'TerminalCommandList',
  z.object({ commands: z.array(terminalCommand) }),
);

export const commandAckRequest = named(
  'TerminalCommandAck',
  z.strictObject({
    outcome: z.enum(['done', 'failed']),
    errorCode: errorCodeSchema.optional(),
  }),
);

export const commandWaitQuery = z.strictObject({
  waitSeconds: z.coerce.number().int().min(0).max(30).default(0),
  known: z
    .string()
    .max(2000)
    .optional()
    .describe(
      'Comma-separated ids of the commands the terminal already holds (a configuration waiting for the visit to end): they do not end the wait',
    ),
});

const alertSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('offline'), minutes: z.int() }),
  z.object({ kind: z.literal('queue_old'), hours: z.int() }),
  z.object({ kind: z.literal('needs_attention'), count: z.int() }),
]);

export const terminalStates = ['online', 'offline', 'out_of_service'] as const;

export const terminalStatus = named(
  'FleetTerminal',
  z.object({
    id: z.string(),
    label: z.string(),
    agencyCode: z.string().nullable(),
    state: z.enum(terminalStates),
    online: z.boolean().describe('A heartbeat came within the last 180 s'),
    lastSeenAt: z.string().nullable(),
    heartbeatAgeSeconds: z.int().nullable(),
    appVersion: z.string().nullable(),
    uptimeSeconds: z.int().nullable(),
    visitActive: z.boolean(),
    outbox: z
      .object({
        depth: z.int(),
        oldestAgeSeconds: z.int().nullable(),
        needingAttention: z.int(),
      })
      .nullable(),
    devices: z.object({ scanner: z.string(), printer: z.string(), camera: z.string() }).nullable(),
    visitsToday: z.int().nullable(),
    lastErrorCode: z.string().nullable(),
    config: z.object({ requested: z.int(), applied: z.int().nullable() }),
    outOfService: z.object({ requested: z.boolean(), applied: z.boolean() }),
    pendingCommands: z.int(),
    alerts: z.array(alertSchema),
  }),
);

export const fleetList = named(
  'FleetList',
  z.object({
    terminals: z.array(terminalStatus),
    thresholds: z.object({ offlineAlertMinutes: z.number(), queueAlertHours: z.number() }),
    generatedAt: z.iso.datetime(),
  }),
);

export const fleetListQuery = z.strictObject({
  agency: z
    .string()
    .regex(/^[A-Z0-9-]{2,32}$/)
    .optional(),
  state: z.enum([...terminalStates, 'alert']).optional(),
});

export const fleetTerminalDetail = named(
  'FleetTerminalDetail',
  z.object({
    terminal: terminalStatus,
    config: pushableConfigSchema.describe('The configuration last pushed to it'),
    commands: z.array(
      z.object({
        kind: z.enum(commandKinds),
        createdAt: z.string(),
        doneAt: z.string().nullable(),
        outcome: z.string().nullable(),
      }),
    ),
  }),
);

export const terminalIdParams = z.strictObject({ terminalId: z.string().min(1).max(64) });

export const remoteActionRequest = named(
  'FleetRemoteAction',
  z.strictObject({ kind: z.enum(['end_visit', 'relaunch', 'out_of_service', 'in_service']) }),
);

export const configPushRequest = named(
  'FleetConfigPush',
  z.strictObject({
    config: z
      .unknown()
      .describe('The pushable configuration; checked against the kiosk config schema'),
  }),
);

export const commandQueued = named(
  'FleetCommandQueued',
  z.object({ commandId: z.string(), configVersion: z.int().optional() }),
);
