/**
 * The escape-vector suite against the fake electron module: each named attempt goes through the
 * handler the shell really installed (keyboard filter, navigation guards, permission handlers,
 * protocol handler, IPC sender check…) and must come out blocked.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installDropGuard } from '../../preload/dropGuard';
import { ipcChannelOf } from '../../shared/contract';
import { invokeFrom, navigate, pressKey, type KeyPress } from './fake-chromium';
import {
  app,
  FakeEvent,
  FakeWebFrame,
  recorded,
  resetFake,
  type BrowserWindow,
  type FakeSession,
  type FakeWebContents,
} from './fake-electron';
import { ESCAPE_VECTORS, type EscapeVector } from './escapeVectors';
import { ORIGIN, paintFirstWindow, startTestShell, type ShellFixture } from './support';

vi.mock('electron', () => import('./fake-electron'));

interface Kiosk {
  window: BrowserWindow;
  contents: FakeWebContents;
  session: FakeSession;
}

type Attempt = (kiosk: Kiosk) => boolean | Promise<boolean>;

const key =
  (press: KeyPress): Attempt =>
  ({ contents }) =>
    pressKey(contents, press);

const ctrl = (k: string, extra: Partial<KeyPress> = {}): Attempt =>
  key({ key: k, control: true, ...extra });

/** Asks the session's permission handler, as Chromium does when a page requests a permission. */
const permission =
  (name: string, details: Record<string, unknown> = {}): Attempt =>
  async ({ contents, session }) => {
    const granted = await new Promise<boolean>((resolve) =>
      session.permissionRequestHandler?.(
        ...([contents, name, resolve, { requestingUrl: `${ORIGIN}/`, ...details }] as never[]),
      ),
    );
    const checked = session.permissionCheckHandler?.(
      ...([contents, name, ORIGIN, { mediaType: 'video', ...details }] as never[]),
    );
    return granted === false && checked === false;
  };

/** Fires a chooser event (WebHID, WebUSB, Serial, Bluetooth): blocked if cancelled at once. */
const chooser =
  (emit: (kiosk: Kiosk, event: FakeEvent, callback: (id?: string) => void) => void): Attempt =>
  (kiosk) => {
    const event = new FakeEvent();
    const chosen: Array<string | undefined> = [];
    emit(kiosk, event, (id) => chosen.push(id));
    return event.defaultPrevented && chosen.length === 1 && !chosen[0];
  };

const forbidden = async (reply: Promise<unknown>) =>
  ((await reply) as { ok: boolean; error?: { code: string } }).error?.code === 'forbidden';

const fetchVia = async (session: FakeSession, url: string) =>
  (await session.protocolHandlers.get('https')!(new Request(url))).status;

