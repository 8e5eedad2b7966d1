import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { CentralApiClient } from '../../../main/core/api/centralApiClient';
import { sealedCredentialStore } from '../../../main/core/api/terminalCredential';
import { fileMasterKey } from '../../../main/core/crypto/masterKey';
import { openKioskDb, type KioskDb } from '../../../main/core/db/kioskDb';
import { silentLogger } from '../../../main/core/logging';
import {
  createDurableOutbox,
  type DurableOutbox,
  type DurableOutboxOptions,
} from '../../../main/core/outbox/durableOutbox';
import type { Visit } from '../../../main/core/visit/visitManager';
import { startTestApi, type TestApi } from '../../unit/central-api/helpers';
import { startChaosProxy, type ChaosProxy } from './chaosProxy';

export const TEST_PATH = '/v1/test-submissions';
export const LABEL = 'borne-fault';
/** Personal-looking values that must never appear in the kiosk's files in plain text. */
export const CANARY_NIR = '2850575123456';
export const canaryContent = (reference: string) =>
  `CANARY ${reference} NIR ${CANARY_NIR} camille.canary@example.fr`;

/** The test route's answer: anything else from a 2xx is an unknown outcome. */
export const acceptsTestResponse = (_path: string, data: unknown) =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as { id?: unknown }).id === 'string' &&
  typeof (data as { reference?: unknown }).reference === 'string';

export interface Harness {
  api: TestApi;
  proxy: ChaosProxy;
  dataDir: string;
  /** A signed-in user's credentials (the visit as the kiosk holds it). */
  visit: Visit & { userToken: string; submissionGrant: string };
  openOutbox(options?: Partial<DurableOutboxOptions>): { outbox: DurableOutbox; db: KioskDb };
  submitted: string[];
  assertInvariant(): void;
  dispose(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const api = await startTestApi({ testRoutes: true });
  const proxy = await startChaosProxy(() => api.url, TEST_PATH);
  const { auth, terminalId } = await api.enrol(LABEL);
  const signed = await api.signIn(auth, {
    identifiant: '1234567A',
    motDePasse: 'Kiosque2026!',
    codePostal: '75011',
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-fault-'));
  // The terminal's own credential, where a kiosk keeps it: every client of this data folder (and
  // the drain child) signs in with it, as the one terminal it is; the shared token would be refused.
  const masterKey = () => fileMasterKey(join(dataDir, 'outbox.key')).load();
  const seedDb = openKioskDb(join(dataDir, 'kiosk.db'));
  sealedCredentialStore(seedDb, masterKey()).save({
    terminalId,
    secret: api.terminalSecret(LABEL) ?? '',
  });
  seedDb.close();
  const visit = {
    id: 'fault-visit',
    startedAt: Date.now(),
    userToken: String(signed.json?.userToken),
    submissionGrant: String(signed.json?.submissionGrant),
  };
  const open: Array<{ outbox: DurableOutbox; db: KioskDb }> = [];
  const harness: Harness = {
    api,
    proxy,
    dataDir,
    visit,
    submitted: [],
    openOutbox(options = {}) {
      const db = openKioskDb(join(dataDir, 'kiosk.db'));
      const client = new CentralApiClient({
        baseUrl: proxy.url,
        timeoutMs: 400,
        terminalLabel: LABEL,
        credentials: sealedCredentialStore(db, masterKey()),
        logger: silentLogger,
      });
      const outbox = createDurableOutbox({
        db,
        masterKey: masterKey(),
        transport: { post: (...args) => client.deliver(...args) },
        logger: silentLogger,
        backoff: { baseMs: 5, capMs: 60, maxRetryAfterMs: 1500 },
        // Generous: on a loaded machine a first answer can take a while; faults answer fast anyway.
        firstAttemptMs: 5000,
        acceptsResponse: acceptsTestResponse,
        ...options,
      });
      open.push({ outbox, db });
      return { outbox, db };
    },
    assertInvariant() {
      const rows = api.query<{ reference: string; n: number }>(
        'SELECT reference, count(*) AS n FROM test_submissions GROUP BY reference',
      );
      const counts = new Map(rows.map((r) => [r.reference, r.n]));
      for (const reference of harness.submitted) expect(counts.get(reference), reference).toBe(1);
      expect(rows.length).toBe(harness.submitted.length);
      assertNoPlainText(dataDir, [CANARY_NIR, 'camille.canary', 'CANARY ', visit.submissionGrant]);
    },
    async dispose() {
      for (const { outbox, db } of open) {
        await outbox.close();
        if (db.open) db.close();
      }
      await proxy.close();
      await api.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** Every file under `dir`, its subfolders' too (logs, visit folders). */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/**
 * kiosk.db, its -wal, -shm and every other file the kiosk wrote under its data folder: no canary
 * in plain text (UTF-8 or UTF-16).
 */
export function assertNoPlainText(dir: string, canaries: string[]): void {
  const files = filesUnder(dir);
  expect(files.some((f) => f.endsWith('kiosk.db'))).toBe(true);
  for (const file of files) {
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    for (const canary of canaries) {
      expect(bytes.includes(Buffer.from(canary, 'utf8')), `${canary} in ${file}`).toBe(false);
      expect(bytes.includes(Buffer.from(canary, 'utf16le')), `${canary} (UTF-16) in ${file}`).toBe(
        false,
      );
    }
  }
}

/** Waits until `check` holds (polling), or fails after `ms`. */
export async function eventually(check: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
