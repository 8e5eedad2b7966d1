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
});
