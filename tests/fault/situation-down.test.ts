import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parisToday } from '../../shared/domain/situation';
import { startFaultKiosk, type FaultKiosk } from './support/faultKiosk';

const ctx = { transport: 'http' as const };
const day = (offset: number) => parisToday(new Date(Date.now() + offset * 86_400_000));

type Result<T> = { ok: true; value: T } | { ok: false; error: { code: string } };

// A change of situation declared while the central API cannot be reached: the person is told it
// is saved, and it reaches the central API once, even though the first answer that came back
// was lost after the server had committed it.
describe('change of situation: sent with the central API down, delivered exactly once', () => {
  let kiosk: FaultKiosk;

  beforeAll(async () => {
    kiosk = await startFaultKiosk('/v1/situation-changes', 'borne-fault-situation', {
      backoff: { baseMs: 50, capMs: 200 },
      firstAttemptMs: 300,
    });
    // Down for the first attempts, then a commit whose answer is lost, then up.
    kiosk.proxy.plan = (n) =>
      n < 2 ? { do: 'drop' } : n === 2 ? { do: 'commit-then-drop' } : { do: 'pass' };
  });
  afterAll(() => kiosk.dispose());

  it('answers "queued", then the central API holds the change once', async () => {
    const { api, proxy, core } = kiosk;
    await core.dispatch('visit.start', {}, ctx);
    const signedIn = await core.dispatch(
      'auth.login',
      { identifiant: '1234567A', motDePasse: 'Kiosque2026!', codePostal: '75011' },
      ctx,
    );
    expect(signedIn.ok).toBe(true);
    const change = {
      kind: 'repriseEmploi',
      dateDebut: day(2),
      dateFin: null,
      employeur: 'Boulangerie du Port',
      contrat: 'cdd',
      organisme: null,
      codePostal: null,
      commune: null,
    };
    const declared = (await core.dispatch('situation.declare', { change }, ctx)) as Result<{
      reference: string;
      status: string;
    }>;
    expect(declared).toMatchObject({ ok: true, value: { status: 'queued' } });
    const reference = declared.ok ? declared.value.reference : '';

    const rows = () => api.query<{ reference: string }>('SELECT reference FROM situation_changes');
    await expect.poll(() => proxy.seen, { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
    await expect.poll(() => rows().length, { timeout: 15_000 }).toBe(1);
    expect(rows()).toEqual([{ reference }]);
  });
});
