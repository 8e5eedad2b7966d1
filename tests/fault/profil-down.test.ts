import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../main/core/config';
import { createKioskCore } from '../../main/core/kiosk';
import { silentLogger } from '../../main/core/logging';
import type { KioskCore } from '../../main/core/types';
import { demoAccount, startTestApi, type TestApi } from '../unit/central-api/helpers';
import { startChaosProxy, type ChaosProxy } from './support/chaosProxy';
import { eventually } from './support/harness';

const ctx = { transport: 'http' as const };
type Depth = { ok: true; value: { depth: number } } | { ok: false };
const PHONE = '0798123456';

/** Every file the kiosk wrote (databases with -wal and -shm, logs, visit folders). */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );

// A profile change made while the central API is down: the person is told it is saved, leaves,
// and the outbox delivers it with their submission grant once the API is back, exactly once even
// when the first answer is lost after the server committed it.
describe('Mon profil: a change sent with the central API down', () => {
  let api: TestApi;
  let proxy: ChaosProxy;
  let core: KioskCore;
  let dataDir: string;

  beforeAll(async () => {
    api = await startTestApi();
    proxy = await startChaosProxy(() => api.url, '/v1/me/profil/changes');
    dataDir = mkdtempSync(join(tmpdir(), 'kiosk-fault-profil-'));
    core = createKioskCore({
      config: parseConfig({
        dataDir,
        terminal: { label: 'borne-fault-profil', enrolmentToken: 'demo-enrolment-token' },
      }),
      apiBaseUrl: proxy.url,
      logger: silentLogger,
      mode: 'browser',
      appVersion: 'test',
      heartbeatMs: 0,
      outbox: { backoff: { baseMs: 20, capMs: 200, maxRetryAfterMs: 500 }, firstAttemptMs: 300 },
    });
  });
  afterAll(async () => {
    await core.close();
    await proxy.close();
    await api.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is queued, survives the end of the visit, then is applied once', async () => {
    await core.dispatch('visit.start', {}, ctx);
    const signedIn = await core.dispatch('auth.login', demoAccount, ctx);
    expect(signedIn.ok).toBe(true);

    await proxy.down();
    const sent = await core.dispatch(
      'profil.submit',
      { kind: 'telephone', data: { telephone: '07 98 12 34 56' } },
      ctx,
    );
    expect(sent).toMatchObject({ ok: true, value: { status: 'queued' } });
    await core.dispatch('visit.end', { reason: 'user' }, ctx);
    // Held sealed in the outbox: the number is in no file of the terminal in plain text.
    const files = filesUnder(dataDir);
    expect(files.some((f) => f.endsWith('kiosk.db'))).toBe(true);
    for (const file of files)
      for (const canary of [PHONE, '07 98 12 34 56'])
        expect(readFileSync(file).includes(canary), `${canary} in ${file}`).toBe(false);

    // Back up, and the first delivery's answer is lost after the commit: the retry replays it.
    proxy.plan = (n) => (n === 0 ? { do: 'commit-then-drop' } : { do: 'pass' });
    await proxy.up();
    await eventually(
      () => api.query<{ n: number }>('SELECT count(*) AS n FROM profile_changes')[0]?.n === 1,
      15_000,
    );
    // The outbox empties: delivered and acknowledged, nothing left to send or to look at.
    const until = Date.now() + 15_000;
    let status = (await core.dispatch('outbox.status', {}, ctx)) as Depth;
    while (status.ok && status.value.depth > 0 && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 50));
      status = (await core.dispatch('outbox.status', {}, ctx)) as Depth;
    }
    expect(status).toEqual({
      ok: true,
      value: { depth: 0, oldestAgeSeconds: null, needingAttention: 0 },
    });
    expect(proxy.seen).toBeGreaterThanOrEqual(2);
    const rows = api.query<{ telephone: string }>(
      "SELECT p.telephone FROM user_profiles p JOIN users u ON u.id = p.user_id WHERE u.identifiant = '1234567A'",
    );
    expect(rows).toEqual([{ telephone: PHONE }]);
    expect(api.query('SELECT reference FROM profile_changes')).toHaveLength(1);
  });
});
