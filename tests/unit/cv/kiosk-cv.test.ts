import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCentralApi, type RunningCentralApi } from '../../../central-api/src/index';
import { parseConfig } from '../../../main/core/config';
import { RomeService } from '../../../main/core/cv/romeService';
import { createKioskCore } from '../../../main/core/kiosk';
import { silentLogger } from '../../../main/core/logging';
import type { KioskCore } from '../../../main/core/types';
import type { Result } from '../../../shared/contract';
import { sampleCv } from './sample';
import { loadRomeIndex } from '../rome/loadIndex';
import { newTerminal } from '../../fixtures/core';

// The kiosk core against the real reference central API: CV handlers end to end, no mock.
let api: RunningCentralApi;
let core: KioskCore;
const printDir = mkdtempSync(join(tmpdir(), 'cv-print-'));
const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-cv-'));
const ctx = { transport: 'http' as const };
const karim = { identifiant: '7654321B', motDePasse: 'Soleil-Juin-8', codePostal: '22200' };

async function call<T = Record<string, unknown>>(method: string, input: unknown = {}) {
  return (await core.dispatch(method, input, ctx)) as Result<T>;
}
async function ok<T = Record<string, unknown>>(method: string, input: unknown = {}): Promise<T> {
  const result = await call<T>(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}

beforeAll(async () => {
  api = await startCentralApi({
    dbPath: join(mkdtempSync(join(tmpdir(), 'central-cv-')), 'central.db'),
    passwordHashing: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
  });
  core = createKioskCore({
    config: parseConfig({
      dataDir,
      terminal: newTerminal('borne-cv'),
      printer: { kind: 'capture', dir: printDir },
    }),
    apiBaseUrl: api.url,
    logger: silentLogger,
    mode: 'browser',
    appVersion: 'test',
    heartbeatMs: 0,
  });
});
afterAll(async () => {
  await core.close();
  await api.close();
});

describe('CV handlers with the reference central API', () => {
  it('needs a signed-in user', async () => {
    await ok('visit.start');
    expect(await call('cv.list')).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    await ok('auth.login', karim);
  });

  it('searches appellations, skills and places', async () => {
    const { hits, attribution } = await ok<{
      hits: { label: string; rome: string }[];
      attribution: string;
    }>('cv.searchAppellations', { query: 'maitre nageur' });
    expect(hits[0]).toMatchObject({ rome: 'G1224' });
    expect(attribution).toContain('Licence Ouverte 2.0');
    expect(
      (await ok<{ skills: string[] }>('cv.romeSkills', { rome: 'G1224' })).skills.length,
    ).toBeGreaterThan(3);
    const { places } = await ok<{ places: { kind: string; label: string }[] }>('cv.searchPlaces', {
      query: 'lannion',
    });
    expect(places[0]).toEqual({ kind: 'commune', code: '22113', label: 'Lannion (22)' });
    const bretagne = await ok<{ places: { kind: string }[] }>('cv.searchPlaces', {
      query: 'bretagne',
    });
    expect(bretagne.places[0]).toMatchObject({ kind: 'region', label: 'Bretagne' });
    const byCode = await ok<{ places: { label: string }[] }>('cv.searchPlaces', { query: '22300' });
    expect(byCode.places.map((p) => p.label)).toContain('Lannion (22)');
  });

  let cvId = '';
  it('saves a draft through the outbox and reads it back from the central API', async () => {
    const saved = await ok<{ cvId: string; status: string }>('cv.save', {
      step: 'informations',
      content: sampleCv(),
    });
    expect(saved.status).toBe('sent');
    cvId = saved.cvId;
    const list = await ok<{ cvs: { cvId: string; percent: number }[]; max: number }>('cv.list');
    expect(list).toMatchObject({ max: 5, cvs: [{ cvId, percent: 100 }] });
    expect((await ok<{ content: unknown }>('cv.get', { cvId })).content).toEqual(sampleCv());
  });

  it('refuses a second CV for the same job with a message next to the job field', async () => {
    expect(await call('cv.save', { step: 'cible', content: sampleCv() })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { 'target.appellation': 'cv.validation.sameRome' } },
    });
  });

  it('duplicates a CV without its job, for another one', async () => {
    const copy = await ok<{ cvId: string }>('cv.duplicate', { cvId });
    const read = await ok<{ content: ReturnType<typeof sampleCv>; step: string }>('cv.get', {
      cvId: copy.cvId,
    });
    expect(read.content.target.appellation).toBeNull();
    expect(read.content.experiences).toEqual(sampleCv().experiences);
    expect(read.step).toBe('cible');
  });

  it('previews the real PDF as images and prints it', async () => {
    const preview = await ok<{ pages: string[]; pageCount: number }>('cv.preview', {
      content: sampleCv(),
    });
    expect(preview.pageCount).toBe(1);
    expect(preview.pages[0]).toMatch(/^data:image\/png;base64,iVBOR/);
    await ok('cv.print', { content: sampleCv() });
    const [printed] = readdirSync(printDir);
    expect(printed).toMatch(/-cv\.pdf$/);
    const text = execFileSync('pdftotext', [join(printDir, printed!), '-'], { encoding: 'utf8' });
    expect(text).toContain('Karim Benali');
    expect(text).toContain('Maître-nageuse sauveteuse');
    expect(readFileSync(join(printDir, printed!)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses to print an incomplete CV, naming the fields', async () => {
    const cv = sampleCv();
    cv.title = '';
    expect(await call('cv.print', { content: cv })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { title: 'cv.validation.titleRequired' } },
    });
  });

  it('publishes, e-mails and deletes through the outbox', async () => {
    expect(await ok('cv.setStatus', { cvId, status: 'published' })).toEqual({ status: 'sent' });
    // To an address on file (Karim's account's); any other address is refused.
    expect(await ok('cv.email', { cvId, email: 'karim.benali@example.fr' })).toEqual({
      status: 'sent',
    });
    expect(await call('cv.email', { cvId, email: 'karim@exemple.fr' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { email: 'cv.validation.emailNotOnFile' } },
    });
    expect(await call('cv.email', { cvId, email: 'karim@' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { email: 'cv.validation.email' } },
    });
    expect(await ok('cv.delete', { cvId })).toEqual({ status: 'sent' });
    const list = await ok<{ cvs: { cvId: string }[] }>('cv.list');
    expect(list.cvs.map((cv) => cv.cvId)).not.toContain(cvId);
  });

  it('leaves nothing of the visit on the terminal', async () => {
    await ok('visit.end', { reason: 'user' });
    const visits = join(dataDir, 'visits');
    expect(existsSync(visits) ? readdirSync(visits) : []).toEqual([]);
  });
});

