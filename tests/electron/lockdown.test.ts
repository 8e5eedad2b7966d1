import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BLOCKED_SHORTCUTS } from '../../main/shell';
import { navigate, pressKey, type KeyPress } from './fake-chromium';
import { BrowserWindow, FakeEvent, recorded, resetFake, type FakeSession } from './fake-electron';
import { ORIGIN, paintFirstWindow, startTestShell, type ShellFixture } from './support';

vi.mock('electron', () => import('./fake-electron'));

/** Turns a blocked-shortcut entry into the key press a user would make. */
function pressFor(shortcut: (typeof BLOCKED_SHORTCUTS)[number]): KeyPress {
  return {
    key: shortcut.keys[0]!,
    control: shortcut.ctrl ?? false,
    shift: shortcut.shift ?? false,
    alt: shortcut.alt ?? false,
  };
}

describe('lockdown', () => {
  let kiosk: ShellFixture;
  beforeEach(() => {
    resetFake();
    kiosk = startTestShell();
    paintFirstWindow();
  });
  afterEach(() => kiosk.dispose());

  const contents = () => kiosk.current().webContents;

  it('denies window.open', () => {
    expect(contents().windowOpenHandler?.({ url: 'https://example.org/' } as never)).toEqual({
      action: 'deny',
    });
    expect(contents().windowOpenHandler?.({ url: `${ORIGIN}/other` } as never)).toEqual({
      action: 'deny',
    });
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'] as const)(
    '%s: another origin is prevented, the kiosk origin is allowed',
    (kind) => {
      expect(navigate(contents(), kind, 'https://example.org/')).toBe(true);
      expect(navigate(contents(), kind, 'http://kiosque.localhost/')).toBe(true);
      expect(navigate(contents(), kind, 'https://kiosque.localhost:8443/')).toBe(true);
      expect(navigate(contents(), kind, 'file:///etc/passwd')).toBe(true);
      expect(navigate(contents(), kind, 'data:text/html,<p>x</p>')).toBe(true);
      expect(navigate(contents(), kind, `${ORIGIN}/connexion`)).toBe(false);
    },
  );

  it('prevents attaching a webview', () => {
    const event = new FakeEvent();
    contents().emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('suppresses the context menu', () => {
    const event = new FakeEvent();
    contents().emit('context-menu', event, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('locks down any other webContents too (e.g. one a bug would create)', () => {
    const stray = new BrowserWindow({ webPreferences: { partition: 'stray' } });
    expect(stray.webContents.windowOpenHandler?.({} as never)).toEqual({ action: 'deny' });
    expect(navigate(stray.webContents, 'will-navigate', 'https://example.org/')).toBe(true);
  });

  describe('on every visit partition', () => {
    const sessions = (): FakeSession[] => [...recorded.sessions.values()];

    it('denies every permission request, check and device access', async () => {
      expect(sessions().length).toBeGreaterThanOrEqual(2);
      for (const session of sessions()) {
        for (const permission of [
          'media',
          'geolocation',
          'notifications',
          'clipboard-read',
          'hid',
        ]) {
          const granted = await new Promise<boolean>((resolve) =>
            session.permissionRequestHandler?.(
              ...([contents(), permission, resolve, {}] as unknown as never[]),
            ),
          );
          expect(granted, permission).toBe(false);
          expect(
            session.permissionCheckHandler?.(...([contents(), permission, ORIGIN, {}] as never[])),
          ).toBe(false);
        }
        expect(session.devicePermissionHandler?.(...([{ deviceType: 'usb' }] as never[]))).toBe(
          false,
        );
      }
    });

    it('cancels every download', () => {
      for (const session of sessions()) {
        const item = { cancel: vi.fn() };
        const event = new FakeEvent();
        session.emit('will-download', event, item, contents());
        expect(event.defaultPrevented).toBe(true);
        expect(item.cancel).toHaveBeenCalledOnce();
      }
    });
  });

  describe('keyboard filter', () => {
    it.each(BLOCKED_SHORTCUTS.map((s) => [s.name, s] as const))('blocks %s', (_name, shortcut) => {
      expect(pressKey(contents(), pressFor(shortcut))).toBe(true);
    });

    it('blocks Cmd as well as Ctrl, and zoom by its key position on AZERTY', () => {
      expect(pressKey(contents(), { key: 'r', meta: true })).toBe(true);
      expect(pressKey(contents(), { key: 'à', code: 'Digit0', control: true })).toBe(true);
      expect(pressKey(contents(), { key: '+', code: 'NumpadAdd', control: true })).toBe(true);
      expect(pressKey(contents(), { key: 'R', control: true, shift: true })).toBe(true);
    });

    it.each<[string, KeyPress]>([
      ['a letter', { key: 'a', code: 'KeyQ' }],
      ['a capital letter', { key: 'É', shift: true }],
      ['a digit', { key: '0', code: 'Digit0', shift: true }],
      ['Tab', { key: 'Tab', code: 'Tab' }],
      ['Shift+Tab', { key: 'Tab', code: 'Tab', shift: true }],
      ['Enter', { key: 'Enter', code: 'Enter' }],
      ['Backspace', { key: 'Backspace', code: 'Backspace' }],
      ['Escape', { key: 'Escape', code: 'Escape' }],
      [
        'AltGr+à for @ (Windows reports Ctrl+Alt)',
        { key: '@', code: 'Digit0', control: true, alt: true },
      ],
      ['copy', { key: 'c', control: true }],
      ['paste', { key: 'v', control: true }],
      ['select all', { key: 'a', control: true }],
      ['undo', { key: 'z', control: true }],
    ])('lets %s through', (_name, press) => {
      expect(pressKey(contents(), press)).toBe(false);
    });
  });

  it('closes devtools that open anyway, unless the development flag is set', async () => {
    contents().emit('devtools-opened');
    expect(contents().devToolsCloses).toBe(1);
    await kiosk.dispose();
    resetFake();
    kiosk = startTestShell({ devTools: true });
    paintFirstWindow();
    contents().emit('devtools-opened');
    expect(contents().devToolsCloses).toBe(0);
  });

  it('locks the session of a stray webContents as well (permissions, downloads)', async () => {
    const stray = new BrowserWindow({ webPreferences: { partition: 'stray-2' } });
    const session = stray.webContents.session;
    const granted = await new Promise<boolean>((resolve) =>
      session.permissionRequestHandler?.(
        ...([
          stray.webContents,
          'media',
          resolve,
          { requestingUrl: `${ORIGIN}/`, mediaTypes: ['video'] },
        ] as never[]),
      ),
    );
    expect(granted).toBe(false);
    expect(session.listenerCount('will-download')).toBe(1);
  });
});
