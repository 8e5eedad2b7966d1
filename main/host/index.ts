/**
 * Browser mode's entry (dist/main/browser.cjs): the same core as the Electron shell, served to a
 * browser over HTTP on localhost. Wiring only: config → embedded central API if none is configured →
 * core → host → optional Chromium window.
 */
import { join } from 'node:path';
import { clockFromEnv, startCentralApi } from '../../central-api/src/index';
import { BUILD_VERSION, bootKiosk, startupFailureMessage } from '../core/boot';
import { loadConfig } from '../core/config';
import { findChromium, hasDisplay, openKioskWindow } from './chromium';
import { startHost } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const { logger, core, embedded } = await bootKiosk({
    config,
    mode: 'browser',
    appVersion: BUILD_VERSION ?? '0.0.0-dev',
    startEmbeddedApi: (dbPath) => startCentralApi({ dbPath, ...clockFromEnv() }),
  });
  const host = await startHost({
    core,
    rendererRoot: join(__dirname, '..', 'renderer'),
    port: config.host.port,
    logger: logger.child('host'),
    pageLostGraceSeconds: config.host.pageLostGraceSeconds,
  });

  const say = (line: string) => process.stdout.write(`${line}\n`);
  say(`Kiosk ready at ${host.url}`);
  say(
    embedded
      ? `Central API: embedded reference server at ${embedded.url} (data in ${config.dataDir})`
      : 'Central API: configured URL',
  );

  let window: ReturnType<typeof openKioskWindow> | undefined;
  const chromium = findChromium();
  if (!config.host.openWindow)
    say('No window opened (KIOSK_NO_WINDOW=1 or host.openWindow=false): open the URL above.');
  else if (!chromium) say('Chromium not found: open the URL above in a browser.');
  else if (!hasDisplay()) say('No display found: open the URL above from a machine with a screen.');
  else window = openKioskWindow(chromium, host.url);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    window?.close();
    await core.close();
    await host.close();
    await embedded?.close();
    logger.info('kiosk.stopped');
    // Lines are written asynchronously: exiting before the file has them would lose the last ones.
    await logger.close();
    process.exit(code);
  };
  core.onExitRequested(() => {
    say('Admin exit: stopping the kiosk.');
    void stop(0);
  });
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  window?.child.once('exit', (code) => {
    say(`The Chromium window closed${code ? ` (exit code ${code})` : ''}: stopping the kiosk.`);
    void stop(0);
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${startupFailureMessage(error)}\n`);
  process.exit(1);
});
