import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = env.KIOSK_CHROMIUM ? [env.KIOSK_CHROMIUM] : CANDIDATES;
  return candidates.find((path) => existsSync(path));
}

export function hasDisplay(env: NodeJS.ProcessEnv = process.env): boolean {
  return process.platform === 'win32' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/**
 * Opens the kiosk page in Chromium's kiosk mode with a throw-away profile, deleted when the window
 * closes. The flags keep Chromium from reaching out to Google's services on a closed network.
 */
export function openKioskWindow(
  executable: string,
  url: string,
): { child: ChildProcess; close(): void } {
  const profile = mkdtempSync(join(tmpdir(), 'kiosk-chromium-'));
  const child = spawn(
    executable,
    [
      '--kiosk',
      `--app=${url}`,
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-translate',
      '--disable-features=Translate,MediaRouter',
      '--incognito',
      // Chromium refuses to start as root with its sandbox on (containers, some test rigs).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
    { stdio: 'ignore' },
  );
  const cleanup = () => rmSync(profile, { recursive: true, force: true });
  child.once('exit', cleanup);
  return {
    child,
    close: () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      else cleanup();
    },
  };
}
