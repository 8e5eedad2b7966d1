import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCentralApi, type RunningCentralApi } from '../../../central-api/src/index';
import { parseConfig } from '../../../main/core/config';
import type { KioskCore } from '../../../main/core/types';
import { startChaosProxy, type ChaosProxy } from '../../fault/support/chaosProxy';
import { eventually } from '../../fault/support/harness';
import { testCore } from '../../fixtures/core';
import { softSecurityKey } from '../../fixtures/securityKey';
import { sampleCv } from '../cv/sample';

// The core against the real reference central API (through a proxy that can cut the CV route).
const ctx = { transport: 'http' as const };
const origin = 'http://localhost:5170';
const camille = { identifiant: '1234567A', motDePasse: 'Kiosque2026!', codePostal: '75011' };
let dir: string;
let api: RunningCentralApi;
let proxy: ChaosProxy;

function query<T>(sql: string): T[] {
  const db = new Database(join(dir, 'central.db'), { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

async function call<T = Record<string, unknown>>(core: KioskCore, method: string, input: unknown) {
  const result = await core.dispatch(method, input, ctx);
  if (!result.ok) throw new Error(`${method}: ${result.error.code}`);
  return result.value as T;
}

const openSessions = () =>
  query<{ n: number }>('SELECT count(*) AS n FROM user_sessions WHERE revoked_at IS NULL')[0]?.n;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-user-session-'));
  api = await startCentralApi({
    dbPath: join(dir, 'central.db'),
    passwordHashing: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
  });
  proxy = await startChaosProxy(() => api.url, '/v1/cvs');
});

afterAll(async () => {
  await proxy.close();
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a passwordless sign-in opens the same session as a password sign-in', () => {
  it("delivers a queued submission after the visit, with the user's submission grant", async () => {
    const core = testCore(
      parseConfig({ dataDir: join(dir, 'kiosk'), terminal: { label: 'borne-key' } }),
      proxy.url,
      { outbox: { backoff: { baseMs: 5, capMs: 50, maxRetryAfterMs: 500 }, firstAttemptMs: 300 } },
    );
    try {
      const key = softSecurityKey(origin);
      await call(core, 'visit.start', {});
      await call(core, 'auth.login', camille);
      const creation = await call<{ challenge: string; user: { id: string } }>(
        core,
        'webauthn.registrationOptions',
        { origin },
      );
      await call(core, 'webauthn.register', { response: key.register(creation) });
      await call(core, 'visit.end', { reason: 'user' });
      await eventually(() => openSessions() === 0);

      await call(core, 'visit.start', {});
      const request = await call<{ challenge: string }>(core, 'webauthn.authenticationOptions', {
        origin,
      });
      expect(await call(core, 'webauthn.signIn', { response: key.signIn(request) })).toEqual({
        profile: { prenom: 'Camille', nom: 'Martin' },
        mustChangePassword: false,
        access: 'espace',
      });
      // The CV list (first request on /v1/cvs) answers; the CV itself cannot leave yet.
      let cut = true;
      proxy.plan = (n) => (n > 0 && cut ? { do: 'drop' } : { do: 'pass' });
      expect(await call(core, 'cv.save', { step: 'cible', content: sampleCv() })).toMatchObject({
        status: 'queued',
      });
      await call(core, 'visit.end', { reason: 'user' });
      // The visit's user token is revoked on the server before the CV can be delivered.
      await eventually(() => openSessions() === 0);
      cut = false;
      const status = () =>
        call<{ depth: number; needingAttention: number }>(core, 'outbox.status', {});
      await expect.poll(async () => (await status()).depth, { timeout: 10_000 }).toBe(0);
      expect((await status()).needingAttention).toBe(0);
      expect(query<{ n: number }>('SELECT count(*) AS n FROM cvs')[0]?.n).toBe(1);
    } finally {
      await core.close();
    }
  });
});

describe('one user per visit', () => {
  const karim = { identifiant: '7654321B', motDePasse: 'Soleil-Juin-8', codePostal: '22200' };
  /** Users with an open (unrevoked) session on the central API, by identifiant. */
  const signedIn = () =>
    query<{ identifiant: string }>(
      `SELECT u.identifiant FROM user_sessions s JOIN users u ON u.id = s.user_id
       WHERE s.revoked_at IS NULL ORDER BY u.identifiant`,
    ).map((row) => row.identifiant);

  it("refuses a second sign-in: the first user's session stays theirs until the visit ends", async () => {
    const core = testCore(
      parseConfig({ dataDir: join(dir, 'kiosk-two'), terminal: { label: 'borne-two' } }),
      api.url,
    );
    try {
      await eventually(() => openSessions() === 0);
      await call(core, 'visit.start', {});
      await call(core, 'auth.login', camille);
      expect(await core.dispatch('auth.login', karim, ctx)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      expect(await call(core, 'profile.get', {})).toEqual({ prenom: 'Camille', nom: 'Martin' });
      expect(signedIn()).toEqual(['1234567A']);
      await call(core, 'visit.end', { reason: 'user' });
      await eventually(() => signedIn().length === 0);
    } finally {
      await core.close();
    }
  });

  it('keeps one of two sign-ins racing in one visit, and closes the other on the server', async () => {
    const core = testCore(
      parseConfig({ dataDir: join(dir, 'kiosk-race'), terminal: { label: 'borne-race' } }),
      api.url,
    );
    try {
      await eventually(() => openSessions() === 0);
      await call(core, 'visit.start', {});
      const results = await Promise.all([
        core.dispatch('auth.login', camille, ctx),
        core.dispatch('auth.login', karim, ctx),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({ error: { code: 'forbidden' } });
      const profile = await call<{ prenom: string }>(core, 'profile.get', {});
      const winner = profile.prenom === 'Camille' ? camille : karim;
      await eventually(() => signedIn().join() === winner.identifiant);
      await call(core, 'visit.end', { reason: 'user' });
      await eventually(() => signedIn().length === 0);
    } finally {
      await core.close();
    }
  });
});
