import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recorded, resetFake } from './fake-electron';
import { ORIGIN, paintFirstWindow, startTestShell, type ShellFixture } from './support';

vi.mock('electron', () => import('./fake-electron'));

describe('the kiosk window', () => {
  let kiosk: ShellFixture;
  beforeEach(() => {
    resetFake();
    kiosk = startTestShell();
  });
  afterEach(() => kiosk.dispose());

  it('is a locked-down, full-screen kiosk window with a sandboxed renderer', () => {
    const [first] = recorded.windows;
    expect(first?.options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      frame: false,
      autoHideMenuBar: true,
      show: false,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        spellcheck: false,
        navigateOnDragDrop: false,
        devTools: false,
        preload: '/app/dist/preload/index.cjs',
      },
    });
    expect((first?.options as { backgroundColor?: string }).backgroundColor).toMatch(/^#/);
  });

  it('shows the welcome window only once painted, and pre-warms a hidden second one', () => {
    expect(recorded.windows).toHaveLength(2);
    expect(recorded.windows.every((w) => !w.visible)).toBe(true);
    const first = paintFirstWindow();
    expect(first.visible).toBe(true);
    expect(kiosk.prewarmed()).toBe(recorded.windows[1]);
    for (const window of recorded.windows) expect(window.webContents.getURL()).toBe(`${ORIGIN}/`);
  });

  it('gives every window its own fresh, in-memory partition (never persist:)', () => {
    const partitions = recorded.windows.map((w) => w.options.webPreferences?.partition);
    expect(partitions).toEqual(kiosk.partitions);
    expect(new Set(partitions).size).toBe(partitions.length);
    for (const partition of partitions) {
      expect(partition).toMatch(/^visit-/);
      expect(partition).not.toMatch(/persist:/);
    }
  });

  it('removes the application menu', () => {
    expect(recorded.applicationMenu).toBeNull();
  });

  it('refuses a close that does not come from the shell (window manager, Alt+F4 past the filter)', () => {
    const first = paintFirstWindow();
    const event = first.close();
    expect(event.defaultPrevented).toBe(true);
    expect(first.destroyed).toBe(false);
  });

  it('keeps the shown window on top and takes the focus back when something else grabs it', async () => {
    const first = paintFirstWindow();
    expect(first.alwaysOnTop).toEqual([true, 'screen-saver']);
    const before = first.focusCalls;
    first.emit('blur');
    expect(first.focusCalls).toBe(before + 1);
    // The hidden pre-warmed window never steals the focus back.
    const hidden = kiosk.prewarmed();
    hidden.emit('blur');
    expect(hidden.focusCalls).toBe(0);
  });

  it('puts the next window on top too when a visit ends', async () => {
    paintFirstWindow();
    const next = kiosk.prewarmed();
    await kiosk.shell.windows.rotate();
    expect(kiosk.current()).toBe(next);
    expect(next.alwaysOnTop).toEqual([true, 'screen-saver']);
  });
});

describe('devTools', () => {
  it('are available only when config.shell.devTools says so', async () => {
    resetFake();
    const kiosk = startTestShell({ devTools: true });
    expect(recorded.windows[0]?.options).toMatchObject({ webPreferences: { devTools: true } });
    await kiosk.dispose();
  });
});
