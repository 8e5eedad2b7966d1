/**
 * The real Electron app, driven by Playwright. Runs only where an Electron binary exists (these
 * build machines cannot download one); elsewhere the whole suite is skipped with one line saying why.
 */
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronUnavailableReason, findElectronBinary } from '../../scripts/electron-binary.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const executablePath = findElectronBinary({ root });
const mainBundle = join(root, 'dist', 'main', 'electron.cjs');

/** What the page's window holds (this project compiles tests without the DOM library). */
interface PageGlobals {
  kiosk: { call(method: string, input: unknown): Promise<unknown> };
  require?: unknown;
  process?: unknown;
}

if (!executablePath) {
  // One test, one line in the report, with the reason in its title.
  const reason = electronUnavailableReason({ root });
  test(`Electron kiosk: skipped (${reason})`, () => test.skip(true, reason));
} else {
  test.describe('Electron kiosk', () => {
    let app: ElectronApplication;
    let dataDir: string;

    test.beforeAll(async () => {
      if (!existsSync(mainBundle)) throw new Error(`${mainBundle} is missing: run npm run build`);
      dataDir = mkdtempSync(join(tmpdir(), 'kiosk-electron-'));
      // A fresh machine: no config file, no central API URL (the reference API starts embedded).
      const env: Record<string, string> = {};
      for (const [key, value] of Object.entries(process.env))
        if (value !== undefined && !key.startsWith('KIOSK_')) env[key] = value;
      app = await electron.launch({
        executablePath,
        args: [mainBundle],
        cwd: root,
        env: { ...env, KIOSK_DATA_DIR: dataDir },
      });
    });

    test.afterAll(async () => {
      await app?.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    test('opens the welcome screen, served from the kiosk origin', async () => {
      const page = await app.firstWindow();
      await expect(page.getByRole('button', { name: 'Commencer' })).toBeVisible();
      expect(new URL(page.url()).origin).toBe('https://kiosque.localhost');
    });

    test('exposes window.kiosk with call and on only, and no Node', async () => {
      const page = await app.firstWindow();
      const shape = await page.evaluate(() => {
        const page = globalThis as unknown as PageGlobals;
        return {
          keys: Object.keys(page.kiosk).sort(),
          require: typeof page.require,
          process: typeof page.process,
        };
      });
      expect(shape).toEqual({ keys: ['call', 'on'], require: 'undefined', process: 'undefined' });
    });

    test('has no updater on the embedded demo (no central API to update from)', async () => {
      await app.firstWindow();
      await expect
        .poll(() => {
          const log = join(dataDir, 'logs', 'kiosk.log');
          return existsSync(log) ? readFileSync(log, 'utf8') : '';
        })
        .toContain('"event":"update.disabled"');
    });

    test('answers a contract call over IPC', async () => {
      const page = await app.firstWindow();
      const reply = await page.evaluate(() =>
        (globalThis as unknown as PageGlobals).kiosk.call('kiosk.settings', {}),
      );
      expect(reply).toMatchObject({ ok: true, value: { mode: 'electron' } });
    });
  });
}
