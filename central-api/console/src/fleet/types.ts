import type { components } from '../../../../shared/api/openapi';

export type FleetTerminal = components['schemas']['FleetTerminal'];
export type FleetTerminalDetail = components['schemas']['FleetTerminalDetail'];
export type FleetCommandQueued = components['schemas']['FleetCommandQueued'];
export type RemoteActionKind = components['schemas']['FleetRemoteAction']['kind'];
export type FleetStateFilter = FleetTerminal['state'] | 'alert' | '';
