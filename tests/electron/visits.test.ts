import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../main/core/logging';
import { ipcChannelOf } from '../../shared/contract';
import { invokeFrom } from './fake-chromium';
import { app, recorded, resetFake, type BrowserWindow } from './fake-electron';
import { paintFirstWindow, startTestShell, type ShellFixture } from './support';

vi.mock('electron', () => import('./fake-electron'));

const WIPE_CALLS = [
  'clearData',
  'clearAuthCache',
  'clearHostResolverCache',
  'clearCodeCaches([{}])',
  'closeAllConnections',
];

const partitionOf = (window: BrowserWindow) => window.options.webPreferences?.partition ?? '';
const sessionOf = (window: BrowserWindow) => recorded.sessions.get(partitionOf(window))!;

describe('visits and their wipe', () => {
  let kiosk: ShellFixture;
  beforeEach(() => {
    resetFake();
    kiosk = startTestShell();
    paintFirstWindow();
  });
  afterEach(() => kiosk.dispose());

  const startVisit = async () => {
    const reply = await invokeFrom(kiosk.current().webContents, ipcChannelOf('visit.start'), {});
    expect(reply).toMatchObject({ ok: true });
  };

  it('"Terminer" shows the pre-warmed window, destroys the old one and wipes its partition', async () => {
    const visitWindow = kiosk.current();
    const prewarmed = kiosk.prewarmed();
    await startVisit();
    await invokeFrom(visitWindow.webContents, ipcChannelOf('visit.end'), { reason: 'user' });

    expect(visitWindow.destroyed).toBe(true);
    expect(kiosk.current()).toBe(prewarmed);
    expect(sessionOf(visitWindow).calls).toEqual(WIPE_CALLS);
    expect(recorded.clipboardClears).toBe(1);
    // The window now shown was never used, and was not wiped.
    expect(sessionOf(prewarmed).calls).toEqual([]);
    expect(kiosk.events.at(-1)).toEqual({ name: 'visit.ended', payload: { reason: 'user' } });
  });

  it('pre-warms a new window on a new partition for the next visit', async () => {
    const before = new Set(recorded.windows);
    await startVisit();
    await invokeFrom(kiosk.current().webContents, ipcChannelOf('visit.end'), { reason: 'user' });
    const next = kiosk.prewarmed();
    expect(before.has(next)).toBe(false);
    expect(new Set(kiosk.partitions).size).toBe(3);
    expect(partitionOf(next)).toBe(kiosk.partitions[2]);
  });

  it('the next visit runs in the fresh window; the old one is no longer trusted', async () => {
    const old = kiosk.current();
    await startVisit();
    await invokeFrom(old.webContents, ipcChannelOf('visit.end'), { reason: 'user' });
    expect(await invokeFrom(old.webContents, ipcChannelOf('visit.start'), {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await startVisit();
    expect(kiosk.core.hasVisit()).toBe(true);
  });

  it('an idle timeout ends the visit the same way', async () => {
    vi.useFakeTimers();
    try {
      const visitWindow = kiosk.current();
      await startVisit();
      await vi.advanceTimersByTimeAsync(150_000);
      expect(visitWindow.destroyed).toBe(true);
      expect(sessionOf(visitWindow).calls).toEqual(WIPE_CALLS);
      expect(kiosk.events.at(-1)).toEqual({ name: 'visit.ended', payload: { reason: 'idle' } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('a renderer crash ends the visit with reason crash, in a fresh window (never a reload)', async () => {
    const visitWindow = kiosk.current();
    const prewarmed = kiosk.prewarmed();
    await startVisit();
    visitWindow.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    await vi.waitFor(() => expect(visitWindow.destroyed).toBe(true));
    await vi.waitFor(() => expect(sessionOf(visitWindow).calls).toEqual(WIPE_CALLS));
    expect(kiosk.core.hasVisit()).toBe(false);
    expect(kiosk.events.at(-1)).toEqual({ name: 'visit.ended', payload: { reason: 'crash' } });
    expect(kiosk.current()).toBe(prewarmed);
  });

  it('an unresponsive renderer is crashed, then handled as a crash', async () => {
    const visitWindow = kiosk.current();
    await startVisit();
    visitWindow.webContents.emit('unresponsive');
    expect(visitWindow.webContents.crashRequests).toBe(1);
    await vi.waitFor(() => expect(kiosk.events.at(-1)?.name).toBe('visit.ended'));
    expect(kiosk.events.at(-1)).toEqual({ name: 'visit.ended', payload: { reason: 'crash' } });
    expect(visitWindow.destroyed).toBe(true);
  });

  it('a crash on the welcome screen (no visit) still replaces the window', async () => {
    const welcome = kiosk.current();
    const prewarmed = kiosk.prewarmed();
    welcome.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    await vi.waitFor(() => expect(welcome.destroyed).toBe(true));
    expect(kiosk.current()).toBe(prewarmed);
    expect(kiosk.events.some((e) => e.name === 'visit.ended')).toBe(false);
  });

  it('a crash of the hidden pre-warmed window drops it; the next visit end creates one', async () => {
    const prewarmed = kiosk.prewarmed();
    prewarmed.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    await vi.waitFor(() => expect(prewarmed.destroyed).toBe(true));
    const visitWindow = kiosk.current();
    await startVisit();
    await invokeFrom(visitWindow.webContents, ipcChannelOf('visit.end'), { reason: 'user' });
    expect(visitWindow.destroyed).toBe(true);
    expect(kiosk.current()).not.toBe(prewarmed);
    expect(kiosk.prewarmed()).toBeDefined();
  });

  it('closing the shell destroys every window and wipes every partition', async () => {
    const windows = recorded.windows.slice();
    await kiosk.shell.close();
    for (const window of windows) {
      expect(window.destroyed).toBe(true);
      expect(sessionOf(window).calls).toEqual(WIPE_CALLS);
    }
  });
});

describe('a wipe step that fails', () => {
  it('does not stop the other steps, and the audit line says wipeOk: false', async () => {
    resetFake();
    const logDir = mkdtempSync(join(tmpdir(), 'kiosk-wipe-log-'));
    const kiosk = startTestShell({ logger: createLogger({ dir: logDir }) });
    try {
      paintFirstWindow();
      const visitWindow = kiosk.current();
      const session = sessionOf(visitWindow);
      session.clearData = () => Promise.reject(new Error('storage busy'));
      await invokeFrom(visitWindow.webContents, ipcChannelOf('visit.start'), {});
      await invokeFrom(visitWindow.webContents, ipcChannelOf('visit.end'), { reason: 'user' });
      expect(session.calls).toEqual(WIPE_CALLS.slice(1));
      expect(recorded.clipboardClears).toBe(1);
      expect(visitWindow.destroyed).toBe(true);
      const audit = readFileSync(join(logDir, 'kiosk.log'), 'utf8')
        .split('\n')
        .find((line) => line.includes('"event":"visit.ended"'));
      expect(audit).toContain('"wipeOk":false');
      expect(audit).toContain('"reason":"user"');
      // A fresh process is the only sure wipe left: the app relaunches, between visits.
      expect(app.relaunchCalls).toBe(1);
      // Until it does, the next visit still works, in a fresh window.
      expect(
        await invokeFrom(kiosk.current().webContents, ipcChannelOf('visit.start'), {}),
      ).toMatchObject({ ok: true });
    } finally {
      await kiosk.dispose();
    }
  });
});
