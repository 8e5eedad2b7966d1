import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolmentAlerts } from '../../../central-api/src/terminalIdentity';
import { demoAccount, demoStaff, staffSignedIn, startTestApi, type TestApi } from './helpers';

// Each attack on a terminal's identity, tried against the reference API, and refused.
describe('central API: each terminal its own credential', () => {
  let api: TestApi;
  let clock = Date.parse('2026-03-02T09:00:00Z');
  beforeAll(async () => {
    api = await startTestApi({
      now: () => new Date(clock),
      signInLimits: {
        maxFailures: 5,
        lockSeconds: 900,
        perTerminalPerMinute: 12,
        globalPerMinute: 20,
      },
    });
  });
  afterAll(() => api.dispose());

  const enrolWith = (body: Record<string, string>) =>
    api.request('POST', '/v1/terminals/enrol', { body });
  const exchange = (terminalId: string, terminalSecret: string) =>
    api.request('POST', '/v1/terminals/token', { body: { terminalId, terminalSecret } });
  const heartbeat = (auth: Record<string, string>) =>
    api.request('POST', '/v1/terminals/heartbeat', {
      headers: auth,
      body: { appVersion: '1.0.0', visitActive: false },
    });
  const refusals = () =>
    api.query<{ label: string | null; reason: string }>(
      'SELECT label, reason FROM enrolment_refusals ORDER BY id',
    );

  it('refuses the shared token re-enrolling an enrolled label (409), and changes nothing', async () => {
    const genuine = await api.enrol('borne-paris-1');
    const attack = await enrolWith({
      enrolmentToken: 'demo-enrolment-token',
      label: 'borne-paris-1',
    });
    expect(attack.status).toBe(409);
    expect(attack.json).toEqual({
      code: 'terminal_already_enrolled',
      message: expect.stringMatching(/enrolment code issued by IT/),
    });
    // The genuine terminal keeps its credential and its token; the attempt is on record.
    expect((await heartbeat(genuine.auth)).status).toBe(200);
    const secret = api.terminalSecret('borne-paris-1')!;
    expect((await exchange(genuine.terminalId, secret)).status).toBe(201);
    expect(refusals()).toEqual([{ label: 'borne-paris-1', reason: 'terminal_already_enrolled' }]);
  });

  it('revokes a stolen access token, secret and sessions when IT re-enrols the terminal', async () => {
    const stolen = await api.enrol('borne-paris-2');
    const oldSecret = api.terminalSecret('borne-paris-2')!;
    const session = await api.signIn(stolen.auth, demoAccount);
    expect(session.status).toBe(201);
    expect((await heartbeat(stolen.auth)).status).toBe(200);

    const code = api.enrolmentCode('borne-paris-2', 'PARIS11');
    const reenrolled = await enrolWith({ enrolmentCode: code, label: 'borne-paris-2' });
    expect(reenrolled.status).toBe(201);
    expect(reenrolled.json?.terminalId).toBe(stolen.terminalId);

    expect((await heartbeat(stolen.auth)).status).toBe(401);
    const me = await api.request('GET', '/v1/me', {
      headers: {
        authorization: `Bearer ${String(reenrolled.json?.accessToken)}`,
        'x-user-token': String(session.json?.userToken),
      },
    });
    expect(me.status).toBe(401);
    const withOldSecret = await exchange(stolen.terminalId, oldSecret);
    expect(withOldSecret.status).toBe(401);
    expect(withOldSecret.json?.code).toBe('invalid_terminal_credential');
    const withNewSecret = await exchange(
      stolen.terminalId,
      String(reenrolled.json?.terminalSecret),
    );
    expect(withNewSecret.status).toBe(201);
    // The code enrols once only.
    const again = await enrolWith({ enrolmentCode: code, label: 'borne-paris-2' });
    expect(again.status).toBe(401);
    expect(again.json?.code).toBe('invalid_enrolment_code');
  });

  it('takes a code only for its own label, within 24 hours, and only the last one issued', async () => {
    const forOther = api.enrolmentCode('borne-lyon-1');
    expect((await enrolWith({ enrolmentCode: forOther, label: 'borne-lyon-2' })).status).toBe(401);
    const first = api.enrolmentCode('borne-lyon-3');
    const last = api.enrolmentCode('borne-lyon-3');
    expect((await enrolWith({ enrolmentCode: first, label: 'borne-lyon-3' })).status).toBe(401);
    clock += 25 * 3600_000;
    expect((await enrolWith({ enrolmentCode: last, label: 'borne-lyon-3' })).status).toBe(401);
    // Typed by hand, lower case and without its dashes, a fresh code works; the agency is the code's.
    const typed = api.enrolmentCode('borne-lyon-3', 'LYON3').replaceAll('-', '').toLowerCase();
    const reply = await enrolWith({
      enrolmentCode: typed,
      label: 'borne-lyon-3',
      agencyCode: 'PARIS11',
    });
    expect(reply.status).toBe(201);
    expect(api.query('SELECT agency_code FROM terminals WHERE label = ?', 'borne-lyon-3')).toEqual([
      { agency_code: 'LYON3' },
    ]);
  });

  it('gives a terminal enrolled before secrets existed its secret once, through its own token', async () => {
    const db = api.openDb();
    try {
      db.prepare(
        `INSERT INTO terminals (id, enrolment_token_id, label, created_at)
         SELECT 'legacy-terminal', id, 'borne-legacy', '2025-01-01T00:00:00.000Z'
         FROM enrolment_tokens WHERE description = 'demo'`,
      ).run();
    } finally {
      db.close();
    }
    const body = { enrolmentToken: 'demo-enrolment-token', label: 'borne-legacy' };
    const adopted = await enrolWith(body);
    expect(adopted.status).toBe(201);
    expect(adopted.json?.terminalId).toBe('legacy-terminal');
    expect((await enrolWith(body)).status).toBe(409);
  });

  it('keeps one terminal from spending another terminal’s sign-in allowance, and caps the fleet', async () => {
    const hammer = await api.enrol('borne-hammer');
    const stranger = { identifiant: '9999999Z', motDePasse: 'Pas-Le-Bon-1', codePostal: '75011' };
    for (let i = 0; i < 12; i += 1) await api.signIn(hammer.auth, stranger);
    const blocked = await api.signIn(hammer.auth, stranger);
    expect(blocked.status).toBe(429);
    expect(blocked.json?.message).toMatch(/this terminal/);
    for (let i = 0; i < 30; i += 1) await api.signIn(hammer.auth, stranger);
    // Its refused attempts did not count for the fleet: the genuine one signs in.
    const genuine = await api.enrol('borne-genuine');
    expect((await api.signIn(genuine.auth, demoAccount)).status).toBe(201);
    // The fleet's 20 a minute: 12 + 1 used, 7 more from others, then everyone waits.
    const others = await Promise.all(['borne-a', 'borne-b'].map((label) => api.enrol(label)));
    for (let i = 0; i < 7; i += 1) await api.signIn(others[i % 2]!.auth, stranger);
    const fleet = await api.signIn(others[0]!.auth, stranger);
    expect(fleet.status).toBe(429);
    expect(fleet.json?.message).toMatch(/whole fleet/);
    expect(Number(fleet.headers.get('retry-after'))).toBeGreaterThan(0);
    clock += 61_000;
    expect((await api.signIn(genuine.auth, demoAccount)).status).toBe(201);
  });

  it('throttles enrolment guessing per address (429 with Retry-After) and records it for the alert', async () => {
    // A day later: the alert counts this test's refusals only.
    clock += 25 * 3600_000;
    const before = refusals().length;
    for (let i = 0; i < 10; i += 1) {
      const guess = await enrolWith({ enrolmentToken: `guess-${i}-token`, label: 'borne-x' });
      expect(guess.status).toBe(401);
    }
    const throttled = await enrolWith({ enrolmentToken: 'demo-enrolment-token', label: 'borne-y' });
    expect(throttled.status).toBe(429);
    expect(throttled.json?.code).toBe('rate_limited');
    expect(Number(throttled.headers.get('retry-after'))).toBe(900);
    // Guessing a terminal's secret is throttled by the same count.
    const secretGuess = await exchange('any-terminal', 'a-guessed-secret-123');
    expect(secretGuess.status).toBe(429);
    const recorded = refusals().slice(before);
    expect(recorded.filter((r) => r.reason === 'invalid_enrolment_token')).toHaveLength(10);
    expect(recorded.filter((r) => r.reason === 'throttled')).toHaveLength(1);
    const db = api.openDb();
    try {
      expect(enrolmentAlerts(db, new Date(clock))).toEqual({
        refusedLast24h: 11,
        throttledSourcesLast24h: 1,
        lastRefusedAt: new Date(clock).toISOString(),
      });
    } finally {
      db.close();
    }
    // The window ends: the address may enrol again.
    clock += 901_000;
    const later = await enrolWith({ enrolmentToken: 'demo-enrolment-token', label: 'borne-y' });
    expect(later.status).toBe(201);
  });
});

