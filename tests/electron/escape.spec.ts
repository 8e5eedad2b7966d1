/**
 * The escape-vector list against the real Electron app (Playwright's _electron). Runs only where an
 * Electron binary exists; elsewhere it is skipped with one line (tests/electron/escape.test.ts runs
 * the same list against the fake module on every machine).
 */
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronUnavailableReason, findElectronBinary } from '../../scripts/electron-binary.mjs';
import { ESCAPE_VECTORS, type EscapeVector } from './escapeVectors';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const executablePath = findElectronBinary({ root });
const mainBundle = join(root, 'dist', 'main', 'electron.cjs');
const ORIGIN = 'https://kiosque.localhost';

/** The page's globals these tests touch (this project compiles tests without the DOM library). */
interface PageGlobals {
  __marker?: number;
  open(url: string): unknown;
  location: { href: string };
  navigator: {
    geolocation: { getCurrentPosition(ok: () => void, ko: () => void): void };
    mediaDevices: {
      getUserMedia(c: unknown): Promise<unknown>;
      getDisplayMedia(c: unknown): Promise<unknown>;
    };
    permissions: { query(d: { name: string }): Promise<{ state: string }> };
    hid?: { requestDevice(o: unknown): Promise<unknown[]> };
    usb?: { requestDevice(o: unknown): Promise<unknown> };
    serial?: { requestPort(): Promise<unknown> };
    bluetooth?: { requestDevice(o: unknown): Promise<unknown> };
    clipboard: { readText(): Promise<string> };
  };
  Notification: { requestPermission(): Promise<string> };
  document: {
    body: { insertAdjacentHTML(where: string, html: string): void };
    createElement(tag: 'iframe'): { contentWindow: PrintTarget | null };
  };
  print(): void;
  addEventListener(type: 'beforeprint', listener: () => void): void;
}
interface PrintTarget {
  print(): void;
  addEventListener(type: 'beforeprint', listener: () => void): void;
}
const g = () => globalThis as unknown as PageGlobals;

type Attempt = (app: ElectronApplication, page: Page) => Promise<void>;

const press =
  (keys: string): Attempt =>
  async (_app, page) => {
    await page.keyboard.press(keys);
  };
const inPage =
  (body: () => unknown): Attempt =>
  async (_app, page) => {
    await page.evaluate(body).catch(() => undefined);
  };
/** A page API that must reject (permission denied, chooser cancelled). */
const mustReject =
  (body: () => Promise<unknown>): Attempt =>
  async (_app, page) => {
    const outcome = await page.evaluate(async (source) => {
      try {
        await (0, eval)(`(${source})`)();
        return 'granted';
      } catch {
        return 'refused';
      }
    }, body.toString());
    expect(outcome).toBe('refused');
  };
/** print() from the page and from a frame it makes: neither may get as far as 'beforeprint'. */
const pagePrint: Attempt = async (_app, page) => {
  const started = await page.evaluate(async () => {
    let count = 0;
    g().addEventListener('beforeprint', () => count++);
    g().print();
    const frame = g().document.createElement('iframe');
    (g().document.body as unknown as { append(node: unknown): void }).append(frame);
    frame.contentWindow?.addEventListener('beforeprint', () => count++);
    frame.contentWindow?.print();
    await new Promise((resolve) => setTimeout(resolve, 300));
    return count;
  });
  expect(started).toBe(0);
};
/** A main-process guard that cannot be triggered from the page: its listener must be installed. */
const listens =
  (target: 'app' | 'contents' | 'session', event: string): Attempt =>
  async (app) => {
    const count = await app.evaluate(
      ({ app: electronApp, BrowserWindow }, [where, name]) => {
        const contents = BrowserWindow.getAllWindows().find((w) => w.isVisible())?.webContents;
        const emitter =
          where === 'app' ? electronApp : where === 'contents' ? contents : contents?.session;
        return (emitter as NodeJS.EventEmitter | undefined)?.listenerCount(name) ?? 0;
      },
      [target, event] as const,
    );
    expect(count).toBeGreaterThan(0);
  };

