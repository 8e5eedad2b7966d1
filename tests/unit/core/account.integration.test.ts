import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCentralApi, type RunningCentralApi } from '../../../central-api/src/index';
import { parseConfig } from '../../../main/core/config';
import type { KioskCore } from '../../../main/core/types';
import { newTerminal, testCore } from '../../fixtures/core';

// Registration through the core against the real reference central API: no mock in between.
let api: RunningCentralApi;
let printDir: string;
const ctx = { transport: 'http' as const };

/** A NIR for a man born in May 1997 in Paris, with its key computed. */
const nirBody = '1970575118123';
const nir = `${nirBody}${String(97 - (Number(nirBody) % 97)).padStart(2, '0')}`;

const codes = {
  identifiant: 'camilleR75',
  motDePasse: 'Jardin-Plantes-2026',
  confirmation: 'Jardin-Plantes-2026',
  codePostal: '75005',
  questionSecrete: 'premierAnimal',
  reponseSecrete: 'Filou',
};
const identite = {
  civilite: 'M',
  nomNaissance: 'Rousseau',
  nomUsage: '',
  prenoms: 'Camille',
  sansNir: false,
  nir,
  dateNaissance: '1997-05-12',
  paysNaissance: 'FRANCE',
  communeNaissance: { code: '75056', nom: 'Paris' },
};
const coordonnees = {
  adresse: '57 rue Cuvier',
  complement: '',
  codePostal: '75005',
  commune: { code: '75056', nom: 'Paris' },
  email: '',
  emailConfirmation: '',
  telephonePortable: '',
  telephoneFixe: '01 40 79 30 00',
};
const situation = {
  dejaInscrit: false,
  identifiantDemandeur: '',
  situationProfessionnelle: 'sansEmploi',
  qualification: 'technicien',
  cgu: true,
  emailsFranceTravail: true,
};

function newCore(): KioskCore {
  const config = parseConfig({
    dataDir: mkdtempSync(join(tmpdir(), 'kiosk-core-')),
    terminal: newTerminal(),
    printer: { kind: 'capture', dir: printDir },
  });
  return testCore(config, api.url);
}

beforeAll(async () => {
  printDir = mkdtempSync(join(tmpdir(), 'kiosk-print-'));
  const dbPath = join(mkdtempSync(join(tmpdir(), 'kiosk-central-')), 'central.db');
  api = await startCentralApi({ dbPath, passwordHashing: { memoryCost: 1024, timeCost: 1 } });
});
afterAll(() => api.close());

describe('candidate registration through the core', () => {
  it('refuses access codes breaking the rules field by field, before anything is sent', async () => {
    const core = newCore();
    await core.dispatch('visit.start', {}, ctx);
    const result = await core.dispatch(
      'registration.start',
      { ...codes, identifiant: '12', motDePasse: 'court', confirmation: 'autre' },
      ctx,
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: {
          identifiant: 'account.errors.identifiant.length',
          motDePasse: 'account.errors.password.length',
          confirmation: 'account.errors.confirmationMismatch',
        },
      },
    });
    await core.close();
  });

  it('opens a draft, saves each section, sends, books an appointment and prints a receipt without NIR or password', async () => {
    const core = newCore();
    await core.dispatch('visit.start', {}, ctx);
    expect(
      await core.dispatch('registration.checkIdentifiant', { identifiant: 'camilleR75' }, ctx),
    ).toEqual({
      ok: true,
      value: { available: true, reason: 'free' },
    });
    const started = await core.dispatch('registration.start', codes, ctx);
    expect(started).toMatchObject({
      ok: true,
      value: { reference: expect.stringMatching(/^INS-/) },
    });
    const reference = started.ok ? (started.value as { reference: string }).reference : '';
    for (const [section, data] of Object.entries({ identite, coordonnees, situation })) {
      expect(await core.dispatch('registration.saveSection', { section, data }, ctx)).toEqual({
        ok: true,
        value: { status: 'sent' },
      });
    }
    expect(await core.dispatch('registration.submit', {}, ctx)).toEqual({
      ok: true,
      value: { reference, status: 'sent' },
    });
    const slots = await core.dispatch('registration.appointmentSlots', {}, ctx);
    const list = slots.ok ? (slots.value as { slots: { id: string }[] }).slots : [];
    expect(list).toHaveLength(3);
    expect(
      await core.dispatch('registration.bookAppointment', { slotId: list[0]?.id ?? '' }, ctx),
    ).toMatchObject({ ok: true });
    expect(await core.dispatch('registration.printReceipt', {}, ctx)).toEqual({
      ok: true,
      value: { printed: true },
    });
    const [file] = readdirSync(printDir).filter((f) => f.includes('registration-receipt'));
    const text = execFileSync('pdftotext', [join(printDir, file ?? ''), '-'], { encoding: 'utf8' });
    expect(text).toContain(reference);
    expect(text).toContain('Camille Rousseau');
    expect(text).toContain("Votre rendez-vous d'inscription");
    expect(text).not.toContain(nir);
    expect(text).not.toContain(nir.slice(0, 13));
    expect(text).not.toContain(codes.motDePasse);
    expect(text).not.toContain('Filou');
    await core.dispatch('visit.end', { reason: 'user' }, ctx);
    // The draft token died with the visit: nothing of the registration is left on the terminal.
    await core.dispatch('visit.start', {}, ctx);
    expect(await core.dispatch('registration.submit', {}, ctx)).toMatchObject({
      ok: false,
      error: { code: 'not_signed_in' },
    });
    // The same codes sign in, provisionally: the appointment and the receipt are there again.
    const { identifiant, motDePasse, codePostal } = codes;
    expect(
      await core.dispatch('auth.login', { identifiant, motDePasse, codePostal }, ctx),
    ).toMatchObject({ ok: true, value: { access: 'provisional' } });
    expect(await core.dispatch('registration.mine', {}, ctx)).toMatchObject({
      ok: true,
      value: {
        reference,
        appointment: { startsAt: list[0]?.id, adresse: expect.stringMatching(/Paris$/) },
      },
    });
    expect(await core.dispatch('registration.printReceipt', {}, ctx)).toMatchObject({ ok: true });
    await core.close();
  });

  it('says the identifiant is taken next to its field', async () => {
    const core = newCore();
    await core.dispatch('visit.start', {}, ctx);
    const result = await core.dispatch('registration.start', codes, ctx);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: { identifiant: 'account.errors.identifiant.taken' },
      },
    });
    await core.close();
  });

  it('names what is missing when an incomplete registration is sent (the refusal crosses the outbox)', async () => {
    const core = newCore();
    await core.dispatch('visit.start', {}, ctx);
    const started = await core.dispatch(
      'registration.start',
      { ...codes, identifiant: 'incomplet75' },
      ctx,
    );
    expect(started.ok).toBe(true);
    await core.dispatch('registration.saveSection', { section: 'identite', data: identite }, ctx);
    const sent = await core.dispatch('registration.submit', {}, ctx);
    expect(sent).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'refused: registration_incomplete',
        fields: { form: 'account.errors.incomplete' },
      },
    });
    await core.close();
  });

  it('gives the communes of a code postal', async () => {
    const core = newCore();
    const result = await core.dispatch('communes.byPostalCode', { codePostal: '22200' }, ctx);
    expect(result.ok && (result.value as { communes: unknown[] }).communes.length).toBeGreaterThan(
      3,
    );
    expect(await core.dispatch('communes.byPostalCode', { codePostal: '75999' }, ctx)).toEqual({
      ok: true,
      value: { status: 'unknown', communes: [] },
    });
    await core.close();
  });
});
