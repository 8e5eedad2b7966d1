import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCentralApi, type RunningCentralApi } from '../central-api/src/index';
import { CentralApiClient } from '../main/core/api/centralApiClient';
import {
  memoryCredentialStore,
  type TerminalCredential,
} from '../main/core/api/terminalCredential';
import { fileMasterKey } from '../main/core/crypto/masterKey';
import { openKioskDb, type KioskDb } from '../main/core/db/kioskDb';
import { silentLogger } from '../main/core/logging';
import { createDurableOutbox, type DurableOutbox } from '../main/core/outbox/durableOutbox';
import type { BackoffOptions } from '../main/core/outbox/policy';

/** A reference central API with the test-only submission route, on a fixed loopback port. */
export interface BenchApi {
  url: string;
  port: number;
  dir: string;
  grant: string;
  /** The bench terminal's own credential from its enrolment (the demo token enrols a label once). */
  credential: TerminalCredential;
  stop(): Promise<void>;
  start(): Promise<void>;
  count(): number;
  dispose(): Promise<void>;
}

const LABEL = 'bench-outbox';

export async function startBenchApi(): Promise<BenchApi> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-outbox-'));
  const dbPath = join(dir, 'central.db');
  const passwordHashing = { memoryCost: 1024, timeCost: 1, parallelism: 1 };
  let running: RunningCentralApi | undefined = await startCentralApi({
    dbPath,
    passwordHashing,
    testRoutes: true,
  });
  const port = Number(new URL(running.url).port);
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(new URL(path, running!.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return (await response.json()) as Record<string, string>;
  };
  const enrol = await post('/v1/terminals/enrol', {
    enrolmentToken: 'demo-enrolment-token',
    label: LABEL,
  });
  const session = await post(
    '/v1/sessions',
    { identifiant: '1234567A', motDePasse: 'Kiosque2026!', codePostal: '75011' },
    { authorization: `Bearer ${enrol.accessToken}` },
  );
  const Database = (await import('better-sqlite3')).default;
  return {
    url: running.url,
    port,
    dir,
    grant: String(session.submissionGrant),
    credential: { terminalId: enrol.terminalId ?? '', secret: enrol.terminalSecret ?? '' },
    async stop() {
      await running?.close();
      running = undefined;
    },
    async start() {
      running = await startCentralApi({ dbPath, passwordHashing, testRoutes: true, port });
    },
    count() {
      const db = new Database(dbPath, { readonly: true });
      try {
        return (db.prepare('SELECT count(*) AS n FROM test_submissions').get() as { n: number }).n;
      } finally {
        db.close();
      }
    },
    async dispose() {
      await running?.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function openBenchOutbox(
  api: BenchApi,
  backoff?: Partial<BackoffOptions>,
): { outbox: DurableOutbox; db: KioskDb; dispose(): Promise<void> } {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-kiosk-'));
  const db = openKioskDb(join(dataDir, 'kiosk.db'));
  const credentials = memoryCredentialStore();
  credentials.save(api.credential);
  const client = new CentralApiClient({
    baseUrl: api.url,
    timeoutMs: 5000,
    terminalLabel: LABEL,
    credentials,
    logger: silentLogger,
  });
  const outbox = createDurableOutbox({
    db,
    masterKey: fileMasterKey(join(dataDir, 'outbox.key')).load(),
    transport: { post: (...args) => client.deliver(...args) },
    logger: silentLogger,
    backoff,
  });
  return {
    outbox,
    db,
    async dispose() {
      await outbox.close();
      db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function enqueueMany(outbox: DurableOutbox, api: BenchApi, count: number, owners: number) {
  for (let i = 0; i < count; i += 1) {
    const reference = `bench-${Date.now()}-${i}`;
    outbox.enqueue(
      `owner-${i % owners}`,
      {
        kind: 'test-submission',
        path: '/v1/test-submissions',
        body: { reference, content: `Déclaration ${i} : ${'x'.repeat(400)}` },
      },
      { 'X-Submission-Grant': api.grant },
    );
  }
}

export async function until(check: () => boolean, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('bench: condition not met in time');
    await new Promise((r) => setTimeout(r, 2));
  }
}