const ATTEMPTS: Record<EscapeVector, Attempt> = {
  'reload (F5)': press('F5'),
  'reload (Ctrl+R)': press('Control+r'),
  'hard reload (Ctrl+Shift+R)': press('Control+Shift+R'),
  'devtools (F12)': press('F12'),
  'devtools (Ctrl+Shift+I)': press('Control+Shift+I'),
  'devtools console (Ctrl+Shift+J)': press('Control+Shift+J'),
  'devtools inspector (Ctrl+Shift+C)': press('Control+Shift+C'),
  'zoom in (Ctrl +)': press('Control+Equal'),
  'zoom out (Ctrl -)': press('Control+Minus'),
  'zoom reset (Ctrl 0)': press('Control+Digit0'),
  'print dialog (Ctrl+P)': press('Control+p'),
  'print dialog (window.print from the page)': pagePrint,
  'close tab (Ctrl+W)': press('Control+w'),
  'close tab (Ctrl+F4)': press('Control+F4'),
  'close window (Alt+F4)': press('Alt+F4'),
  'new window (Ctrl+N)': press('Control+n'),
  'new tab (Ctrl+T)': press('Control+t'),
  'open file dialog (Ctrl+O)': press('Control+o'),
  'save page dialog (Ctrl+S)': press('Control+s'),
  'view source (Ctrl+U)': press('Control+u'),
  'fullscreen toggle (F11)': press('F11'),
  'window.open': inPage(() => g().open('https://example.org/')),
  'target=_blank link': async (_app, page) => {
    await page.evaluate(() =>
      g().document.body.insertAdjacentHTML(
        'beforeend',
        '<a id="blank" href="https://example.org/" target="_blank">x</a>',
      ),
    );
    await page.click('#blank');
  },
  'location change to an external URL': inPage(() => {
    g().location.href = 'https://www.google.com/';
  }),
  'file:// URL': inPage(() => {
    g().location.href = 'file:///etc/passwd';
  }),
  'javascript: URL': inPage(() => {
    g().location.href = 'javascript:void(window.__marker = 0)';
  }),
  'data: URL': inPage(() => {
    g().location.href = 'data:text/html,<h1>x</h1>';
  }),
  'redirect to an external URL': listens('contents', 'will-redirect'),
  'form posting elsewhere': async (_app, page) => {
    await page.evaluate(() =>
      g().document.body.insertAdjacentHTML(
        'beforeend',
        '<form id="f" method="post" action="https://collect.example/"><button id="s">x</button></form>',
      ),
    );
    await page.click('#s');
  },
  'subframe navigating elsewhere': listens('contents', 'will-frame-navigate'),
  'drag-and-drop of a file': listens('contents', 'will-navigate'),
  'drag-and-drop of a link': listens('contents', 'will-navigate'),
  'download link': listens('session', 'will-download'),
  'geolocation permission': mustReject(
    () =>
      new Promise<void>((ok, ko) =>
        g().navigator.geolocation.getCurrentPosition(
          () => ok(),
          () => ko(new Error('denied')),
        ),
      ),
  ),
  'notifications permission': mustReject(async () => {
    if ((await g().Notification.requestPermission()) !== 'granted') throw new Error('denied');
  }),
  'microphone permission': mustReject(() =>
    g().navigator.mediaDevices.getUserMedia({ audio: true }),
  ),
  'camera outside document capture': mustReject(() =>
    g().navigator.mediaDevices.getUserMedia({ video: true }),
  ),
  'clipboard-read permission': mustReject(() => g().navigator.clipboard.readText()),
  'screen capture (getDisplayMedia)': mustReject(() =>
    g().navigator.mediaDevices.getDisplayMedia({ video: true }),
  ),
  'WebHID device chooser': mustReject(async () => {
    const devices = (await g().navigator.hid?.requestDevice({ filters: [] })) ?? [];
    if (devices.length === 0) throw new Error('none');
  }),
  'WebUSB device chooser': mustReject(
    async () => g().navigator.usb?.requestDevice({ filters: [] }) ?? Promise.reject(new Error()),
  ),
  'Web Serial port chooser': mustReject(
    async () => g().navigator.serial?.requestPort() ?? Promise.reject(new Error()),
  ),
  'Web Bluetooth device chooser': mustReject(
    async () =>
      g().navigator.bluetooth?.requestDevice({ acceptAllDevices: true }) ??
      Promise.reject(new Error()),
  ),
  'webview tag': inPage(() =>
    g().document.body.insertAdjacentHTML('beforeend', '<webview src="https://example.org/">'),
  ),
  'devtools opened anyway': async (app) => {
    await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()
        .find((w) => w.isVisible())
        ?.webContents.openDevTools(),
    );
  },
  'context menu': async (_app, page) => {
    await page.mouse.click(200, 200, { button: 'right' });
  },
  'beforeunload trap': listens('contents', 'will-prevent-unload'),
  'pinch zoom': listens('contents', 'before-input-event'),
  'window manager close': async (app) => {
    await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()
        .find((w) => w.isVisible())
        ?.close(),
    );
  },
  'HTTP authentication prompt': listens('app', 'login'),
  'untrusted TLS certificate': listens('app', 'certificate-error'),
  'IPC from a subframe': listens('contents', 'will-frame-navigate'),
  'IPC from a foreign origin': listens('contents', 'will-navigate'),
  'request to an external host': mustReject(async () => {
    await fetch('https://exfiltration.example/');
  }),
  'path traversal out of the bundle': mustReject(async () => {
    const response = await fetch('/..%2f..%2fpackage.json');
    if (!response.ok) throw new Error(String(response.status));
  }),
  'shell.openExternal': inPage(() => g().open('mailto:someone@example.org')),
};

