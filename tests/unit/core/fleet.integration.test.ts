import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../main/core/config';
import type { KioskCore } from '../../../main/core/types';
import { testCore } from '../../fixtures/core';
import { demoStaff, staffSignedIn, startTestApi, type TestApi } from '../central-api/helpers';

// The kiosk core's command wait against the real reference central API: IT's commands from the
// console reach the core, which carries them out at the right moment.
const ctx = { transport: 'http' as const };
let api: TestApi;
let core: KioskCore;
let it_: Record<string, string>;

async function until<T>(probe: () => Promise<T> | T, ok: (value: T) => boolean): Promise<T> {
  const end = Date.now() + 8000;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const settings = async () => {
  const result = await core.dispatch('kiosk.settings', {}, ctx);
  if (!result.ok) throw new Error('no settings');
  return result.value as { idleWarningAfterSeconds: number; outOfService?: boolean };
};

beforeAll(async () => {
  api = await startTestApi();
  it_ = (await staffSignedIn(api, demoStaff.it)).headers;
  const config = parseConfig({
    dataDir: mkdtempSync(join(tmpdir(), 'kiosk-fleet-')),
    terminal: {
      label: 'borne-fleet',
      enrolmentToken: 'demo-enrolment-token',
      agencyCode: 'PARIS11',
    },
  });
  core = testCore(config, api.url, { remoteCommands: true });
});

afterAll(async () => {
  await core.close();
  await api.dispose();
});

describe('remote commands reaching the kiosk core', () => {
  it('applies a pushed configuration only once the visit is over, then reports its version', async () => {
    // The command wait enrols the terminal.
    const [terminal] = await until(
      () => api.query<{ id: string }>("SELECT id FROM terminals WHERE label = 'borne-fleet'"),
      (rows) => rows.length === 1,
    );
    const id = terminal!.id;
    expect((await settings()).idleWarningAfterSeconds).toBe(120);
    await core.dispatch('visit.start', {}, ctx);
    const push = await api.request('POST', `/v1/staff/fleet/terminals/${id}/config`, {
      headers: it_,
      body: { config: { visit: { idleWarningAfterSeconds: 90 } } },
    });
    expect(push.status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // The visit keeps its own settings.
    expect((await settings()).idleWarningAfterSeconds).toBe(120);
    await core.dispatch('visit.end', { reason: 'user' }, ctx);
    expect(
      (await until(settings, (s) => s.idleWarningAfterSeconds === 90)).idleWarningAfterSeconds,
    ).toBe(90);
    const applied = await until(
      () => api.query<{ v: number }>('SELECT config_version AS v FROM terminals WHERE id = ?', id),
      (rows) => rows[0]?.v === 1,
    );
    expect(applied).toEqual([{ v: 1 }]);
  });

  it('wipes the visit and refuses new ones out of service, until back in service', async () => {
    const [{ id } = { id: '' }] = api.query<{ id: string }>(
      "SELECT id FROM terminals WHERE label = 'borne-fleet'",
    );
    await core.dispatch('visit.start', {}, ctx);
    const act = (kind: string) =>
      api.request('POST', `/v1/staff/fleet/terminals/${id}/commands`, {
        headers: it_,
        body: { kind },
      });
    expect((await act('out_of_service')).status).toBe(202);
    await until(settings, (s) => s.outOfService === true);
    expect(core.hasVisit()).toBe(false);
    expect(await core.dispatch('visit.start', {}, ctx)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect((await act('in_service')).status).toBe(202);
    expect((await until(settings, (s) => s.outOfService === false)).outOfService).toBe(false);
    expect(await core.dispatch('visit.start', {}, ctx)).toMatchObject({ ok: true });
  });
});
