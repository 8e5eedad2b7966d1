import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCentralApi, type RunningCentralApi } from '../../../central-api/src/index';
import { parseConfig } from '../../../main/core/config';
import { newTerminal, testCore } from '../../fixtures/core';

// An entreprise space through the core against the real reference central API: its récapitulatif,
// and its codes at the job seekers' sign-in.
let api: RunningCentralApi;
let printDir: string;
const ctx = { transport: 'http' as const };

const account = {
  identifiant: 'fournilgare',
  motDePasse: 'Levain-Croissant-26',
  confirmation: 'Levain-Croissant-26',
  civilite: 'F',
  nom: 'Le Bihan',
  prenom: 'Anne',
  email: 'contact@fournil.example',
  telephone: '02 99 00 00 00',
  cgu: true,
};

beforeAll(async () => {
  printDir = mkdtempSync(join(tmpdir(), 'kiosk-print-'));
  const dbPath = join(mkdtempSync(join(tmpdir(), 'kiosk-central-')), 'central.db');
  api = await startCentralApi({ dbPath, passwordHashing: { memoryCost: 1024, timeCost: 1 } });
});
afterAll(() => api.close());

describe('an entreprise space through the core', () => {
  it('prints a récapitulatif saying where the space opens, and its codes do not open the kiosk', async () => {
    const core = testCore(
      parseConfig({
        dataDir: mkdtempSync(join(tmpdir(), 'kiosk-core-')),
        terminal: newTerminal(),
        printer: { kind: 'capture', dir: printDir },
      }),
      api.url,
    );
    await core.dispatch('visit.start', {}, ctx);
    // Nothing created yet: nothing to print.
    expect(await core.dispatch('employer.printReceipt', {}, ctx)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const siret = '73282932000074';
    expect(await core.dispatch('employer.lookupEstablishment', { siret }, ctx)).toMatchObject({
      ok: true,
    });
    const created = await core.dispatch('employer.createEntreprise', { account, siret }, ctx);
    const reference = created.ok ? (created.value as { reference: string }).reference : '';
    expect(reference).toMatch(/^ENT-/);
    expect(await core.dispatch('employer.printReceipt', {}, ctx)).toEqual({
      ok: true,
      value: { printed: true },
    });
    const [file] = readdirSync(printDir).filter((f) => f.includes('employer-receipt'));
    const text = execFileSync('pdftotext', [join(printDir, file ?? ''), '-'], { encoding: 'utf8' })
      .replace(/\s+/g, ' ')
      .replace(/\u2019/g, "'");
    expect(text).toContain('Récapitulatif de création de votre compte entreprise');
    expect(text).toContain(reference);
    expect(text).toContain('Madame Anne Le Bihan');
    expect(text).toContain('FOURNILGARE');
    expect(text).toContain('BOULANGERIE DU PORT');
    expect(text).toContain('pro.francetravail.fr');
    expect(text).toContain("L'accueil de l'agence peut aussi vous aider.");
    expect(text).not.toContain(account.motDePasse);
    expect(text).not.toContain(account.email);
    expect(text).not.toContain('02 99');

    // The same codes at the job seekers' sign-in: told it is an employer space, only with the
    // right password; the code postal cannot matter, an entreprise space has none.
    const codes = { identifiant: account.identifiant, codePostal: '35000' };
    expect(
      await core.dispatch('auth.login', { ...codes, motDePasse: account.motDePasse }, ctx),
    ).toMatchObject({ ok: false, error: { code: 'employer_space' } });
    expect(
      await core.dispatch('auth.login', { ...codes, motDePasse: 'Levain-Croissant-27' }, ctx),
    ).toMatchObject({ ok: false, error: { code: 'invalid_credentials' } });
    await core.close();
  });
});
