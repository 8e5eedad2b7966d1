/**
 * The Electron entry (dist/main/electron.cjs): wiring only. Config → logger → embedded central API
 * when none is configured → core → shell. Quitting closes them in reverse order.
 */
import { app } from 'electron';
import { join } from 'node:path';
import { startCentralApi } from '../central-api/src/index';
import { ConfigError, loadConfig } from './core/config';
import { createKioskCore } from './core/kiosk';
import { createLogger } from './core/logging';
import { startShell } from './shell';

// Defined by scripts/build.mjs from package.json. app.getVersion() is Electron's own version when
// Electron is started on the bundle file rather than on a packaged app.
declare const KIOSK_APP_VERSION: string | undefined;

async function main(): Promise<void> {
  const config = loadConfig();
  // The config's dataDir (default: the per-OS folder app.getPath('userData') would give) becomes
  // Electron's userData: one folder for kiosk.json, logs, the database and Chromium's own files,
  // and the single-instance lock is per data folder (a test instance does not meet the real one).
  app.setPath('userData', config.dataDir);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const logger = createLogger({ dir: join(config.dataDir, 'logs') });
  await app.whenReady();

  const embedded = config.centralApi.url
    ? undefined
    : await startCentralApi({ dbPath: join(config.dataDir, 'central-api.db') });
  const apiBaseUrl = config.centralApi.url ?? embedded?.url ?? '';
  const core = createKioskCore({
    config,
    apiBaseUrl,
    logger,
    mode: 'electron',
    appVersion: typeof KIOSK_APP_VERSION === 'string' ? KIOSK_APP_VERSION : app.getVersion(),
  });
  const shell = startShell({
    core,
    config,
    logger,
    rendererRoot: join(__dirname, '..', 'renderer'),
    preloadPath: join(__dirname, '..', 'preload', 'index.cjs'),
  });
  logger.info('kiosk.started', { mode: 'electron', embeddedApi: Boolean(embedded) });

  let stopped = false;
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
      app.quit();
    })();
  });
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError ? error.message : `could not start: ${(error as Error).message}`;
  process.stderr.write(`${message}\n`);
  app.exit(1);
});
