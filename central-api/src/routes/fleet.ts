/** The fleet: the terminals' command channel and IT's views and remote actions. */
import type { Deps } from '../deps';
import type { ApiApp } from '../apiSchemas';
import { fleetRuntime } from '../fleet/runtime';
import { terminalCommandRoutes } from './terminalCommands';
import { fleetStaffRoutes } from '../fleet/staffRoutes';

export function fleetRoutes(app: ApiApp, deps: Deps): void {
  terminalCommandRoutes(app, deps);
  fleetStaffRoutes(app, deps);
  // Open command waits and live feeds must not hold the server's close: end them before it.
  app.addHook('preClose', (done) => {
    fleetRuntime(deps).close();
    done();
  });
}
