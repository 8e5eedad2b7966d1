import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCentralApi, type RunningCentralApi } from '../../../central-api/src/index';
import { parseConfig } from '../../../main/core/config';
import type { KioskCore } from '../../../main/core/types';
import { newTerminal, testCore } from '../../fixtures/core';

// The core against the real reference central API and its SQLite file: no mock in between.
let api: RunningCentralApi;
let dbPath: string;
const ctx = { transport: 'http' as const };
const camille = { identifiant: '1234567A', motDePasse: 'Kiosque2026!', codePostal: '75011' };

function newCore(apiBaseUrl = api.url): KioskCore {
  const config = parseConfig({
    dataDir: mkdtempSync(join(tmpdir(), 'kiosk-core-')),
    terminal: newTerminal(),
  });
  return testCore(config, apiBaseUrl);
}

function query<T>(sql: string): T[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  dbPath = join(mkdtempSync(join(tmpdir(), 'kiosk-central-')), 'central.db');
  api = await startCentralApi({ dbPath, passwordHashing: { memoryCost: 4096, timeCost: 2 } });
});

afterAll(async () => {
  await api.close();
});

describe('kiosk core with the reference central API', () => {
  it('signs a demo user in within a visit, and signs them out on the server when the visit ends', async () => {
    const core = newCore();
    expect(await core.dispatch('auth.login', camille, ctx)).toMatchObject({
      ok: false,
      error: { code: 'no_active_visit' },
    });
    await core.dispatch('visit.start', {}, ctx);
    expect(await core.dispatch('auth.login', camille, ctx)).toEqual({
      ok: true,
      value: {
        profile: { prenom: 'Camille', nom: 'Martin' },
        mustChangePassword: false,
        access: 'espace',
      },
    });
    expect(await core.dispatch('profile.get', {}, ctx)).toEqual({
      ok: true,
      value: { prenom: 'Camille', nom: 'Martin' },
    });
    await core.dispatch('visit.end', { reason: 'user' }, ctx);
    expect(await core.dispatch('profile.get', {}, ctx)).toMatchObject({
      ok: false,
      error: { code: 'no_active_visit' },
    });
    // Sign-out runs after the wipe, off the critical path: wait for the server to record it.
    await expect
      .poll(
        () =>
          query<{ open: number }>(
            'SELECT count(*) AS open FROM user_sessions WHERE revoked_at IS NULL',
          )[0]?.open,
      )
      .toBe(0);
    await core.close();
  });

  it('refuses wrong codes with one code, whichever of the three is wrong', async () => {
    const core = newCore();
    await core.dispatch('visit.start', {}, ctx);
    for (const wrong of [
      { motDePasse: 'nope' },
      { identifiant: '9999999Z' },
      { codePostal: '13001' },
    ]) {
      expect(await core.dispatch('auth.login', { ...camille, ...wrong }, ctx)).toMatchObject({
        ok: false,
        error: { code: 'invalid_credentials' },
      });
    }
    await core.close();
  });

  it('records an assist request with the screen and no personal data, even before a visit', async () => {
    const core = newCore();
    const result = await core.dispatch('assist.request', { screen: 'welcome' }, ctx);
    expect(result).toMatchObject({ ok: true, value: { requestId: expect.any(String) } });
    const rows = query<{ screen: string }>('SELECT screen FROM assist_requests');
    expect(rows.map((r) => r.screen)).toContain('welcome');
    // A screen named in camel case reaches the central API in its kebab case.
    const forgotten = await core.dispatch('assist.request', { screen: 'passwordForgotten' }, ctx);
    expect(forgotten.ok).toBe(true);
    expect(
      query<{ screen: string }>('SELECT screen FROM assist_requests').map((r) => r.screen),
    ).toContain('password-forgotten');
    // The kiosk follows its call: nobody has taken it yet.
    const { requestId } = (result as { value: { requestId: string } }).value;
    expect(await core.dispatch('assist.status', { requestId }, ctx)).toEqual({
      ok: true,
      value: { state: 'waiting', adviserPrenom: null },
    });
    await core.close();
  });

  it('gets a new access token with its own secret when its token is no longer accepted', async () => {
    const core = newCore();
    await core.dispatch('assist.request', { screen: 'welcome' }, ctx);
    const writable = new Database(dbPath);
    writable.prepare('DELETE FROM terminal_tokens').run();
    writable.close();
    expect(await core.dispatch('assist.request', { screen: 'login' }, ctx)).toMatchObject({
      ok: true,
    });
    await core.close();
  });

  it('says the central API is unreachable when nothing answers', async () => {
    const core = newCore('http://127.0.0.1:1');
    await core.dispatch('visit.start', {}, ctx);
    expect(await core.dispatch('auth.login', camille, ctx)).toMatchObject({
      ok: false,
      error: { code: 'api_unreachable' },
    });
    expect(await core.dispatch('assist.request', { screen: 'login' }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'api_unreachable' },
    });
    await core.close();
  });
});
