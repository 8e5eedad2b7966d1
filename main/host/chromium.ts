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
 * Chromium's command line for the kiosk window. `--lang=fr` because whatever the browser shows by
 * itself (form controls, built-in messages) follows the browser's language, not the page's: on a
 * machine set up in English it would speak English and write dates month first. The other flags
 * keep Chromium from reaching out to Google's services on a closed network.
 */
export function kioskWindowArgs(url: string, profile: string): string[] {
  return [
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
    '--lang=fr',
    '--accept-lang=fr-FR,fr',
    // Chromium refuses to start as root with its sandbox on (containers, some test rigs).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
}

/** Opens the kiosk page in Chromium's kiosk mode with a throw-away profile, deleted when the window closes. */
export function openKioskWindow(
  executable: string,
  url: string,
): { child: ChildProcess; close(): void } {
  const profile = mkdtempSync(join(tmpdir(), 'kiosk-chromium-'));
  const child = spawn(executable, kioskWindowArgs(url, profile), { stdio: 'ignore' });
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
