import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clockFromEnv,
  startCentralApi,
  type RunningCentralApi,
} from '../../../central-api/src/index';
import { parseConfig } from '../../../main/core/config';
import type { KioskCore } from '../../../main/core/types';
import type { Answers } from '../../../shared/domain/actualisation';
import { noActivityAnswers } from '../../fixtures/actualisation';
import { newTerminal, testCore } from '../../fixtures/core';

// The core against the real reference central API, its clock set inside or outside the window.
const ctx = { transport: 'http' as const };
const camille = { identifiant: '1234567A', motDePasse: 'Kiosque2026!', codePostal: '75011' };
const karim = { identifiant: '7654321B', motDePasse: 'Soleil-Juin-8', codePostal: '22200' };
const hashing = { memoryCost: 4096, timeCost: 2 };
const nothing: Answers = noActivityAnswers();

function startApi(iso: string) {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'kiosk-central-')), 'central.db');
  return startCentralApi({
    dbPath,
    passwordHashing: hashing,
    ...clockFromEnv({ KIOSK_API_NOW: iso }),
  });
}

function newCore(apiBaseUrl: string, printDir: string): KioskCore {
  const config = parseConfig({
    dataDir: mkdtempSync(join(tmpdir(), 'kiosk-core-')),
    terminal: newTerminal(),
    printer: { kind: 'capture', dir: printDir },
  });
  return testCore(config, apiBaseUrl);
}

async function signedIn(core: KioskCore, account = camille) {
  await core.dispatch('visit.start', {}, ctx);
  expect(await core.dispatch('auth.login', account, ctx)).toMatchObject({ ok: true });
}

describe('actualisation inside the window', () => {
  let api: RunningCentralApi;
  let core: KioskCore;
  const printDir = mkdtempSync(join(tmpdir(), 'kiosk-print-'));
  beforeAll(async () => {
    api = await startApi('2026-11-05T10:00:00Z');
    core = newCore(api.url, printDir);
  });
  afterAll(async () => {
    await core.close();
    await api.close();
  });

  it('declares October once, then prints a receipt with every answer and no identifiant', async () => {
    await signedIn(core);
    expect(await core.dispatch('actualisation.status', {}, ctx)).toEqual({
      ok: true,
      value: {
        period: '2026-10',
        open: true,
        opensAt: '2026-10-27T23:00:00.000Z',
        closesAt: '2026-11-15T23:00:00.000Z',
        declaration: null,
      },
    });
    const wrong = await core.dispatch(
      'actualisation.submit',
      {
        answers: {
          ...nothing,
          arretMaladie: true,
          arretMaladieDates: { debut: '2026-10-20', fin: '2026-11-02' },
        },
      },
      ctx,
    );
    expect(wrong).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: { 'arretMaladieDates.fin': 'actualisation.errors.dates.outsideMonth' },
      },
    });
    const answers: Answers = {
      ...nothing,
      travail: true,
      employeurs: [
        { nom: 'Boulangerie Durand', heures: 35, brutCentimes: 123456 },
        { nom: 'Mairie de Lannion', heures: 12, brutCentimes: 18000 },
      ],
      arretMaladie: true,
      arretMaladieDates: { debut: '2026-10-05', fin: '2026-10-09' },
    };
    const sent = await core.dispatch('actualisation.submit', { answers }, ctx);
    expect(sent).toMatchObject({
      ok: true,
      value: { period: '2026-10', status: 'sent', answers },
    });
    const reference = (sent as { value: { reference: string } }).value.reference;
    expect(reference).toMatch(/^ACT-202610-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/);
    expect(await core.dispatch('actualisation.submit', { answers: nothing }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'already_declared' },
    });

    expect(await core.dispatch('actualisation.printReceipt', {}, ctx)).toEqual({
      ok: true,
      value: {},
    });
    const [file] = readdirSync(printDir);
    expect(file).toMatch(/actualisation-receipt\.pdf$/);
    const text = execFileSync('pdftotext', ['-layout', join(printDir, String(file)), '-'], {
      encoding: 'utf8',
    }).replace(/[\s\u00a0]+/g, ' ');
    for (const expected of [
      reference,
      'octobre 2026',
      'Camille Martin',
      'Envoyée à France Travail',
      'Boulangerie Durand : 35 heures, 1 234,56 € brut',
      'Mairie de Lannion : 12 heures, 180,00 € brut',
      'du 05/10/2026 au 09/10/2026',
      '8. Êtes-vous toujours à la recherche d’un emploi ? Réponse : Oui',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain(camille.identifiant);
  });

  it('shows the declaration already made (Karim Benali) and refuses a second one', async () => {
    const other = newCore(api.url, printDir);
    try {
      await signedIn(other, karim);
      const status = await other.dispatch('actualisation.status', {}, ctx);
      expect(status).toMatchObject({
        ok: true,
        value: { declaration: { reference: 'ACT-202610-KB7654', status: 'sent' } },
      });
      expect(await other.dispatch('actualisation.submit', { answers: nothing }, ctx)).toMatchObject(
        { ok: false, error: { code: 'already_declared' } },
      );
    } finally {
      await other.close();
    }
  });

  it('with the central API down at validation: queued in the outbox, and the receipt prints at once', async () => {
    const lonely = await startApi('2026-11-05T10:00:00Z');
    const other = newCore(lonely.url, printDir);
    try {
      await signedIn(other);
      await other.dispatch('actualisation.status', {}, ctx);
      await lonely.close();
      expect(await other.dispatch('actualisation.submit', { answers: nothing }, ctx)).toMatchObject(
        { ok: true, value: { status: 'queued', reference: expect.stringMatching(/^ACT-202610-/) } },
      );
      expect(await other.dispatch('actualisation.printReceipt', {}, ctx)).toMatchObject({
        ok: true,
      });
    } finally {
      await other.close();
    }
  });
});

describe('actualisation outside the window', () => {
  it('names the next opening and refuses to declare', async () => {
    const api = await startApi('2026-11-20T10:00:00Z');
    const core = newCore(api.url, mkdtempSync(join(tmpdir(), 'kiosk-print-')));
    try {
      await signedIn(core);
      expect(await core.dispatch('actualisation.status', {}, ctx)).toMatchObject({
        ok: true,
        value: { period: '2026-11', open: false, opensAt: '2026-11-27T23:00:00.000Z' },
      });
      expect(await core.dispatch('actualisation.submit', { answers: nothing }, ctx)).toMatchObject({
        ok: false,
        error: { code: 'window_closed' },
      });
    } finally {
      await core.close();
      await api.close();
    }
  });
});
