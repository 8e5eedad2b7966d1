import type { KioskConfig } from '../core/config';
import type { Logger } from '../core/logging';
import type { KioskCore } from '../core/types';
import { forwardEvents, registerIpcHandlers } from './ipc';
import { installAppLockdown } from './lockdown';
import { installRelaunch } from './relaunch';
import { installUpdater, type UpdaterOptions } from './updater';
import { VisitWindows } from './visitWindows';

export { BLOCKED_SHORTCUTS, blockedShortcutOf, type BlockedShortcut } from './shortcuts';
export { VisitWindows } from './visitWindows';

export interface ShellOptions {
  core: KioskCore;
  config: Pick<KioskConfig, 'shell' | 'dataDir'>;
  logger: Logger;
  /** dist/renderer */
  rendererRoot: string;
  /** dist/preload/index.cjs */
  preloadPath: string;
  /** Partition ids (tests); random UUIDs otherwise. */
  newId?: () => string;
  /** electron-updater's updater (tests); default its autoUpdater. */
  updater?: UpdaterOptions['updater'];
}

export interface Shell {
  readonly windows: VisitWindows;
  /** Unhooks from the core, destroys every window and wipes their partitions. */
  close(): Promise<void>;
}

/**
 * The Electron transport over the core. Call once the app is ready: it locks the app down, wires
 * the contract's IPC and events, opens the welcome window and pre-warms the next one.
 */
export function startShell(options: ShellOptions): Shell {
  const { core, config } = options;
  const logger = options.logger.child('shell');
  const origin = config.shell.origin;
  installAppLockdown({ origin, logger, devTools: config.shell.devTools });
  const windows = new VisitWindows({
    origin,
    rendererRoot: options.rendererRoot,
    preloadPath: options.preloadPath,
    devTools: config.shell.devTools,
    core,
    logger,
    newId: options.newId,
  });
  const unregisterIpc = registerIpcHandlers({ core, origin, windows, logger });
  const stopEvents = forwardEvents(core, windows);
  const relaunch = installRelaunch({ core, shell: config.shell, logger });
  const updates = installUpdater({
    core,
    dataDir: config.dataDir,
    logger,
    updater: options.updater,
  });
  const stopWipe = core.onWipe(() =>
    windows.rotate().catch((error: unknown) => {
      // The old renderer is gone but its partition may hold something: relaunch after this visit.
      relaunch.afterThisVisit();
      throw error;
    }),
  );
  windows.start();
  logger.info('shell.started', { devTools: config.shell.devTools });
  return {
    windows,
    async close() {
      relaunch.stop();
      updates?.stop();
      stopWipe();
      stopEvents();
      unregisterIpc();
      await windows.close();
    },
  };
}
