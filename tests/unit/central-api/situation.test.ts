import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './helpers';

/** Thursday 5 November 2026, 11:00 in Paris: inside October's actualisation window. */
const NOW = new Date('2026-11-05T10:00:00Z');
const camille = { identifiant: '1234567A', motDePasse: 'Kiosque2026!', codePostal: '75011' };
const lea = { identifiant: '2345678C', motDePasse: '482913', codePostal: '69003' };

const absence = {
  kind: 'absence',
  dateDebut: '2026-11-10',
  dateFin: '2026-11-20',
  employeur: null,
  contrat: null,
  organisme: null,
  codePostal: null,
  commune: null,
};

describe('central API: changes of situation, past declarations, identifiant reminders', () => {
  let api: TestApi;
  let auth: Record<string, string>;
  const userHeaders: Record<string, Record<string, string>> = {};
  let key = 0;
  const post = (path: string, body: unknown, who?: string) =>
    api.request('POST', path, {
      headers: {
        ...auth,
        ...(who ? userHeaders[who] : {}),
        'idempotency-key': `00000000-0000-4000-8000-${String((key += 1)).padStart(12, '0')}`,
      },
      body,
    });

  beforeAll(async () => {
    api = await startTestApi({ now: () => NOW });
    ({ auth } = await api.enrol());
    for (const account of [camille, lea]) {
      const session = await api.signIn(auth, account);
      userHeaders[account.identifiant] = { 'x-user-token': String(session.json?.userToken) };
    }
  });
  afterAll(() => api.dispose());

  it('records a change once: a redelivery answers it, the same change again is already_declared', async () => {
    const first = await post(
      '/v1/situation-changes',
      { reference: 'CHG-ABCDEFGH', change: absence },
      '1234567A',
    );
    expect(first.status).toBe(201);
    expect(first.json?.reference).toBe('CHG-ABCDEFGH');
    const again = await post(
      '/v1/situation-changes',
      { reference: 'CHG-ABCDEFGH', change: absence },
      '1234567A',
    );
    expect(again.status).toBe(201);
    const duplicate = await post(
      '/v1/situation-changes',
      { reference: 'CHG-ABCDEFGJ', change: absence },
      '1234567A',
    );
    expect(duplicate.status).toBe(409);
    expect(duplicate.json?.code).toBe('already_declared');
    expect(api.query('SELECT 1 FROM situation_changes')).toHaveLength(1);
  });

  it('refuses broken date rules with 400 naming the field', async () => {
    const cases = [
      { ...absence, dateFin: '2026-11-05' },
      { ...absence, dateFin: '2026-11-16' },
      { ...absence, kind: 'arretMaladie', dateDebut: '2026-11-06' },
      { ...absence, dateDebut: '2027-01-10', dateFin: '2027-01-30' },
    ];
    const fields = [];
    for (const change of cases) {
      const reply = await post(
        '/v1/situation-changes',
        { reference: 'CHG-ZZZZZZZZ', change },
        '2345678C',
      );
      expect(reply.status).toBe(400);
      fields.push(String(reply.json?.message));
    }
    expect(fields).toEqual([
      'body/change/dateFin breaks its rule',
      'body/change/dateFin breaks its rule',
      'body/change/dateDebut breaks its rule',
      'body/change/dateDebut breaks its rule',
    ]);
  });

  it('lists the declarations of the last 12 periods, newest first', async () => {
    const history = (who: string) =>
      api.request('GET', '/v1/actualisations/history', {
        headers: { ...auth, ...userHeaders[who] },
      });
    const mine = (await history('1234567A')).json?.declarations as { period: string }[];
    expect(mine.map((d) => d.period)).toEqual([
      '2026-09',
      '2026-08',
      '2026-07',
      '2026-06',
      '2026-05',
      '2026-04',
      '2026-03',
      '2026-02',
      '2026-01',
      '2025-12',
      '2025-11',
    ]);
    expect((await history('2345678C')).json?.declarations).toEqual([]);
  });

  it('answers a reminder the same whether an account matched, recording it for the mailer only', async () => {
    const known = await post('/v1/identifiant-reminders', {
      nom: 'MARTIN',
      prenom: 'camille',
      codePostal: '75011',
      via: 'email',
    });
    const unknown = await post('/v1/identifiant-reminders', {
      nom: 'Personne',
      prenom: 'Nemo',
      codePostal: '75011',
      via: 'email',
    });
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(known.text).toBe(unknown.text);
    expect(known.text).not.toContain('1234567A');
    // Camille has no e-mail address on file: the reminder goes by post.
    expect(
      api.query<{ body_json: string }>(
        "SELECT body_json FROM outgoing_emails WHERE kind = 'identifiant_reminder'",
      ),
    ).toEqual([{ body_json: '{"via":"post"}' }]);
  });

  it('tells an account without a secret question apart, so no decoy is shown to its holder', async () => {
    const reply = await post('/v1/password-resets/question', { identifiant: '1234567A' });
    expect(reply.json).toEqual({ questionSecrete: null });
  });
});
