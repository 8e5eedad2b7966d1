import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './helpers';

const accounts = {
  camille: { identifiant: '1234567A', motDePasse: 'Kiosque2026!', codePostal: '75011' },
  karim: { identifiant: '7654321B', motDePasse: 'Soleil-Juin-8', codePostal: '22200' },
  lea: { identifiant: '2345678C', motDePasse: '482913', codePostal: '69003' },
};

interface Overview {
  registeredOn: string | null;
  rights: { status: string; suspensionReason?: string; daysRemaining: number } | null;
  nextPayment: { state: string; date?: string; period: string } | null;
  payments: { period: string; grossCentimes: number; netCentimes: number; days: number }[];
  paidToLast4: string | null;
}

/** "Mes paiements", attestations and their check by a third party, on the API's own clock. */
describe('central API: payments and attestations', () => {
  let api: TestApi;
  // Inside the window of November 2026 (28 November – 15 December).
  const clock = new Date('2026-11-30T10:00:00Z');
  beforeAll(async () => {
    api = await startTestApi({ now: () => clock });
  });
  afterAll(() => api.dispose());

  const userOf = async (account: (typeof accounts)[keyof typeof accounts], label: string) => {
    const { auth } = await api.enrol(label);
    const reply = await api.signIn(auth, account);
    return { ...auth, 'x-user-token': String(reply.json?.userToken) };
  };
  const overviewOf = async (user: Record<string, string>) =>
    (await api.request('GET', '/v1/payments', { headers: user })).json as unknown as Overview;
  const pdfText = (base64: string, name: string) => {
    const file = join(api.dir, `${name}.pdf`);
    writeFileSync(file, Buffer.from(base64, 'base64'));
    // qpdf --check exits non-zero on a damaged file.
    execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  };

  it('the seeded accounts: paid monthly, declared with a date, suspended, no rights', async () => {
    const camille = await overviewOf(await userOf(accounts.camille, 'pay-1'));
    expect(camille.rights?.status).toBe('open');
    expect(camille.payments).toHaveLength(12);
    expect(camille.payments[0]?.period).toBe('2026-10');
    expect(camille.payments[0]).toMatchObject({ days: 31, grossCentimes: 31 * 4830 });
    expect(camille.nextPayment).toMatchObject({ state: 'declareFirst', period: '2026-11' });
    expect(camille.paidToLast4).toBe('0189');

    const karim = await overviewOf(await userOf(accounts.karim, 'pay-2'));
    // Declared on 29 November: paid two working days after the month is over.
    expect(karim.nextPayment).toEqual({
      state: 'scheduled',
      period: '2026-11',
      date: '2026-12-03',
    });
    expect(karim.payments.some((p) => p.days < 30)).toBe(true);

    const lea = await overviewOf(await userOf(accounts.lea, 'pay-3'));
    expect(lea.rights).toMatchObject({ status: 'suspended', suspensionReason: 'documentMissing' });
    expect(lea.nextPayment).toBeNull();

    const db = api.query<{ identifiant: string; n: number }>(
      `SELECT u.identifiant, count(p.id) AS n FROM users u JOIN job_seeker_files f ON f.user_id = u.id
       LEFT JOIN payments p ON p.user_id = u.id WHERE u.identifiant = '3456789D' GROUP BY u.id`,
    );
    expect(db).toEqual([{ identifiant: '3456789D', n: 0 }]);
  });

  it('issues a payment attestation a third party can check, without the IBAN or the NIR', async () => {
    const user = await userOf(accounts.camille, 'pay-4');
    const reply = await api.request('POST', '/v1/attestations', {
      headers: { ...user, 'idempotency-key': 'att-1' },
      body: { kind: 'paiement', from: '2026-09', to: '2026-10' },
    });
    expect(reply.status).toBe(201);
    const issued = reply.json as { reference: string; pdfBase64: string };
    expect(issued.reference).toMatch(/^ATT-20261130-[0-9A-Z]{6}$/);
    const text = pdfText(issued.pdfBase64, 'paiement');
    expect(text).toContain('Attestation de paiement');
    expect(text).toContain('De septembre 2026 à octobre 2026');
    expect(text).toContain('Camille Martin');
    // September: 30 days at 48,30 € gross, 45,40 € net.
    expect(text).toContain('1 449,00 €');
    expect(text).toContain('1 362,00 €');
    expect(text).toContain('se terminant par 0189');
    expect(text).not.toMatch(/FR\d{2}/);
    expect(text).not.toMatch(/\b[12]\d{14}\b/);

    const code = /Code de vérification : ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(text)?.[1];
    expect(code).toBeDefined();
    const check = (ref: string, c: string) =>
      api.request('GET', `/v1/attestations/${ref}/verify?code=${encodeURIComponent(c)}`);
    const valid = await check(issued.reference, code!.toLowerCase());
    expect(valid.json).toEqual({ valid: true, kind: 'paiement', issuedAt: clock.toISOString() });
    expect(valid.text).not.toContain('Camille');
    expect((await check(issued.reference, 'AAAA-BBBB')).json).toEqual({ valid: false });

    // The same key replays the same attestation; it can be fetched again to print.
    const again = await api.request('POST', '/v1/attestations', {
      headers: { ...user, 'idempotency-key': 'att-1' },
      body: { kind: 'paiement', from: '2026-09', to: '2026-10' },
    });
    expect((again.json as { reference: string }).reference).toBe(issued.reference);
    const pdf = await api.request('GET', `/v1/attestations/${issued.reference}/pdf`, {
      headers: user,
    });
    expect(pdf.status).toBe(200);

    // Checks are limited per address: guessing codes gets a 429 with Retry-After.
    let last = 0;
    for (let i = 0; i < 25 && last !== 429; i++)
      last = (await check(issued.reference, 'CCCC-DDDD')).status;
    expect(last).toBe(429);
  });

  it('fiscal, situation and rights attestations state the seeded figures; bad requests are 4xx', async () => {
    const user = await userOf(accounts.lea, 'pay-5');
    const post = (body: unknown) =>
      api.request('POST', '/v1/attestations', { headers: user, body });
    const situation = await post({ kind: 'inscription' });
    const situationText = pdfText((situation.json as { pdfBase64: string }).pdfBase64, 'avis');
    expect(situationText).toContain('inscrite sur la liste des demandeurs d’emploi');
    expect(situationText).toContain('paiements suspendus');
    const rights = await post({ kind: 'droits' });
    expect(pdfText((rights.json as { pdfBase64: string }).pdfBase64, 'droits')).toContain(
      '32,60 € brut',
    );
    const fiscal = await post({ kind: 'fiscale', year: 2026 });
    expect(pdfText((fiscal.json as { pdfBase64: string }).pdfBase64, 'fiscale')).toContain(
      'Montant imposable à déclarer',
    );
    expect((await post({ kind: 'paiement', from: '2026-10', to: '2026-09' })).status).toBe(400);
    expect((await post({ kind: 'fiscale', year: 2026, extra: 1 })).status).toBe(400);

    const nora = await userOf(
      { identifiant: '3456789D', motDePasse: 'Provisoire-2026', codePostal: '33000' },
      'pay-6',
    );
    // A temporary password opens nothing but the password change.
    const refused = await api.request('POST', '/v1/attestations', {
      headers: nora,
      body: { kind: 'droits' },
    });
    expect(refused.status).toBe(403);
  });

  it('the dashboard summary counts unread letters until one is opened', async () => {
    const user = await userOf(accounts.karim, 'pay-7');
    const summary = async () =>
      (await api.request('GET', '/v1/dashboard-summary', { headers: user })).json as {
        unreadLetters: number;
        nextAppointmentAt: string | null;
        nextPayment: { date: string } | null;
      };
    const before = await summary();
    expect(before.unreadLetters).toBe(3);
    expect(before.nextPayment?.date).toBe('2026-12-03');
    expect(Date.parse(before.nextAppointmentAt ?? '')).toBeGreaterThan(clock.getTime());
    const letters = (await api.request('GET', '/v1/letters', { headers: user })).json as {
      letters: { id: string }[];
    };
    await api.request('GET', `/v1/letters/${letters.letters[0]!.id}/pdf`, { headers: user });
    expect((await summary()).unreadLetters).toBe(2);
  });
});
