// Finds the Electron executable WITHOUT ever triggering a download. (require('electron') from plain
// Node runs node_modules/electron/index.js, which downloads the binary when it is missing; these
// build machines cannot download it.) Used by scripts/start.mjs and the Playwright Electron suite.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const defaultRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The executable's path inside an Electron dist folder, as electron's install.js names it. */
export function platformExecutable(platform = process.platform) {
  if (platform === 'win32') return 'electron.exe';
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

function readPathTxt(root) {
  const file = join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(file)) return undefined;
  const content = readFileSync(file, 'utf8').trim();
  return content || undefined;
}

/** Absolute path of an Electron executable that exists, or null. */
export function findElectronBinary({
  root = defaultRoot,
  env = process.env,
  platform = process.platform,
} = {}) {
  const exe = readPathTxt(root) ?? platformExecutable(platform);
  const candidate = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, exe)
    : readPathTxt(root) && join(root, 'node_modules', 'electron', 'dist', exe);
  return candidate && existsSync(candidate) ? candidate : null;
}

/** One sentence saying why there is no Electron binary (or that there is one). */
export function electronUnavailableReason({
  root = defaultRoot,
  env = process.env,
  platform = process.platform,
} = {}) {
  const found = findElectronBinary({ root, env, platform });
  if (found) return `Electron is available at ${found}.`;
  const exe = readPathTxt(root) ?? platformExecutable(platform);
  if (env.ELECTRON_OVERRIDE_DIST_PATH)
    return `No Electron executable at ${join(env.ELECTRON_OVERRIDE_DIST_PATH, exe)} (ELECTRON_OVERRIDE_DIST_PATH).`;
  if (!existsSync(join(root, 'node_modules', 'electron')))
    return 'The electron package is not installed (run npm ci).';
  if (!readPathTxt(root))
    return "Electron's binary was never downloaded on this machine (no node_modules/electron/path.txt); set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45 to run it.";
  return `Electron's binary is missing from node_modules/electron/dist (${exe}); reinstall electron or set ELECTRON_OVERRIDE_DIST_PATH.`;
}