describe('ROME index refresh', () => {
  const local = loadRomeIndex();
  const newer = {
    ...local,
    version: '4.60.99',
    appellations: [['Testeur / Testeuse de bornes', 'M1805', 1, 0]],
  };

  it('replaces the shipped index when the central API has a newer one, and only then', async () => {
    const rome = new RomeService(() => local);
    let fetched = 0;
    const source = (version: string, index: unknown) => ({
      version: async () => version,
      index: async () => {
        fetched += 1;
        return index;
      },
    });
    await rome.refresh(source(local.version, local), 0);
    expect(fetched).toBe(0);
    await rome.refresh(source('4.60.99', newer), 11 * 60_000);
    expect(rome.get().version).toBe('4.60.99');
    expect(rome.get().search('testeur')[0]?.label).toBe('Testeur / Testeuse de bornes');
  });

  it('keeps its index when the answer is broken or the API is down', async () => {
    const rome = new RomeService(() => local);
    await rome.refresh(
      { version: async () => '9.0.0', index: async () => ({ version: '9.0.0' }) },
      0,
    );
    expect(rome.get().version).toBe(local.version);
    const down = new RomeService(() => local);
    await down.refresh(
      { version: () => Promise.reject(new Error('offline')), index: async () => null },
      0,
    );
    expect(down.get().search('caissier')[0]?.rome).toBe('D1505');
  });
});