const ATTEMPTS: Record<EscapeVector, Attempt> = {
  'reload (F5)': key({ key: 'F5', code: 'F5' }),
  'reload (Ctrl+R)': ctrl('r'),
  'hard reload (Ctrl+Shift+R)': ctrl('R', { shift: true }),
  'devtools (F12)': key({ key: 'F12', code: 'F12' }),
  'devtools (Ctrl+Shift+I)': ctrl('I', { shift: true }),
  'devtools console (Ctrl+Shift+J)': ctrl('J', { shift: true }),
  'devtools inspector (Ctrl+Shift+C)': ctrl('C', { shift: true }),
  'zoom in (Ctrl +)': ctrl('+', { code: 'NumpadAdd' }),
  'zoom out (Ctrl -)': ctrl('-', { code: 'Minus' }),
  'zoom reset (Ctrl 0)': ctrl('à', { code: 'Digit0' }),
  'print dialog (Ctrl+P)': ctrl('p'),
  // No Electron event precedes a page's print(): the page the shell serves is CSP-sandboxed
  // without allow-modals, so Chromium ignores print() in it and in any frame it makes.
  'print dialog (window.print from the page)': async ({ session }) => {
    const response = await session.protocolHandlers.get('https')!(new Request(`${ORIGIN}/`));
    const sandbox = /(?:^|;)\s*sandbox([^;]*)/.exec(
      response.headers.get('content-security-policy') ?? '',
    );
    return response.status === 200 && !!sandbox && !/allow-modals/.test(sandbox[1] ?? '');
  },
  'close tab (Ctrl+W)': ctrl('w'),
  'close tab (Ctrl+F4)': ctrl('F4'),
  'close window (Alt+F4)': key({ key: 'F4', alt: true }),
  'new window (Ctrl+N)': ctrl('n'),
  'new tab (Ctrl+T)': ctrl('t'),
  'open file dialog (Ctrl+O)': ctrl('o'),
  'save page dialog (Ctrl+S)': ctrl('s'),
  'view source (Ctrl+U)': ctrl('u'),
  'fullscreen toggle (F11)': key({ key: 'F11', code: 'F11' }),
  'window.open': ({ contents }) =>
    isDenied(
      contents.windowOpenHandler?.({
        url: 'https://example.org/',
        disposition: 'new-window',
      } as never),
    ),
  'target=_blank link': ({ contents }) =>
    isDenied(
      contents.windowOpenHandler?.({
        url: `${ORIGIN}/aide`,
        disposition: 'foreground-tab',
      } as never),
    ),
  'location change to an external URL': ({ contents }) =>
    navigate(contents, 'will-navigate', 'https://www.google.com/'),
  'file:// URL': ({ contents }) => navigate(contents, 'will-navigate', 'file:///etc/passwd'),
  'javascript: URL': ({ contents }) =>
    navigate(contents, 'will-navigate', 'javascript:alert(document.cookie)'),
  'data: URL': ({ contents }) =>
    navigate(contents, 'will-navigate', 'data:text/html,<h1>Faux portail</h1>'),
  'redirect to an external URL': ({ contents }) =>
    navigate(contents, 'will-redirect', 'https://evil.example/phish'),
  'form posting elsewhere': ({ contents }) =>
    navigate(contents, 'will-navigate', 'https://collect.example/form'),
  'subframe navigating elsewhere': ({ contents }) =>
    navigate(contents, 'will-frame-navigate', 'https://ads.example/', false),
  'drag-and-drop of a file': ({ window, contents }) => {
    const page = new EventTarget();
    installDropGuard(page);
    const drop = new Event('drop', { cancelable: true });
    page.dispatchEvent(drop);
    const prefs = (window.options as { webPreferences?: { navigateOnDragDrop?: boolean } })
      .webPreferences;
    return (
      drop.defaultPrevented &&
      prefs?.navigateOnDragDrop === false &&
      navigate(contents, 'will-navigate', 'file:///home/usager/CV.pdf')
    );
  },
  'drag-and-drop of a link': ({ contents }) => {
    const page = new EventTarget();
    installDropGuard(page);
    const over = new Event('dragover', { cancelable: true });
    page.dispatchEvent(over);
    return over.defaultPrevented && navigate(contents, 'will-navigate', 'https://example.org/');
  },
  'download link': ({ contents, session }) => {
    const item = { cancel: vi.fn() };
    const event = new FakeEvent();
    session.emit('will-download', event, item, contents);
    return event.defaultPrevented && item.cancel.mock.calls.length === 1;
  },
  'geolocation permission': permission('geolocation'),
  'notifications permission': permission('notifications'),
  'microphone permission': permission('media', { mediaTypes: ['audio'], mediaType: 'audio' }),
  'camera outside document capture': permission('media', { mediaTypes: ['video'] }),
  'clipboard-read permission': permission('clipboard-read'),
  'screen capture (getDisplayMedia)': ({ session }) => {
    const answers: unknown[] = [];
    session.displayMediaRequestHandler?.(
      ...([{ videoRequested: true }, (streams: unknown) => answers.push(streams)] as never[]),
    );
    return answers.length === 1 && JSON.stringify(answers[0]) === '{}';
  },
  'WebHID device chooser': chooser(({ session }, event, callback) =>
    session.emit('select-hid-device', event, { deviceList: [{ deviceId: 'h1' }] }, callback),
  ),
  'WebUSB device chooser': chooser(({ session }, event, callback) =>
    session.emit('select-usb-device', event, { deviceList: [{ deviceId: 'u1' }] }, callback),
  ),
  'Web Serial port chooser': chooser(({ session, contents }, event, callback) =>
    session.emit('select-serial-port', event, [{ portId: 's1' }], contents, callback),
  ),
  'Web Bluetooth device chooser': chooser(({ contents }, event, callback) =>
    contents.emit('select-bluetooth-device', event, [{ deviceId: 'b1' }], callback),
  ),
  'webview tag': ({ window, contents }) => {
    const event = new FakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.org/' });
    const prefs = (window.options as { webPreferences?: { webviewTag?: boolean } }).webPreferences;
    return event.defaultPrevented && prefs?.webviewTag === false;
  },
  'devtools opened anyway': ({ contents }) => {
    contents.emit('devtools-opened');
    return contents.devToolsCloses === 1;
  },
  'context menu': ({ contents }) => {
    const event = new FakeEvent();
    contents.emit('context-menu', event, { x: 1, y: 1 });
    return event.defaultPrevented;
  },
  'beforeunload trap': ({ contents }) => {
    const event = new FakeEvent();
    contents.emit('will-prevent-unload', event);
    // preventDefault here means: ignore the page's beforeunload and unload anyway.
    return event.defaultPrevented;
  },
  'pinch zoom': ({ contents }) => JSON.stringify(contents.zoomLimits) === '[1,1]',
  'window manager close': ({ window }) => window.close().defaultPrevented && !window.destroyed,
  'HTTP authentication prompt': ({ contents }) => {
    const event = new FakeEvent();
    const given: unknown[][] = [];
    app.emit('login', event, contents, {}, { host: 'proxy' }, (...args: unknown[]) =>
      given.push(args),
    );
    return event.defaultPrevented && given.length === 1 && given[0]!.length === 0;
  },
  'untrusted TLS certificate': ({ contents }) => {
    const trusted: boolean[] = [];
    app.emit(
      'certificate-error',
      new FakeEvent(),
      contents,
      'https://self-signed.example/',
      'net::ERR_CERT_AUTHORITY_INVALID',
      {},
      (trust: boolean) => trusted.push(trust),
    );
    return trusted.length === 1 && trusted[0] === false;
  },
  'IPC from a subframe': ({ contents }) =>
    forbidden(
      invokeFrom(
        contents,
        ipcChannelOf('visit.start'),
        {},
        new FakeWebFrame(`${ORIGIN}/frame`, contents.mainFrame),
      ),
    ),
  'IPC from a foreign origin': ({ contents }) =>
    forbidden(
      invokeFrom(
        contents,
        ipcChannelOf('visit.start'),
        {},
        new FakeWebFrame('https://evil.example/'),
      ),
    ),
  'request to an external host': async ({ session }) =>
    (await fetchVia(session, 'https://exfiltration.example/?nir=1')) === 403,
  'path traversal out of the bundle': async ({ session }) =>
    (await fetchVia(session, `${ORIGIN}/..%2fsecret.txt`)) === 403,
  'shell.openExternal': () =>
    recorded.openExternalCalls.length === 0 && !sourcesCall('openExternal'),
};

