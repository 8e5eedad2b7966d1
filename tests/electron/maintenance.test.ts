import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { app, recorded, resetFake, safeStorage } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

/**
 * A packaged kiosk on Linux without a keyring (safeStorage falls back to basic_text) must not
 * write anyone's submissions under a key anybody can read: it shows a maintenance screen and the
 * log names the setting to fix.
 */
describe('the Electron entry without safe key storage', () => {
  let dataDir: string;

  beforeAll(async () => {
    resetFake();
    app.isPackaged = true;
    safeStorage.backend = 'basic_text';
    dataDir = mkdtempSync(join(tmpdir(), 'kiosk-maint-'));
    vi.stubEnv('KIOSK_DATA_DIR', dataDir);
    vi.stubEnv('KIOSK_API_URL', undefined);
    vi.stubEnv('KIOSK_CONFIG', undefined);
    await import('../../main/index');
    await vi.waitFor(() => expect(recorded.windows).toHaveLength(1), { timeout: 30_000 });
  }, 40_000);

  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows only the maintenance page: no preload, no script, no kiosk origin', () => {
    const [window] = recorded.windows;
    // Widened to read keys the fake's own type does not declare.
    const webPreferences: Record<string, unknown> | undefined = window!.options.webPreferences;
    expect(webPreferences).toMatchObject({ javascript: false, sandbox: true });
    expect(webPreferences?.preload).toBeUndefined();
    const url = window!.webContents.getURL();
    expect(url.startsWith('data:text/html')).toBe(true);
    expect(decodeURIComponent(url)).toContain('Borne en maintenance');
  });

  it('logs the setting to fix, and writes no outbox key', () => {
    const log = readFileSync(join(dataDir, 'logs', 'kiosk.log'), 'utf8');
    expect(log).toContain('outbox.master_key_refused');
    expect(log).toContain('gnome-libsecret');
    expect(() => readFileSync(join(dataDir, 'outbox.key.safe'))).toThrow();
  });
});
