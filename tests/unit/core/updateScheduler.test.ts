import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../../main/core/logging';
import { createUpdateFeed, updatesEnabled } from '../../../main/core/updates/updateFeed';
import { UpdateScheduler, updateErrorCode } from '../../../main/core/updates/updateScheduler';
import type { Timers } from '../../../main/core/visit/timers';
import { parseConfig } from '../../../main/core/config';

const timers: Timers = {
  setTimeout: (cb, ms) => setTimeout(cb, ms),
  clearTimeout: (h) => clearTimeout(h as number),
  now: () => Date.now(),
};

/** An updater double: counts checks and installs; the test emits its events. */
class FakeUpdater extends EventEmitter {
  checks = 0;
  installs = 0;
  failNextCheck: Error | undefined;
  checkForUpdates(): Promise<unknown> {
    this.checks += 1;
    const error = this.failNextCheck;
    this.failNextCheck = undefined;
    return error ? Promise.reject(error) : Promise.resolve(null);
  }
  quitAndInstall(): void {
    this.installs += 1;
  }
}

function make() {
  const updater = new FakeUpdater();
  const state = { visit: false };
  const lines: Array<[string, Record<string, unknown> | undefined]> = [];
  const logger: Logger = {
    debug: () => undefined,
    info: (event, fields) => lines.push([event, fields]),
    warn: (event, fields) => lines.push([event, fields]),
    error: (event, fields) => lines.push([event, fields]),
    child: () => logger,
  };
  const scheduler = new UpdateScheduler({
    updater,
    hasVisit: () => state.visit,
    firstCheckMs: 60_000,
    checkIntervalMs: 3_600_000,
    logger,
    timers,
  });
  scheduler.start();
  return { updater, scheduler, state, lines };
}

describe('update scheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('checks after the first delay, then every interval, visit or not', async () => {
    const { updater, state } = make();
    await vi.advanceTimersByTimeAsync(59_000);
    expect(updater.checks).toBe(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(updater.checks).toBe(1);
    state.visit = true;
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(updater.checks).toBe(2);
  });

  it('installs a download at once between visits', () => {
    const { updater, lines } = make();
    updater.emit('update-downloaded', { version: '1.2.0' });
    expect(updater.installs).toBe(1);
    expect(lines.map(([event]) => event)).toEqual(['update.downloaded', 'update.installing']);
  });

  it('waits for the end of the visit a download completes in, never interrupting it', () => {
    const { updater, scheduler, state, lines } = make();
    state.visit = true;
    updater.emit('update-downloaded', { version: '1.2.0' });
    expect(updater.installs).toBe(0);
    expect(lines.map(([event]) => event)).toContain('update.deferred');
    // The visit's end event raced with a new visit: still nothing.
    scheduler.visitEnded();
    expect(updater.installs).toBe(0);
    state.visit = false;
    scheduler.visitEnded();
    expect(updater.installs).toBe(1);
    scheduler.visitEnded();
    expect(updater.installs).toBe(1);
  });

  it('logs failures as codes only and goes on checking', async () => {
    const { updater, lines } = make();
    updater.failNextCheck = Object.assign(new Error('GET https://api/v1/updates/x 500 body…'), {
      statusCode: 500,
    });
    await vi.advanceTimersByTimeAsync(60_000);
    updater.emit(
      'error',
      Object.assign(new Error('sha512 checksum mismatch, expected a, got b'), {
        code: 'ERR_CHECKSUM_MISMATCH',
      }),
    );
    expect(lines).toEqual([
      ['update.check_failed', { code: 'http_500' }],
      ['update.failed', { code: 'ERR_CHECKSUM_MISMATCH' }],
    ]);
    expect(JSON.stringify(lines)).not.toContain('https://');
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(updater.checks).toBe(2);
    expect(updater.installs).toBe(0);
    expect(updateErrorCode('text')).toBe('unknown');
    expect(updateErrorCode({ code: 'has spaces in it' })).toBe('unknown');
  });
});

describe('update feed', () => {
  it('is on with a central API URL, off for the embedded demo, as the config says otherwise', () => {
    expect(updatesEnabled(parseConfig({}))).toBe(false);
    expect(updatesEnabled(parseConfig({ centralApi: { url: 'https://api.example/' } }))).toBe(true);
    expect(
      updatesEnabled(
        parseConfig({ centralApi: { url: 'https://api.example/' }, updates: { enabled: false } }),
      ),
    ).toBe(false);
    expect(updatesEnabled(parseConfig({ updates: { enabled: true } }))).toBe(true);
    expect(() => parseConfig({ updates: { checkIntervalMinutes: 1 } })).toThrow(
      /updates.checkIntervalMinutes/,
    );
  });

  it('points at the central API with a fresh terminal token and the running version', async () => {
    const feed = createUpdateFeed({
      config: parseConfig({ centralApi: { url: 'https://api.example/' } }),
      apiBaseUrl: 'https://api.example/',
      appVersion: '1.0.0',
      authorization: () => Promise.resolve('Bearer abc'),
    });
    expect(feed?.url).toBe('https://api.example/v1/updates/');
    expect(await feed?.headers()).toEqual({
      Authorization: 'Bearer abc',
      'X-Kiosk-Version': '1.0.0',
    });
    expect(feed?.checkIntervalMs).toBe(3_600_000);
  });
});
