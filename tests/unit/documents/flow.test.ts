import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openDatabase,
  startCentralApi,
  type RunningCentralApi,
} from '../../../central-api/src/index';
import { setDocumentStatus } from '../../../central-api/src/routes/documents';
import type { ScanStatus } from '../../../shared/contract/documents';
import { parseConfig } from '../../../main/core/config';
import type { KioskCore } from '../../../main/core/types';
import { writeSaneTestConfig } from '../../fixtures/sane';
import { newTerminal, testCore } from '../../fixtures/core';

// The documents flow through the real core, the real SANE test backend and the real central API.
let api: RunningCentralApi;
let dbPath: string;
const ctx = { transport: 'http' as const };
const camille = { identifiant: '1234567A', motDePasse: 'Kiosque2026!', codePostal: '75011' };
const printDir = mkdtempSync(join(tmpdir(), 'print-'));

async function signedInCore(
  scanner: Record<string, unknown> = {},
): Promise<{ core: KioskCore; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-docs-'));
  const config = parseConfig({
    dataDir,
    terminal: newTerminal(),
    printer: { kind: 'capture', dir: printDir },
    scanner: {
      device: 'test:0',
      resolution: 150,
      saneConfigDir: writeSaneTestConfig({ picture: 'Grid' }),
      ...scanner,
    },
  });
  const core = testCore(config, api.url);
  await core.dispatch('visit.start', {}, ctx);
  expect((await core.dispatch('auth.login', camille, ctx)).ok).toBe(true);
  return { core, dataDir };
}

async function call<T>(core: KioskCore, method: string, input: unknown = {}): Promise<T> {
  const result = await core.dispatch(method, input, ctx);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function scanUntilSettled(
  core: KioskCore,
  source?: 'flatbed' | 'feeder',
): Promise<ScanStatus> {
  await call(core, 'documents.scanStart', source ? { source } : {});
  for (;;) {
    const status = await call<ScanStatus>(core, 'documents.scanStatus');
    if (!['scanning', 'cancelling'].includes(status.state)) return status;
    await new Promise((r) => setTimeout(r, 50));
  }
}

function storedPdf(reference: string): Buffer {
  const db = new Database(dbPath, { readonly: true });
  try {
    const row = db.prepare('SELECT pdf FROM documents WHERE reference = ?').get(reference) as {
      pdf: Buffer;
    };
    return row.pdf;
  } finally {
    db.close();
  }
}

function pdfChecks(pdf: Buffer): { pages: number; qpdf: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-')), 'doc.pdf');
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    qpdf: execFileSync('qpdf', ['--check', file], { encoding: 'utf8' }),
  };
}

beforeAll(async () => {
  dbPath = join(mkdtempSync(join(tmpdir(), 'central-docs-')), 'central.db');
  api = await startCentralApi({ dbPath, passwordHashing: { memoryCost: 4096, timeCost: 2 } });
});
afterAll(async () => {
  await api.close();
});

