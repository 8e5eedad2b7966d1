import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccount } from '../unit/central-api/helpers';
import { assertNoPlainText, eventually } from './support/harness';
import { startFaultKiosk, type FaultKiosk } from './support/faultKiosk';

const ctx = { transport: 'http' as const };
type Depth = { ok: true; value: { depth: number } } | { ok: false };
const PHONE = '0798123456';

// A profile change made while the central API is down: the person is told it is saved, leaves,
// and the outbox delivers it with their submission grant once the API is back, exactly once even
// when the first answer is lost after the server committed it.
describe('Mon profil: a change sent with the central API down', () => {
  let kiosk: FaultKiosk;

  beforeAll(async () => {
    kiosk = await startFaultKiosk('/v1/me/profil/changes', 'borne-fault-profil', {
      backoff: { baseMs: 20, capMs: 200, maxRetryAfterMs: 500 },
      firstAttemptMs: 300,
    });
  });
  afterAll(() => kiosk.dispose());

  it('is queued, survives the end of the visit, then is applied once', async () => {
    const { api, proxy, core, dataDir } = kiosk;
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
    assertNoPlainText(dataDir, [PHONE, '07 98 12 34 56']);

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