/** After any attempt: one visible window, on the kiosk's origin, not reloaded, no devtools, no zoom. */
async function expectStillLockedIn(app: ElectronApplication, page: Page): Promise<void> {
  await page.waitForTimeout(300);
  const state = await app.evaluate(({ BrowserWindow }) => {
    const visible = BrowserWindow.getAllWindows().filter((w) => w.isVisible());
    const contents = visible[0]?.webContents;
    return {
      visible: visible.length,
      url: contents?.getURL() ?? '',
      devtools: BrowserWindow.getAllWindows().some((w) => w.webContents.isDevToolsOpened()),
      zoom: contents?.getZoomLevel() ?? 0,
    };
  });
  expect(state.visible).toBe(1);
  expect(new URL(state.url).origin).toBe(ORIGIN);
  expect(state.devtools).toBe(false);
  expect(state.zoom).toBe(0);
  expect(await page.evaluate(() => g().__marker)).toBe(1);
}

if (!executablePath) {
  const reason = electronUnavailableReason({ root });
  test(`Electron escape vectors: skipped (${reason})`, () => test.skip(true, reason));
} else {
  test.describe('Electron escape vectors', () => {
    test.describe.configure({ mode: 'serial' });
    let app: ElectronApplication;
    let page: Page;
    let dataDir: string;

    test.beforeAll(async () => {
      if (!existsSync(mainBundle)) throw new Error(`${mainBundle} is missing: run npm run build`);
      dataDir = mkdtempSync(join(tmpdir(), 'kiosk-electron-escape-'));
      const env: Record<string, string> = {};
      for (const [key, value] of Object.entries(process.env))
        if (value !== undefined && !key.startsWith('KIOSK_')) env[key] = value;
      app = await electron.launch({
        executablePath,
        args: [mainBundle],
        cwd: root,
        env: { ...env, KIOSK_DATA_DIR: dataDir },
      });
      page = await app.firstWindow();
      await expect(page.getByRole('button', { name: 'Commencer' })).toBeVisible();
    });
    test.afterAll(async () => {
      await app?.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    for (const name of ESCAPE_VECTORS) {
      test(`blocks: ${name}`, async () => {
        await page.evaluate(() => {
          g().__marker = 1;
        });
        await ATTEMPTS[name](app, page);
        await expectStillLockedIn(app, page);
      });
    }
  });
}