describe('scanning and sending a document', () => {
  it('3 flatbed pages, one rotated and one deleted → the central API holds a 2-page PDF that passes qpdf', async () => {
    const { core } = await signedInCore();
    for (let i = 0; i < 3; i++) expect((await scanUntilSettled(core)).state).toBe('done');
    const { pages } = await call<ScanStatus>(core, 'documents.scanStatus');
    expect(pages).toHaveLength(3);
    await call(core, 'documents.pageRotate', { pageId: pages[0]!.id, rotation: 90 });
    const after = await call<{ pages: ScanStatus['pages'] }>(core, 'documents.pageDelete', {
      pageId: pages[1]!.id,
    });
    expect(after.pages.map((p) => p.id)).toEqual([pages[0]!.id, pages[2]!.id]);
    expect(after.pages[0]!.rotation).toBe(90);

    const sent = await call<{ reference: string; status: string; pages: number }>(
      core,
      'documents.send',
      {
        type: 'bulletin_salaire',
        month: new Date().toISOString().slice(0, 7),
      },
    );
    expect(sent).toMatchObject({ status: 'sent', pages: 2 });
    const pdf = storedPdf(sent.reference);
    const checks = pdfChecks(pdf);
    expect(checks.pages).toBe(2);
    expect(checks.qpdf).toMatch(/No syntax or stream encoding errors/);
    // Pages are forgotten once sent.
    expect((await call<ScanStatus>(core, 'documents.scanStatus')).pages).toEqual([]);

    // The back office processes it; the user sees the new status.
    const list = await call<{ documents: { reference: string; status: string }[] }>(
      core,
      'documents.list',
    );
    expect(list.documents[0]).toMatchObject({ reference: sent.reference, status: 'recu' });
    const db = openDatabase(dbPath);
    setDocumentStatus(db, sent.reference, 'refuse', 'Document illisible');
    db.close();
    const again = await call<{ documents: { status: string; reason?: string }[] }>(
      core,
      'documents.list',
    );
    expect(again.documents[0]).toMatchObject({ status: 'refuse', reason: 'Document illisible' });
    await core.close();
  }, 60_000);

  it('the feeder scans its 10 pages in one go', async () => {
    const { core } = await signedInCore({ resolution: 75 });
    const status = await scanUntilSettled(core, 'feeder');
    expect(status.state).toBe('done');
    expect(status.pages).toHaveLength(10);
    await core.close();
  }, 60_000);

  it('a missing month, a missing description: messages per field, pages kept', async () => {
    const { core } = await signedInCore();
    await scanUntilSettled(core);
    const noMonth = await core.dispatch('documents.send', { type: 'bulletin_salaire' }, ctx);
    expect(noMonth).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { month: 'documents.validation.month.required' } },
    });
    const future = await core.dispatch(
      'documents.send',
      { type: 'arret_travail', month: '2999-01' },
      ctx,
    );
    expect(future).toMatchObject({
      ok: false,
      error: { fields: { month: 'documents.validation.month.future' } },
    });
    const other = await core.dispatch('documents.send', { type: 'autre' }, ctx);
    expect(other).toMatchObject({
      ok: false,
      error: { fields: { description: 'documents.validation.description.required' } },
    });
    expect((await call<ScanStatus>(core, 'documents.scanStatus')).pages).toHaveLength(1);
    await core.close();
  }, 30_000);

  it('a scanner that does not exist, and a jammed one, end as distinct problems', async () => {
    const missing = await signedInCore({ device: 'nope:0' });
    expect(await scanUntilSettled(missing.core)).toMatchObject({
      state: 'failed',
      problem: 'no_scanner',
    });
    await missing.core.close();
    const jammed = await signedInCore({
      saneConfigDir: writeSaneTestConfig({ readStatus: 'SANE_STATUS_JAMMED' }),
    });
    expect(await scanUntilSettled(jammed.core)).toMatchObject({
      state: 'failed',
      problem: 'jammed',
    });
    await jammed.core.close();
  }, 30_000);

  it('the visit end stops the scan and deletes every scanned file', async () => {
    const { core, dataDir } = await signedInCore({
      saneConfigDir: writeSaneTestConfig({ readDelayUs: 20_000 }),
    });
    await call(core, 'documents.scanStart');
    await new Promise((r) => setTimeout(r, 300));
    await core.dispatch('visit.end', { reason: 'user' }, ctx);
    const visits = join(dataDir, 'visits');
    expect(existsSync(visits) ? readdirSync(visits) : []).toEqual([]);
    await core.close();
  }, 30_000);
});

describe('Mes échanges', () => {
  it('lists the seeded letters, appointments and adviser; a letter prints', async () => {
    const { core } = await signedInCore();
    const overview = await call<{
      letters: { id: string; title: string }[];
      appointments: { at: string }[];
      adviser: { phone: string; address: string; postalCode: string; town: string } | null;
    }>(core, 'exchanges.overview');
    expect(overview.letters.map((l) => l.title)).toContain('Convocation à un entretien');
    expect(overview.appointments.some((a) => new Date(a.at) > new Date())).toBe(true);
    expect(overview.appointments.some((a) => new Date(a.at) < new Date())).toBe(true);
    expect(overview.adviser).toMatchObject({ phone: '3949', postalCode: '75011', town: 'Paris' });
    const letter = overview.letters[0]!;
    const { pdfBase64 } = await call<{ pdfBase64: string }>(core, 'exchanges.letterPdf', {
      letterId: letter.id,
    });
    expect(Buffer.from(pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const before = readdirSync(printDir).length;
    await call(core, 'exchanges.letterPrint', { letterId: letter.id });
    const printed = readdirSync(printDir);
    expect(printed.length).toBe(before + 1);
    const last = printed
      .filter((f) => f.endsWith('-letter.pdf'))
      .sort()
      .at(-1)!;
    expect(readFileSync(join(printDir, last)).subarray(0, 5).toString()).toBe('%PDF-');
    await core.close();
  }, 30_000);
});
