/**
 * The Electron application's lifecycle: single-instance lock, data folder, ready, quit. The
 * composition root (main/index.ts) hands in what lives outside the shell's layer (the embedded
 * reference central API), so that only main/shell imports 'electron'.
 */
import { app } from 'electron';
import { join } from 'node:path';
import { BUILD_VERSION, bootKiosk, startupFailureMessage, type EmbeddedApi } from '../core/boot';
import { loadConfig } from '../core/config';
import { startShell } from './index';
import { showMaintenanceWindow } from './maintenance';
import { InsecureKeyStorageError, safeStorageMasterKey } from './safeStorageKey';

export interface ElectronKioskOptions {
  /** Starts the reference central API when the config names none. */
  startEmbeddedApi(dbPath: string): Promise<EmbeddedApi>;
  /** Defaults to the build's version (app.getVersion() is Electron's own on a bundle file). */
  appVersion?: string;
  /** Folder of the main bundle: preload and renderer are found beside it. */
  bundleDir: string;
}

export function runElectronKiosk(options: ElectronKioskOptions): void {
  main(options).catch((error: unknown) => {
    process.stderr.write(`${startupFailureMessage(error)}\n`);
    app.exit(1);
  });
}

async function main(options: ElectronKioskOptions): Promise<void> {
  const config = loadConfig();
  // The config's dataDir (default: the per-OS folder app.getPath('userData') would give) becomes
  // Electron's userData: one folder for kiosk.json, logs, the database and Chromium's own files,
  // and the single-instance lock is per data folder (a test instance does not meet the real one).
  app.setPath('userData', config.dataDir);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();

  let booted;
  try {
    booted = await bootKiosk({
      config,
      mode: 'electron',
      appVersion: options.appVersion ?? BUILD_VERSION ?? app.getVersion(),
      startEmbeddedApi: options.startEmbeddedApi,
      // The outbox key is protected by the OS keyring; a packaged kiosk refuses basic_text.
      masterKey: (logger) =>
        safeStorageMasterKey({
          path: join(config.dataDir, 'outbox.key.safe'),
          production: app.isPackaged,
          logger,
        }),
    });
  } catch (error) {
    if (!(error instanceof InsecureKeyStorageError)) throw error;
    // The log line naming the setting to fix is already written; users see a maintenance screen.
    showMaintenanceWindow(config.locale);
    return;
  }
  const { logger, core, embedded } = booted;
  const shell = startShell({
    core,
    config,
    logger,
    rendererRoot: join(options.bundleDir, '..', 'renderer'),
    preloadPath: join(options.bundleDir, '..', 'preload', 'index.cjs'),
  });
  logger.info('kiosk.started', { mode: 'electron', embeddedApi: Boolean(embedded) });

  let stopped = false;
  // The hidden admin exit (right PIN): the audit line is written, the visit is already wiped.
  core.onExitRequested(() => app.quit());
  app.on('second-instance', () => shell.windows.currentWebContents()?.focus());
  // Closing the windows is part of stopping; only an unexpected loss of every window quits here.
  app.on('window-all-closed', () => {
    if (!stopped) app.quit();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  app.on('before-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    stopped = true;
    void (async () => {
      await shell.close().catch((error: unknown) => logger.error('shell.close_failed', { error }));
      await core.close().catch((error: unknown) => logger.error('core.close_failed', { error }));
      await embedded
        ?.close()
        .catch((error: unknown) => logger.error('api.close_failed', { error }));
      logger.info('kiosk.stopped');
      // Lines are written asynchronously: quitting before the file has them would lose the last ones.
      await logger.close();
      app.quit();
    })();
  });
}
