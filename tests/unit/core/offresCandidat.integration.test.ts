import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  demoOfferNumbers,
  startCentralApi,
  type RunningCentralApi,
} from '../../../central-api/src/index';
import { parseConfig } from '../../../main/core/config';
import type { KioskCore } from '../../../main/core/types';
import type { Result } from '../../../shared/contract';
import type { Application } from '../../../shared/domain/offres';
import { sampleCv } from '../cv/sample';
import { testCore } from '../../fixtures/core';

// main's classeur, alerts and applications against the real reference central API, stopped and
// started again on the same port to prove a queued application is delivered, once.
const ctx = { transport: 'http' as const };
const about = {
  title: 'Electricien / Electricienne du bâtiment',
  cvTitle: 'Maître-nageuse sauveteuse',
};
const karim = { identifiant: '7654321B', motDePasse: 'Soleil-Juin-8', codePostal: '22200' };

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe('offers of a signed-in job seeker, in main', () => {
  let api: RunningCentralApi;
  let core: KioskCore;
  let port: number;
  let cvId: string;
  const dbPath = join(mkdtempSync(join(tmpdir(), 'kiosk-central-')), 'central.db');
  const printDir = mkdtempSync(join(tmpdir(), 'kiosk-print-'));
  const start = () =>
    startCentralApi({
      dbPath,
      port,
      demoOffers: 2000,
      passwordHashing: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
    });
  const call = async <T>(method: string, input: unknown) =>
    (await core.dispatch(method, input, ctx)) as Result<T>;

  beforeAll(async () => {
    port = await freePort();
    api = await start();
    const config = parseConfig({
      dataDir: mkdtempSync(join(tmpdir(), 'kiosk-core-')),
      terminal: { label: 'test-borne', enrolmentToken: 'demo-enrolment-token' },
      printer: { kind: 'capture', dir: printDir },
    });
    core = testCore(config, api.url);
    await core.dispatch('visit.start', {}, ctx);
    expect(await core.dispatch('auth.login', karim, ctx)).toMatchObject({ ok: true });
    const saved = await call<{ cvId: string }>('cv.save', { step: 'cible', content: sampleCv() });
    if (!saved.ok) throw new Error(saved.error.code);
    cvId = saved.value.cvId;
  }, 60_000);
  afterAll(async () => {
    await core.close();
    await api.close();
  });

  it('saves an offer in the classeur, removes it, and refuses a filled one by its code', async () => {
    expect(await call('offres.save', { numero: demoOfferNumbers.open })).toMatchObject({
      ok: true,
    });
    expect(await call('offres.classeur', {})).toMatchObject({
      ok: true,
      value: { offres: [{ numero: demoOfferNumbers.open }], removed: [] },
    });
    expect(await call('offres.save', { numero: demoOfferNumbers.filled })).toMatchObject({
      ok: false,
      error: { code: 'offer_filled' },
    });
    expect(await call('offres.unsave', { numero: demoOfferNumbers.open })).toEqual({
      ok: true,
      value: {},
    });
    // Twice: what the person wanted, no error.
    expect(await call('offres.unsave', { numero: demoOfferNumbers.open })).toMatchObject({
      ok: true,
    });
  });

  it('creates an alert with the address on file offered, lists and deletes it', async () => {
    const created = await call<{ id: string }>('offres.createAlert', {
      nom: 'Électricien',
      email: 'karim.benali@example.fr',
      criteria: { rome: 'F1602' },
    });
    expect(created.ok).toBe(true);
    const list = await call<{ alertes: { id: string }[]; email: string | null }>(
      'offres.alerts',
      {},
    );
    expect(list).toMatchObject({ ok: true, value: { email: 'karim.benali@example.fr' } });
    expect(await call('offres.deleteAlert', { id: created.ok ? created.value.id : '' })).toEqual({
      ok: true,
      value: {},
    });
  });

  it('applies only with a CV put online, once, then prints the receipt', async () => {
    const apply = () =>
      call('offres.apply', { ...about, numero: demoOfferNumbers.open, cvId, message: 'Bonjour.' });
    expect(await apply()).toMatchObject({ ok: false, error: { code: 'cv_not_published' } });
    expect(await call('cv.setStatus', { cvId, status: 'published' })).toMatchObject({ ok: true });
    const sent = await apply();
    expect(sent).toMatchObject({
      ok: true,
      value: { numero: demoOfferNumbers.open, status: 'sent' },
    });
    expect(sent.ok && (sent.value as { reference: string }).reference).toMatch(
      /^APP-\d{8}-[2-9A-HJKMNP-TV-Z]{6}$/,
    );
    expect(await apply()).toMatchObject({ ok: false, error: { code: 'already_applied' } });
    expect(
      await call('offres.apply', { ...about, numero: demoOfferNumbers.filled, cvId, message: '' }),
    ).toMatchObject({ ok: false, error: { code: 'offer_filled' } });

    expect(await call('offres.printApplication', {})).toEqual({ ok: true, value: {} });
    const [file] = readdirSync(printDir).filter((f) => f.endsWith('candidature-receipt.pdf'));
    const text = execFileSync('pdftotext', [join(printDir, String(file)), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    expect(text).toContain('Justificatif de candidature');
    expect(text).toContain('Karim Benali');
    expect(text).toContain(`Offre n° ${demoOfferNumbers.open}`);
    expect(text).toContain('Candidature reçue par France Travail.');
    expect(text).not.toContain('7654321B');
    expect(text).not.toContain('Bonjour.');
  });

  it('queues an application while the central API is away, shows it « en cours », delivers it once', async () => {
    const db = (await import('better-sqlite3')).default;
    const read = new db(dbPath, { readonly: true });
    const numero = read
      .prepare(
        "SELECT numero FROM offres WHERE status = 'published' AND apply_mode = 'online' AND numero != ? LIMIT 1",
      )
      .pluck()
      .get(demoOfferNumbers.open) as string;
    read.close();
    await api.close();
    const queued = await call<{ status: string; reference: string }>('offres.apply', {
      ...about,
      numero,
      cvId,
      message: '',
    });
    expect(queued).toMatchObject({ ok: true, value: { status: 'queued' } });
    const reference = queued.ok ? queued.value.reference : '';
    api = await start();
    // Delivered by the outbox when the API is back, under its idempotency key: one row.
    const delivered = async () => {
      const list = await call<{ candidatures: Application[] }>('offres.applications', {});
      return list.ok ? list.value.candidatures : [];
    };
    let candidatures: Application[] = [];
    const seen = () => candidatures.find((c) => c.reference === reference)?.status;
    // Listed at once, « en cours » until the outbox has delivered it.
    for (let i = 0; i < 100 && seen() !== 'envoyee'; i += 1) {
      expect(seen() ?? 'en_cours').toBe('en_cours');
      await new Promise((resolve) => setTimeout(resolve, 100));
      candidatures = await delivered();
    }
    expect(candidatures.map((c) => [c.numero, c.status])).toEqual([
      [numero, 'envoyee'],
      [demoOfferNumbers.open, 'envoyee'],
    ]);
    expect(await call('offres.apply', { ...about, numero, cvId, message: '' })).toMatchObject({
      ok: false,
      error: { code: 'already_applied' },
    });
  });
});
