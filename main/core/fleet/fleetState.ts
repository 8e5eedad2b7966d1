/**
 * What IT decided for this terminal from the console, kept across restarts in the data folder:
 * out of service or not, and the configuration pushed last with its version. A file that is
 * missing, unreadable or no longer valid counts as nothing decided (the file config alone).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { pushableConfigSchema } from '../../../shared/config/pushable';

const fleetStateSchema = z.object({
  outOfService: z.boolean(),
  configVersion: z.int().min(0),
  config: pushableConfigSchema,
});
export type FleetState = z.infer<typeof fleetStateSchema>;

export const noFleetState: FleetState = { outOfService: false, configVersion: 0, config: {} };

export function loadFleetState(path: string): FleetState {
  if (!existsSync(path)) return noFleetState;
  try {
    const parsed = fleetStateSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : noFleetState;
  } catch {
    return noFleetState;
  }
}

/** Written whole then renamed, so a power cut leaves the old state or the new, never half. */
export function saveFleetState(path: string, state: FleetState): void {
  writeFileSync(`${path}.tmp`, JSON.stringify(state), { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
}
