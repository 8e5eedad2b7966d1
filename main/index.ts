/**
 * The Electron entry (dist/main/electron.cjs): the composition root. It joins what the layers may
 * not import from each other (the reference central API, the shell) and nothing else.
 */
import { clockFromEnv, startCentralApi } from '../central-api/src/index';
import { runElectronKiosk } from './shell/app';

runElectronKiosk({
  startEmbeddedApi: (dbPath) => startCentralApi({ dbPath, ...clockFromEnv() }),
  bundleDir: __dirname,
});
