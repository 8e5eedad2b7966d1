import { app } from 'electron';
import type { KioskConfig } from '../core/config';
import type { Logger } from '../core/logging';
import type { KioskCore } from '../core/types';
import { RelaunchPolicy } from '../core/visit/relaunchPolicy';
import type { Timers } from '../core/visit/timers';

/**
 * Relaunches the app between two visits, every N visits and nightly (config.shell). A relaunch is
 * app.relaunch() then app.quit(): the quit runs the usual orderly stop (shell, core, API).
 */
export function installRelaunch(options: {
  core: Pick<KioskCore, 'hasVisit' | 'onEvent' | 'onRelaunchRequested'>;
  shell: Pick<KioskConfig['shell'], 'relaunchEveryVisits' | 'nightlyRelaunchHour'>;
  logger: Logger;
  timers?: Timers;
}): { stop(): void; afterThisVisit(): void } {
  const { core, shell, logger } = options;
  const policy = new RelaunchPolicy({
    everyVisits: shell.relaunchEveryVisits,
    nightlyHour: shell.nightlyRelaunchHour,
    hasVisit: () => core.hasVisit(),
    logger,
    timers: options.timers,
    relaunch: () => {
      app.relaunch();
      app.quit();
    },
  });
  // 'visit.ended' is emitted once the visit's wipe hooks and temp folder removal are done.
  const stop = core.onEvent((event) => {
    if (event.name === 'visit.ended') policy.visitEnded();
  });
  const offRemote = core.onRelaunchRequested(() => policy.relaunchSoon('remote'));
  policy.start();
  return {
    stop() {
      stop();
      offRemote();
      policy.stop();
    },
    afterThisVisit: () => policy.relaunchAfterVisit('wipe_failed'),
  };
}