function isDenied(answer: unknown): boolean {
  return (answer as { action?: string } | undefined)?.action === 'deny';
}

/** Whether any main/ or preload/ source calls Electron's shell.<name>. */
function sourcesCall(name: string): boolean {
  const root = join(__dirname, '..', '..');
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const path = join(dir, entry);
      return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
    });
  return ['main', 'preload']
    .flatMap((dir) => walk(join(root, dir)))
    .some((file) => readFileSync(file, 'utf8').includes(`${name}(`));
}

describe('escape vectors (fake electron)', () => {
  let fixture: ShellFixture;
  beforeEach(() => {
    resetFake();
    fixture = startTestShell();
    paintFirstWindow();
  });
  afterEach(() => fixture.dispose());
  afterAll(() => expect(recorded.openExternalCalls).toEqual([]));

  it('covers at least 30 named vectors', () => {
    expect(new Set(ESCAPE_VECTORS).size).toBeGreaterThanOrEqual(30);
  });

  it.each(ESCAPE_VECTORS.map((name) => [name]))('blocks: %s', async (name) => {
    const window = fixture.current();
    const kiosk: Kiosk = {
      window,
      contents: window.webContents,
      session: window.webContents.session,
    };
    await fixture.core.dispatch('visit.start', {}, { transport: 'ipc' });
    expect(await ATTEMPTS[name](kiosk)).toBe(true);
    // Whatever the attempt, the kiosk still shows one window, on its own origin.
    expect(recorded.windows.filter((w) => w.visible && !w.destroyed)).toEqual([window]);
    expect(window.webContents.getURL()).toBe(`${ORIGIN}/`);
  });
});

describe('the camera during document capture (the one permission ever granted)', () => {
  let fixture: ShellFixture;
  let capturing = false;
  beforeEach(() => {
    resetFake();
    capturing = false;
    fixture = startTestShell({ cameraAllowed: () => capturing });
    paintFirstWindow();
  });
  afterEach(() => fixture.dispose());

  const ask = (contents: FakeWebContents, mediaTypes: string[], url = `${ORIGIN}/`) =>
    new Promise<boolean>((resolve) =>
      contents.session.permissionRequestHandler?.(
        ...([contents, 'media', resolve, { requestingUrl: url, mediaTypes }] as never[]),
      ),
    );

  it('grants video to the current window only while capture is on', async () => {
    const current = fixture.current().webContents;
    expect(await ask(current, ['video'])).toBe(false);
    capturing = true;
    expect(await ask(current, ['video'])).toBe(true);
    expect(
      current.session.permissionCheckHandler?.(
        ...([current, 'media', ORIGIN, { mediaType: 'video' }] as never[]),
      ),
    ).toBe(true);
  });

  it('never with the microphone, from the hidden window or from another origin', async () => {
    capturing = true;
    const current = fixture.current().webContents;
    expect(await ask(current, ['video', 'audio'])).toBe(false);
    expect(await ask(current, ['audio'])).toBe(false);
    expect(await ask(current, ['video'], 'https://evil.example/')).toBe(false);
    expect(await ask(fixture.prewarmed().webContents, ['video'])).toBe(false);
  });
});