describe('central API started for production', () => {
  it('refuses the demo enrolment token', async () => {
    const demo = await startTestApi();
    try {
      await demo.stop();
      const { startCentralApi } = await import('../../../central-api/src/index');
      const production = await startCentralApi({
        dbPath: demo.dbPath,
        filesDir: demo.dir,
        demo: false,
      });
      try {
        const reply = await fetch(`${production.url}/v1/terminals/enrol`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ enrolmentToken: 'demo-enrolment-token', label: 'borne-prod' }),
        });
        expect(reply.status).toBe(401);
      } finally {
        await production.close();
      }
    } finally {
      await demo.dispose().catch(() => undefined);
    }
  });
});

describe('central API: IT issues enrolment codes from the console', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.dispose());

  it('gives IT a one-time code, shown once and audited, and refuses other roles', async () => {
    const it = await staffSignedIn(api, demoStaff.it);
    const adviser = await staffSignedIn(api, demoStaff.conseiller);
    const body = { label: 'borne-rennes-1', agencyCode: 'RENNES' };
    const refused = await api.request('POST', '/v1/staff/enrolment-codes', {
      headers: adviser.headers,
      body,
    });
    expect(refused.status).toBe(403);
    const issued = await api.request('POST', '/v1/staff/enrolment-codes', {
      headers: it.headers,
      body,
    });
    expect(issued.status).toBe(201);
    expect(issued.json).toEqual({
      code: expect.stringMatching(/^([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}$/),
      label: 'borne-rennes-1',
      agencyCode: 'RENNES',
      expiresAt: expect.any(String),
      reenrolment: false,
    });
    const code = String(issued.json?.code);
    const enrolled = await api.request('POST', '/v1/terminals/enrol', {
      body: { enrolmentCode: code, label: 'borne-rennes-1' },
    });
    expect(enrolled.status).toBe(201);
    const stolenToken = await api.request('POST', '/v1/terminals/enrol', {
      body: { enrolmentToken: 'demo-enrolment-token', label: 'borne-rennes-1' },
    });
    expect(stolenToken.status).toBe(409);

    const again = await api.request('POST', '/v1/staff/enrolment-codes', {
      headers: it.headers,
      body,
    });
    expect(again.json?.reenrolment).toBe(true);
    const audit = api.query<{ action: string; target: string; detail_json: string }>(
      `SELECT action, target, detail_json FROM staff_audit
       WHERE action IN ('enrolment_code_issued', 'terminal_enrolment_refused') ORDER BY id`,
    );
    expect(audit.map((a) => [a.action, a.target])).toEqual([
      ['enrolment_code_issued', 'borne-rennes-1'],
      ['terminal_enrolment_refused', 'borne-rennes-1'],
      ['enrolment_code_issued', 'borne-rennes-1'],
    ]);
    expect(JSON.stringify(audit)).not.toContain(code);
    expect(JSON.parse(audit[1]!.detail_json)).toMatchObject({
      reason: 'terminal_already_enrolled',
    });
    const alerts = await api.request('GET', '/v1/staff/enrolment-alerts', { headers: it.headers });
    expect(alerts.json).toMatchObject({ refusedLast24h: 1, throttledSourcesLast24h: 0 });
  });
});
