import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannelOf } from '../../shared/contract';
import { invokeFrom } from './fake-chromium';
import { app, resetFake } from './fake-electron';
import { paintFirstWindow, startTestShell, type ShellFixture } from './support';

vi.mock('electron', () => import('./fake-electron'));

describe('relaunch between visits', () => {
  let kiosk: ShellFixture | undefined;
  beforeEach(() => resetFake());
  afterEach(async () => {
    await kiosk?.dispose();
    vi.useRealTimers();
  });

  const visit = async (fixture: ShellFixture) => {
    const contents = fixture.current().webContents;
    await invokeFrom(contents, ipcChannelOf('visit.start'), {});
    await invokeFrom(contents, ipcChannelOf('visit.end'), { reason: 'user' });
  };

  it('relaunches the app (relaunch + quit) after the Nth visit has been wiped, not before', async () => {
    kiosk = startTestShell({ relaunchEveryVisits: 2 });
    paintFirstWindow();
    await visit(kiosk);
    expect(app.relaunchCalls).toBe(0);
    await visit(kiosk);
    expect(app.relaunchCalls).toBe(1);
    expect(app.quitCalls).toBe(1);
    expect(kiosk.core.hasVisit()).toBe(false);
  });

  it('the nightly relaunch falling due during a visit waits for its end', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 10, 23, 2, 59, 0));
    kiosk = startTestShell({ nightlyRelaunchHour: 3 });
    paintFirstWindow();
    const contents = kiosk.current().webContents;
    await invokeFrom(contents, ipcChannelOf('visit.start'), {});
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(app.relaunchCalls).toBe(0);
    await invokeFrom(contents, ipcChannelOf('visit.end'), { reason: 'user' });
    expect(app.relaunchCalls).toBe(1);
  });
});
