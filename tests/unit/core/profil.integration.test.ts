import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCentralApi, type RunningCentralApi } from '../../../central-api/src/index';
import { parseConfig } from '../../../main/core/config';
import type { KioskCore } from '../../../main/core/types';
import type { Profil, ProfilReceipt, Result } from '../../../shared/contract';
import { newTerminal, testCore } from '../../fixtures/core';

// main's « Mon profil » handlers against the real reference central API and its demo data.
const ctx = { transport: 'http' as const };
const karim = { identifiant: '7654321B', motDePasse: 'Soleil-Juin-8', codePostal: '22200' };
const rib = { titulaire: 'Karim Benali', iban: 'FR76 3000 6000 0112 3456 7890 189', bic: '' };

describe('Mon profil in main', () => {
  let api: RunningCentralApi;
  let core: KioskCore;
  beforeAll(async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'kiosk-central-')), 'central.db');
    api = await startCentralApi({ dbPath, passwordHashing: { memoryCost: 4096, timeCost: 2 } });
    const config = parseConfig({
      dataDir: mkdtempSync(join(tmpdir(), 'kiosk-core-')),
      terminal: newTerminal(),
    });
    core = testCore(config, api.url);
    await core.dispatch('visit.start', {}, ctx);
    expect(await core.dispatch('auth.login', karim, ctx)).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    await core.close();
    await api.close();
  });

  it('reads the profile with the account being checked, masked', async () => {
    const profil = (await core.dispatch('profil.get', {}, ctx)) as Result<Profil>;
    expect(profil).toMatchObject({
      ok: true,
      value: {
        telephone: '02 96 12 34 56',
        email: 'karim.benali@example.fr',
        questionSecrete: 'villeNaissance',
        rib: { ibanMasque: 'FR•• •••• •••• •••• 2606' },
        ribEnCours: { ibanMasque: 'FR•• •••• •••• •••• 0129' },
        enAttente: [],
      },
    });
  });

  it('says next to the field why a change is refused: a wrong key here, a pending account there', async () => {
    const wrongKey = await core.dispatch(
      'profil.submit',
      { kind: 'rib', data: { ...rib, iban: rib.iban.replace(/189$/, '188') } },
      ctx,
    );
    expect(wrongKey).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { 'data.iban': 'profil.errors.iban.key' } },
    });
    const pending = await core.dispatch('profil.submit', { kind: 'rib', data: rib }, ctx);
    expect(pending).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { iban: 'profil.errors.ribPending' } },
    });
  });

  it('sends a new secret question under a kiosk-made reference', async () => {
    const sent = (await core.dispatch(
      'profil.submit',
      {
        kind: 'questionSecrete',
        data: { questionSecrete: 'ecolePrimaire', reponseSecrete: 'Jules Ferry' },
      },
      ctx,
    )) as Result<ProfilReceipt>;
    expect(sent).toMatchObject({ ok: true, value: { status: 'sent' } });
    if (!sent.ok) return;
    expect(sent.value.reference).toMatch(/^PRF-\d{8}-[2-9A-HJKMNP-TV-Z]{6}$/);
    const profil = (await core.dispatch('profil.get', {}, ctx)) as Result<Profil>;
    expect(profil.ok && profil.value.questionSecrete).toBe('ecolePrimaire');
  });
});
