/**
 * The Electron entry (dist/main/electron.cjs): the composition root. It joins what the layers may
 * not import from each other (the reference central API, the shell) and nothing else.
 */
import { startCentralApi } from '../central-api/src/index';
import { runElectronKiosk } from './shell/app';

// Defined by scripts/build.mjs from package.json.
declare const KIOSK_APP_VERSION: string | undefined;

runElectronKiosk({
  startEmbeddedApi: (dbPath) => startCentralApi({ dbPath }),
  appVersion: typeof KIOSK_APP_VERSION === 'string' ? KIOSK_APP_VERSION : undefined,
  bundleDir: __dirname,
});
