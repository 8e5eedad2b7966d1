import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { contractMethodNames } from '../../preload/contractMethods';
import { IPC_EVENT_CHANNEL, ipcChannelOf, methodNames, type KioskApi } from '../../shared/contract';
import { sendToRenderer } from './fake-chromium';
import { recorded, resetFake } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

describe('the preload', () => {
  let kiosk: KioskApi;
  beforeAll(async () => {
    resetFake();
    // Loaded once, as in a renderer: the module runs contextBridge.exposeInMainWorld on import.
    await import('../../preload/index');
    kiosk = recorded.exposed.get('kiosk') as KioskApi;
  });
  beforeEach(() => {
    recorded.invocations.length = 0;
    recorded.invokeReply = () => ({ ok: true, value: {} });
  });
  it('exposes exactly window.kiosk = { call, on }: no ipcRenderer, no generic send', async () => {
    expect([...recorded.exposed.keys()]).toEqual(['kiosk']);
    expect(Object.keys(kiosk).sort()).toEqual(['call', 'on']);
    expect(typeof kiosk.call).toBe('function');
    expect(typeof kiosk.on).toBe('function');
  });

  it("invokes the method's own channel with the input, and returns main's reply", async () => {
    recorded.invokeReply = (channel) => ({ ok: true, value: { visitId: `from ${channel}` } });
    const reply = await kiosk.call('visit.start', {});
    expect(recorded.invocations).toEqual([{ channel: ipcChannelOf('visit.start'), args: [{}] }]);
    expect(reply).toEqual({ ok: true, value: { visitId: 'from kiosk:visit.start' } });
  });

  it('knows exactly the contract methods (its zod-free list matches the contract)', async () => {
    expect([...contractMethodNames].sort()).toEqual([...methodNames].sort());
    for (const method of methodNames) {
      recorded.invocations.length = 0;
      await kiosk.call(method, {});
      expect(recorded.invocations).toEqual([{ channel: ipcChannelOf(method), args: [{}] }]);
    }
  });

  it('refuses a method outside the contract without sending anything to main', async () => {
    const call = kiosk.call as (method: string, input: unknown) => Promise<unknown>;
    for (const method of ['fs.readFile', '__proto__', 'constructor', 'toString']) {
      expect(await call(method, {})).toEqual({
        ok: false,
        error: { code: 'unknown_method', message: expect.any(String) },
      });
    }
    expect(recorded.invocations).toEqual([]);
  });

  it('turns a failed invoke into an internal error, never a thrown exception', async () => {
    recorded.invokeReply = () => {
      throw new Error('No handler registered');
    };
    expect(await kiosk.call('kiosk.settings', {})).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('fans the event channel out by event name, hands over only the payload, and unsubscribes', async () => {
    const warnings: unknown[] = [];
    const ended: unknown[] = [];
    const stop = kiosk.on('visit.warning', (payload) => warnings.push(payload));
    kiosk.on('visit.ended', (payload) => ended.push(payload));

    sendToRenderer(IPC_EVENT_CHANNEL, { name: 'visit.warning', payload: { secondsLeft: 30 } });
    expect(warnings).toEqual([{ secondsLeft: 30 }]);
    expect(ended).toEqual([]);

    stop();
    sendToRenderer(IPC_EVENT_CHANNEL, { name: 'visit.warning', payload: { secondsLeft: 10 } });
    expect(warnings).toHaveLength(1);
  });
});
