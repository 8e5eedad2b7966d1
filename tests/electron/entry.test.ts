import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { app, recorded, resetFake } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

/**
 * main/index.ts for real (config, logger, embedded central API on a real SQLite file, core), on
 * the fake 'electron': the wiring a packaged kiosk runs at start and at quit.
 */
describe('the Electron entry', () => {
  let dataDir: string;
  const signalsBefore = {
    SIGINT: process.listeners('SIGINT'),
    SIGTERM: process.listeners('SIGTERM'),
  };

  beforeAll(async () => {
    resetFake();
    dataDir = mkdtempSync(join(tmpdir(), 'kiosk-entry-'));
    vi.stubEnv('KIOSK_DATA_DIR', dataDir);
    vi.stubEnv('KIOSK_API_URL', undefined);
    vi.stubEnv('KIOSK_CONFIG', undefined);
    await import('../../main/index');
    await vi.waitFor(() => expect(recorded.windows).toHaveLength(2), { timeout: 30_000 });
  }, 40_000);

  afterAll(() => {
    vi.unstubAllEnvs();
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      for (const listener of process.listeners(signal))
        if (!signalsBefore[signal].includes(listener)) process.off(signal, listener);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts the embedded central API on <dataDir>/central-api.db and logs to <dataDir>/logs', () => {
    expect(existsSync(join(dataDir, 'central-api.db'))).toBe(true);
    const log = readFileSync(join(dataDir, 'logs', 'kiosk.log'), 'utf8');
    expect(log).toContain('"event":"kiosk.started"');
  });

  it('opens the welcome window on the kiosk origin with the built preload', () => {
    const [first] = recorded.windows;
    expect(first?.webContents.getURL()).toBe('https://kiosque.localhost/');
    expect(first?.options).toMatchObject({
      webPreferences: { preload: expect.stringMatching(/preload[\\/]index\.cjs$/) },
    });
  });

  it('on quit: closes the shell, the core and the API, then quits for real', async () => {
    const windows = recorded.windows.slice();
    const event = {
      defaultPrevented: false,
      preventDefault: () => (event.defaultPrevented = true),
    };
    app.emit('before-quit', event);
    expect(event.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(app.quitCalls).toBe(1), { timeout: 10_000 });
    expect(windows.every((w) => w.destroyed)).toBe(true);
    expect(readFileSync(join(dataDir, 'logs', 'kiosk.log'), 'utf8')).toContain(
      '"event":"kiosk.stopped"',
    );
    // The second before-quit (from app.quit) goes through.
    const again = {
      defaultPrevented: false,
      preventDefault: () => (again.defaultPrevented = true),
    };
    app.emit('before-quit', again);
    expect(again.defaultPrevented).toBe(false);
  });
});
