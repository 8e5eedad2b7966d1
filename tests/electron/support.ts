/**
 * What the shell tests share: a real core (createKioskCore, with no central API behind it: the
 * visit methods do not need one), a real renderer folder on disk, and the shell started on the fake
 * 'electron'. Each test file must itself call vi.mock('electron', () => import('./fake-electron')).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KioskEvent } from '../../shared/contract';
import { parseConfig } from '../../main/core/config';
import { createKioskCore } from '../../main/core/kiosk';
import { silentLogger, type Logger } from '../../main/core/logging';
import type { KioskCore } from '../../main/core/types';
import { startShell, type Shell, type ShellOptions } from '../../main/shell';
import { recorded, type BrowserWindow } from './fake-electron';

export const ORIGIN = 'https://kiosque.localhost';
export const INDEX_HTML = '<!doctype html><html><head></head><body>Commencer</body></html>';

export interface ShellFixture {
  shell: Shell;
  core: KioskCore;
  events: KioskEvent[];
  /** The folder holding renderer/ (served) and secret.txt (beside it, never served). */
  dir: string;
  rendererRoot: string;
  partitions: string[];
  current(): BrowserWindow;
  prewarmed(): BrowserWindow;
  dispose(): Promise<void>;
}

export function makeRendererDir(): { dir: string; rendererRoot: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-shell-'));
  const rendererRoot = join(dir, 'renderer');
  mkdirSync(join(rendererRoot, 'assets'), { recursive: true });
  writeFileSync(join(rendererRoot, 'index.html'), INDEX_HTML);
  writeFileSync(join(rendererRoot, 'assets', 'app.js'), 'console.log("kiosk")');
  writeFileSync(join(dir, 'secret.txt'), 'not for the renderer');
  return { dir, rendererRoot };
}

export function startTestShell(
  options: {
    devTools?: boolean;
    cameraAllowed?: () => boolean;
    relaunchEveryVisits?: number;
    nightlyRelaunchHour?: number | null;
    logger?: Logger;
    /** The shell's own logger (default silent). */
    shellLogger?: Logger;
    /** More config sections (centralApi, terminal, updates, dataDir…). */
    config?: Record<string, unknown>;
    /** A real central API for the core (default: nothing listening). */
    apiBaseUrl?: string;
    appVersion?: string;
    updater?: ShellOptions['updater'];
  } = {},
): ShellFixture {
  const { dir, rendererRoot } = makeRendererDir();
  const config = parseConfig({
    // Each shell its own data folder: the per-user default was shared by tests running at once
    // (one test's visit clean-up removed the folder another was writing to).
    dataDir: join(dir, 'data'),
    ...options.config,
    shell: {
      origin: ORIGIN,
      devTools: options.devTools ?? false,
      relaunchEveryVisits: options.relaunchEveryVisits ?? 0,
      nightlyRelaunchHour: options.nightlyRelaunchHour ?? null,
    },
  });
  const core = createKioskCore({
    config,
    apiBaseUrl: options.apiBaseUrl ?? 'http://127.0.0.1:9',
    logger: options.logger ?? silentLogger,
    mode: 'electron',
    appVersion: options.appVersion ?? 'test',
    heartbeatMs: 0,
  });
  // The document-capture feature opens the camera through the visit manager; tests stand in for it.
  if (options.cameraAllowed) core.cameraAllowed = options.cameraAllowed;
  const events: KioskEvent[] = [];
  core.onEvent((event) => events.push(event));
  const partitions: string[] = [];
  let n = 0;
  const shell = startShell({
    core,
    config,
    logger: options.shellLogger ?? silentLogger,
    rendererRoot,
    preloadPath: '/app/dist/preload/index.cjs',
    newId: () => {
      const id = `test-${++n}`;
      partitions.push(`visit-${id}`);
      return id;
    },
    updater: options.updater,
  });
  const live = () => recorded.windows.filter((w) => !w.destroyed);
  return {
    shell,
    core,
    events,
    dir,
    rendererRoot,
    partitions,
    current: () => {
      const shown = live().filter((w) => w.visible);
      if (shown.length !== 1) throw new Error(`${shown.length} windows shown`);
      return shown[0]!;
    },
    prewarmed: () => {
      const hidden = live().filter((w) => !w.visible);
      if (hidden.length !== 1) throw new Error(`${hidden.length} hidden windows`);
      return hidden[0]!;
    },
    async dispose() {
      await shell.close();
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The first window is shown once Chromium has painted it. */
export function paintFirstWindow(): BrowserWindow {
  const first = recorded.windows[0];
  if (!first) throw new Error('no window created');
  first.emit('ready-to-show');
  return first;
}
