import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashPin } from '../../main/core/admin/pin';
import { ipcChannelOf } from '../../shared/contract';
import { invokeFrom } from './fake-chromium';
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
    vi.stubEnv('KIOSK_ADMIN_PIN_HASH', await hashPin('73914562', { N: 1024, r: 8, p: 1 }));
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

  it('starts the embedded central API on <dataDir>/central-api.db and logs to <dataDir>/logs', async () => {
    expect(existsSync(join(dataDir, 'central-api.db'))).toBe(true);
    // The log is written asynchronously: the line reaches the file shortly after the start.
    await vi.waitFor(() =>
      expect(readFileSync(join(dataDir, 'logs', 'kiosk.log'), 'utf8')).toContain(
        '"event":"kiosk.started"',
      ),
    );
  });

  it('opens the welcome window on the kiosk origin with the built preload', () => {
    const [first] = recorded.windows;
    expect(first?.webContents.getURL()).toBe('https://kiosque.localhost/');
    expect(first?.options).toMatchObject({
      webPreferences: { preload: expect.stringMatching(/preload[\\/]index\.cjs$/) },
    });
  });

  it('the admin exit with the right PIN quits the app (and a wrong PIN does not)', async () => {
    const current = recorded.windows.find((w) => w.visible) ?? recorded.windows[0]!;
    current.emit('ready-to-show');
    const channel = ipcChannelOf('admin.exit');
    expect(await invokeFrom(current.webContents, channel, { pin: '0000' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await invokeFrom(current.webContents, channel, { pin: '73914562' })).toEqual({
      ok: true,
      value: { exiting: true },
    });
    await vi.waitFor(() => expect(app.quitCalls).toBe(1));
    expect(readFileSync(join(dataDir, 'logs', 'kiosk.log'), 'utf8')).toContain(
      '"event":"admin.exit"',
    );
    app.quitCalls = 0;
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
