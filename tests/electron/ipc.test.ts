import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, ipcChannelOf, methodNames } from '../../shared/contract';
import { invokeFrom } from './fake-chromium';
import { BrowserWindow, FakeWebFrame, recorded, resetFake } from './fake-electron';
import { ORIGIN, paintFirstWindow, startTestShell, type ShellFixture } from './support';

vi.mock('electron', () => import('./fake-electron'));

describe('IPC from the contract', () => {
  let kiosk: ShellFixture;
  let dispatch: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    resetFake();
    kiosk = startTestShell();
    paintFirstWindow();
    dispatch = vi.spyOn(kiosk.core, 'dispatch');
  });
  afterEach(() => kiosk.dispose());

  const current = () => kiosk.current().webContents;

  it('handles every contract method on its channel, and nothing else', () => {
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual(methodNames.map(ipcChannelOf).sort());
  });

  it('passes a call from the visit window to the core, and returns its result', async () => {
    const reply = await invokeFrom(current(), ipcChannelOf('visit.start'), {});
    expect(reply).toMatchObject({ ok: true, value: { visitId: expect.any(String) } });
    expect(dispatch).toHaveBeenCalledWith('visit.start', {}, { transport: 'ipc' });
    expect(kiosk.core.hasVisit()).toBe(true);
  });

  it('lets the core validate the input (invalid input never starts anything)', async () => {
    const reply = await invokeFrom(current(), ipcChannelOf('visit.end'), { reason: 'idle' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  describe('refuses, with forbidden, and never reaches the core:', () => {
    const expectForbidden = async (reply: Promise<unknown>) => {
      expect(await reply).toEqual({
        ok: false,
        error: { code: 'forbidden', message: expect.any(String) },
      });
      expect(dispatch).not.toHaveBeenCalled();
      expect(kiosk.core.hasVisit()).toBe(false);
    };

    it('a webContents that is not a visit window', async () => {
      const stranger = new BrowserWindow({ webPreferences: { partition: 'other' } });
      await stranger.loadURL(`${ORIGIN}/`);
      await expectForbidden(invokeFrom(stranger.webContents, ipcChannelOf('visit.start'), {}));
    });

    it('a visit window whose main frame is on another origin', async () => {
      await current().loadURL('https://evil.example/');
      await expectForbidden(invokeFrom(current(), ipcChannelOf('visit.start'), {}));
    });

    it('a subframe, even on the kiosk origin', async () => {
      const subframe = new FakeWebFrame(`${ORIGIN}/frame`, current().mainFrame);
      await expectForbidden(invokeFrom(current(), ipcChannelOf('visit.start'), {}, subframe));
    });

    it('a frame that is already gone', async () => {
      await expectForbidden(invokeFrom(current(), ipcChannelOf('visit.start'), {}, null));
    });

    it('the hidden pre-warmed window, for anything but the settings', async () => {
      const hidden = kiosk.prewarmed().webContents;
      await expectForbidden(invokeFrom(hidden, ipcChannelOf('visit.start'), {}));
    });
  });

  it('lets the pre-warmed window read the settings, which its welcome screen needs', async () => {
    const hidden = kiosk.prewarmed().webContents;
    const reply = await invokeFrom(hidden, ipcChannelOf('kiosk.settings'), {});
    expect(reply).toMatchObject({ ok: true, value: { mode: 'electron', locale: 'fr' } });
  });

  it('sends core events to the current visit window only', async () => {
    vi.useFakeTimers();
    try {
      await invokeFrom(current(), ipcChannelOf('visit.start'), {});
      vi.advanceTimersByTime(120_000); // idle warning (default config)
      expect(current().sent).toEqual([
        {
          channel: IPC_EVENT_CHANNEL,
          args: [{ name: 'visit.warning', payload: { secondsLeft: 30 } }],
        },
      ]);
      expect(kiosk.prewarmed().webContents.sent).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
