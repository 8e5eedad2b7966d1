// `npm start`: the Electron kiosk when an Electron binary is present, otherwise browser mode (the
// same core and UI, served on localhost and shown in Chromium's kiosk mode when there is a display).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronUnavailableReason, findElectronBinary } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const forceBrowser = process.argv.includes('--browser');
const electron = forceBrowser ? null : findElectronBinary({ root });

const target = electron
  ? { command: electron, args: [join(root, 'dist/main/electron.cjs')], mode: 'Electron' }
  : { command: process.execPath, args: [join(root, 'dist/main/browser.cjs')], mode: 'browser' };

if (electron) console.log(`Starting the kiosk in Electron mode (${electron}).`);
else
  console.log(
    `Starting the kiosk in browser mode: ${forceBrowser ? '--browser was given.' : electronUnavailableReason({ root })}`,
  );

const child = spawn(target.command, target.args, { cwd: root, stdio: 'inherit', env: process.env });
// Ctrl+C reaches the child through the terminal's process group; we only wait for it to finish.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
