/**
 * Browser mode's crash path: the host notices that the page's event stream is gone for good and
 * ends the visit as a crash; the next page it serves goes through the wipe first.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KioskEvent } from '../../../shared/contract';
import { parseConfig } from '../../../main/core/config';
import { createKioskCore } from '../../../main/core/kiosk';
import { silentLogger } from '../../../main/core/logging';
import type { KioskCore } from '../../../main/core/types';
import { PageWatch } from '../../../main/host/pageWatch';
import { startHost, type RunningHost } from '../../../main/host/server';

describe('PageWatch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const make = (visit: boolean) => {
    const ended: string[] = [];
    const core = {
      hasVisit: () => visit,
      endVisit: async (reason: string) => void ended.push(reason),
    };
    const watch = new PageWatch({
      core: core,
      logger: silentLogger,
      graceMs: 5000,
      setTimer: (cb, ms) => setTimeout(cb, ms),
      clearTimer: (h) => clearTimeout(h as number),
    });
    return { watch, ended };
  };

  it('ends the visit as a crash when no page comes back within the grace period', () => {
    const { watch, ended } = make(true);
    watch.attached();
    watch.detached();
    vi.advanceTimersByTime(4999);
    expect(ended).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ended).toEqual(['crash']);
  });

  it('a reconnection within the grace period (reload, network hiccup) keeps the visit', () => {
    const { watch, ended } = make(true);
    watch.attached();
    watch.detached();
    vi.advanceTimersByTime(3000);
    watch.attached();
    vi.advanceTimersByTime(60_000);
    expect(ended).toEqual([]);
  });

  it('a page leaving between visits is not a crash', () => {
    const { watch, ended } = make(false);
    watch.attached();
    watch.detached();
    vi.advanceTimersByTime(60_000);
    expect(ended).toEqual([]);
  });

  it('one of two pages closing is not a crash', () => {
    const { watch, ended } = make(true);
    watch.attached();
    watch.attached();
    watch.detached();
    vi.advanceTimersByTime(60_000);
    expect(ended).toEqual([]);
  });
});

describe('host: a page lost during a visit', () => {
  let host: RunningHost;
  let core: KioskCore;
  const events: KioskEvent[] = [];

  beforeEach(async () => {
    const root = mkdtempSync(join(tmpdir(), 'kiosk-renderer-'));
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><html><head></head><body>app</body></html>',
    );
    const config = parseConfig({ dataDir: mkdtempSync(join(tmpdir(), 'kiosk-data-')) });
    core = createKioskCore({
      config,
      apiBaseUrl: 'http://127.0.0.1:9',
      logger: silentLogger,
      mode: 'browser',
      appVersion: 't',
      heartbeatMs: 0,
    });
    events.length = 0;
    core.onEvent((event) => events.push(event));
    host = await startHost({
      core,
      rendererRoot: root,
      port: 0,
      logger: silentLogger,
      pageLostGraceSeconds: 1,
    });
  });
  afterEach(async () => {
    await core.close();
    await host.close();
  });

  it('ends the visit with reason crash, and wipes the next page load before serving the app', async () => {
    const page = await (await fetch(host.url)).text();
    const token = /name="kiosk-host-token" content="([^"]+)"/.exec(page)?.[1] ?? '';
    const controller = new AbortController();
    const stream = await fetch(new URL(`/events?token=${token}`, host.url), {
      signal: controller.signal,
    });
    void stream.body?.cancel().catch(() => undefined);
    const started = await fetch(new URL('/rpc/visit.start', host.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-kiosk-token': token },
      body: '{}',
    });
    expect(await started.json()).toMatchObject({ ok: true });
    // The renderer process dies: its connection goes, nothing reconnects.
    controller.abort();
    await vi.waitFor(() => expect(core.hasVisit()).toBe(false), { timeout: 5000 });
    expect(events.at(-1)).toEqual({ name: 'visit.ended', payload: { reason: 'crash' } });

    const next = await fetch(host.url);
    expect(next.headers.get('clear-site-data')).toContain('"storage"');
    expect(await next.text()).toContain('url=/');
    // Once wiped, the app itself is served again.
    const after = await fetch(host.url);
    expect(after.headers.get('clear-site-data')).toBeNull();
    expect(await after.text()).toContain('app');
  });

  it('a visit ended by "Terminer" also sends any page load through the wipe once', async () => {
    const page = await (await fetch(host.url)).text();
    const token = /name="kiosk-host-token" content="([^"]+)"/.exec(page)?.[1] ?? '';
    const rpc = (method: string, body: unknown) =>
      fetch(new URL(`/rpc/${method}`, host.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-kiosk-token': token },
        body: JSON.stringify(body),
      });
    await rpc('visit.start', {});
    await rpc('visit.end', { reason: 'user' });
    expect((await fetch(host.url)).headers.get('clear-site-data')).not.toBeNull();
    expect((await fetch(host.url)).headers.get('clear-site-data')).toBeNull();
  });
});
