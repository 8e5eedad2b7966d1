// Builds everything the kiosk runs from dist/: the renderer (Vite), the Electron main process and
// the browser-mode entry (esbuild, CommonJS for Node/Electron), and the sandboxed preload; and the
// staff console the central API serves (Vite, into central-api/console/dist).
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePlacesIndex } from './build-places-index.mjs';
import { ensureRomeIndex } from './build-rome-index.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const quiet = process.argv.includes('--quiet');
// What npm start, npm test and npm run dist build is what ships: no source map, since browser mode
// serves dist/renderer as it is and a map hands out the whole source. `--sourcemaps` (development)
// writes linked maps for main, preload and the renderer (devtools, stack traces).
const sourcemaps = process.argv.includes('--sourcemaps');

rmSync(join(root, 'dist'), { recursive: true, force: true });
// Generated data (gitignored): the offline ROME index, from the vendored CSVs in data/rome-v460.
ensureRomeIndex({ quiet });
// The communes with their coordinates (offer search: places and distances), from data/communes-coordinates.
ensurePlacesIndex({ quiet });

const started = Date.now();
// The kiosk's renderer and the staff console (served by the central API at /console/) are two
// Vite builds, run side by side.
const viteBuild = (config) =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(root, 'node_modules/vite/bin/vite.js'),
        'build',
        '--config',
        config,
        '--logLevel',
        quiet ? 'error' : 'warn',
        ...(sourcemaps ? ['--sourcemap'] : []),
      ],
      { cwd: root, stdio: 'inherit' },
    );
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build ${config} exited with ${code}`)),
    );
  });
await Promise.all([
  viteBuild('renderer/vite.config.ts'),
  viteBuild('central-api/console/vite.config.ts'),
]);

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: sourcemaps ? 'linked' : false,
  logLevel: 'warning',
  absWorkingDir: root,
  // Runtime packages stay in node_modules (native addons, electron-builder packs them).
  external: ['electron', ...Object.keys(pkg.dependencies ?? {})],
  define: { KIOSK_APP_VERSION: JSON.stringify(pkg.version) },
};

// The embedded central API finds its argon2 worker file (a thread of its own) from import.meta.url:
// in this CommonJS bundle that is the bundle's own file, and the worker is shipped beside it.
const mainBundle = {
  ...common,
  define: { ...common.define, 'import.meta.url': '__kioskBundleUrl' },
  banner: { js: "const __kioskBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
};
mkdirSync(join(root, 'dist/main'), { recursive: true });
copyFileSync(
  join(root, 'central-api/src/passwordWorker.cjs'),
  join(root, 'dist/main/passwordWorker.cjs'),
);
copyFileSync(
  join(root, 'central-api/src/db/postgres/postgresWorker.cjs'),
  join(root, 'dist/main/postgresWorker.cjs'),
);

await Promise.all([
  build({ ...mainBundle, entryPoints: ['main/index.ts'], outfile: 'dist/main/electron.cjs' }),
  build({ ...mainBundle, entryPoints: ['main/host/index.ts'], outfile: 'dist/main/browser.cjs' }),
  // The preload runs sandboxed: it may require only 'electron', so everything else is bundled in.
  build({
    ...common,
    entryPoints: ['preload/index.ts'],
    outfile: 'dist/preload/index.cjs',
    external: ['electron'],
    platform: 'browser',
    target: 'chrome140',
  }),
]);

if (!quiet) console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
