import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { autoUpdater, type AppUpdater } from 'electron-updater';
import type { Logger } from '../core/logging';
import type { KioskCore } from '../core/types';
import { UpdateScheduler } from '../core/updates/updateScheduler';
import type { Timers } from '../core/visit/timers';

export interface UpdaterOptions {
  core: Pick<KioskCore, 'updateFeed' | 'hasVisit' | 'onEvent'>;
  /** Where the updater's own config file is written (the data folder). */
  dataDir: string;
  logger: Logger;
  /** electron-updater's updater; default its autoUpdater for this platform (tests hand their own). */
  updater?: () => AppUpdater;
  timers?: Timers;
}

/**
 * electron-updater against the central API's generic feed (GET /v1/updates/latest.yml, then the
 * installer), with the terminal's token on every request; the central API decides which terminals
 * are offered a release. Downloads run in the background; installing waits for a moment between
 * visits (UpdateScheduler), so autoInstallOnAppQuit is off: the nightly relaunch, an admin exit
 * or a crash never installs by surprise. Nothing when the config turns updates off.
 */
export function installUpdater(options: UpdaterOptions): { stop(): void } | undefined {
  const { core } = options;
  const feed = core.updateFeed;
  const logger = options.logger.child('updates');
  if (!feed) {
    logger.info('update.disabled');
    return undefined;
  }
  const updater = options.updater ? options.updater() : autoUpdater;
  // electron-updater reads its cache folder name, and on Windows the publisher names it checks the
  // installer's signature against, from app-update.yml, which electron-builder writes only with a
  // `publish` section: the kiosk writes its own, so packaging needs no publish target.
  const configPath = join(options.dataDir, 'app-update.yml');
  const lines = [
    'provider: generic',
    `url: ${JSON.stringify(feed.url)}`,
    'updaterCacheDirName: france-travail-kiosk-updater',
  ];
  if (feed.publisherNames) lines.push(`publisherName: ${JSON.stringify(feed.publisherNames)}`);
  writeFileSync(configPath, `${lines.join('\n')}\n`);
  updater.updateConfigPath = configPath;
  updater.setFeedURL({ provider: 'generic', url: feed.url });
  // Its own log lines carry URLs and server answers; the scheduler logs codes instead.
  updater.logger = null;
  updater.autoDownload = true;
  updater.autoInstallOnAppQuit = false;
  updater.allowDowngrade = false;
  updater.disableWebInstaller = true;
  // The central API serves no blockmaps: always the whole installer, never a failed range request.
  updater.disableDifferentialDownload = true;
  const scheduler = new UpdateScheduler({
    updater: {
      async checkForUpdates() {
        // A terminal token lives 15 minutes: a fresh one for each check and the download it starts.
        updater.requestHeaders = await feed.headers();
        const result = await updater.checkForUpdates();
        // A failed download is reported through the 'error' event (logged as a code); its promise
        // must not also become an unhandled rejection in the main process.
        result?.downloadPromise?.catch(() => undefined);
        return result;
      },
      // Silent install, and the kiosk starts again on the new version.
      quitAndInstall: () => updater.quitAndInstall(true, true),
      on: (event: 'update-downloaded' | 'error', listener: (value: never) => void) =>
        updater.on(event, listener as () => void),
    },
    hasVisit: () => core.hasVisit(),
    firstCheckMs: feed.firstCheckMs,
    checkIntervalMs: feed.checkIntervalMs,
    logger,
    timers: options.timers,
  });
  // 'visit.ended' is emitted once the visit's wipe hooks are done: the screen is the welcome one.
  const stopEvents = core.onEvent((event) => {
    if (event.name === 'visit.ended') scheduler.visitEnded();
  });
  scheduler.start();
  logger.info('update.enabled', { checkIntervalMs: feed.checkIntervalMs });
  return {
    stop() {
      stopEvents();
      scheduler.stop();
    },
  };
}
