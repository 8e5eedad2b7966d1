import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { Db } from '../../../central-api/src/db/engine';
import { issueEnrolmentCode } from '../../../central-api/src/terminalIdentity';
import {
  mailKeyFile,
  openDatabase,
  openForMailer,
  startCentralApi,
  type StartCentralApiOptions,
} from '../../../central-api/src/index';
import { BALANCER_ADDRESS, balancedLauncher, testBalanced } from './balanced';

/** Cheap argon2id parameters for tests only (production keeps the library defaults). */
export const fastHashing = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON, or undefined when the body is empty or not JSON. */
  json: Record<string, unknown> | undefined;
}

export interface RequestOptions {
  /** An object is sent as JSON; a string or Buffer is sent as is. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Default application/json when there is a body. */
  contentType?: string | null;
}

/**
 * The engine the central API's tests run on. `KIOSK_TEST_DB=postgres` (the vitest project
 * `postgres`, started through `node scripts/postgres.mjs --`) runs them on PostgreSQL, each test
 * API in a schema of its own; otherwise SQLite, a file in the test's folder.
 */
export const testEngine: 'sqlite' | 'postgres' =
  process.env.KIOSK_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

/** Where a test's central API database lives: a SQLite file in `dir`, or a new PostgreSQL schema. */
export function testDatabaseLocation(dir: string, file = 'central.db'): string {
  if (testEngine === 'sqlite') return join(dir, file);
  const url = process.env.KIOSK_TEST_POSTGRES_URL;
  if (!url)
    throw new Error(
      'KIOSK_TEST_DB=postgres needs KIOSK_TEST_POSTGRES_URL: run through node scripts/postgres.mjs --',
    );
  return `${url}?schema=t_${randomBytes(6).toString('hex')}`;
}

/** Opens a test's database as the API does (files beside it in `dir`). */
export function openTestDatabase(location: string, dir: string): Db {
  return openDatabase(location, undefined, { filesDir: dir });
}

export interface TestApi {
  url: string;
  dir: string;
  /** The database's location: a SQLite file, or a postgres:// URL naming the test's schema. */
  dbPath: string;
  /** Opens the database (close it after); for reading or arranging what a test needs. */
  openDb(): Db;
  request(method: string, path: string, options?: RequestOptions): Promise<Reply>;
  /**
   * A terminal's Authorization header: the first call for a label enrols it with the demo
   * enrolment token and keeps its own secret; later calls exchange that secret for a new access
   * token (the demo token no longer takes over an enrolled label).
   */
  enrol(label?: string): Promise<{ terminalId: string; auth: Record<string, string> }>;
  /** The secret a label got at its enrolment through `enrol`. */
  terminalSecret(label: string): string | undefined;
  /** IT's one-time enrolment code for `label`, as the console or the CLI issues it. */
  enrolmentCode(label: string, agencyCode?: string): string;
  signIn(
    auth: Record<string, string>,
    account: { identifiant: string; motDePasse: string; codePostal: string },
  ): Promise<Reply>;
  /** The secrets of the last outgoing e-mail of this kind, opened as the mailer does (its key). */
  mailedSecrets(kind: string): Record<string, string>;
  /** A read-only view of the database file, for asserting what was stored. */
  query<T>(sql: string, ...params: unknown[]): T[];
  /** Stops the server (the temp folder stays, for restart tests). */
  stop(): Promise<void>;
  /** Starts again on the same database file. */
  restart(): Promise<void>;
  /** Stops and deletes the temp folder. */
  dispose(): Promise<void>;
}

export async function startTestApi(
  options: Partial<StartCentralApiOptions> = {},
  /** Another instance's folder and database (startTwoInstances); default: new ones. */
  shared?: { dir: string; dbPath: string },
): Promise<TestApi> {
  const dir = shared?.dir ?? mkdtempSync(join(tmpdir(), 'central-api-'));
  const dbPath = shared?.dbPath ?? testDatabaseLocation(dir);
  const startOne = (port?: number) =>
    startCentralApi({
      passwordHashing: fastHashing,
      ...options,
      ...(testBalanced ? { port, trustProxy: BALANCER_ADDRESS } : {}),
      dbPath,
      filesDir: dir,
    });
  // KIOSK_TEST_BALANCED=1: two instances behind nginx (balanced.ts), `url` being nginx's.
  const start = testBalanced ? balancedLauncher(dir, startOne) : () => startOne();
  const openDb = () => openTestDatabase(dbPath, dir);
  // PostgreSQL: the test's own reads share one connection (each opened Db is a worker thread).
  let reader: Db | undefined;
  const readDb = () => (reader ??= openDb());
  let running = await start();
  const credentials = new Map<string, { terminalId: string; secret: string }>();

  const request = async (
    method: string,
    path: string,
    opts: RequestOptions = {},
  ): Promise<Reply> => {
    const headers: Record<string, string> = { ...opts.headers };
    let body: string | Buffer | undefined;
    if (opts.body !== undefined) {
      body =
        typeof opts.body === 'string' || Buffer.isBuffer(opts.body)
          ? opts.body
          : JSON.stringify(opts.body);
    }
    const contentType =
      opts.contentType === undefined
        ? body !== undefined
          ? 'application/json'
          : null
        : opts.contentType;
    if (contentType) headers['content-type'] = contentType;
    const response = await fetch(running.url + path, { method, headers, body });
    const text = await response.text();
    let json: Record<string, unknown> | undefined;
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  };

  const api: TestApi = {
    dir,
    dbPath,
    openDb,
    get url() {
      return running.url;
    },
    request,
    async enrol(label = 'borne-test') {
      const known = credentials.get(label);
      const reply = known
        ? await request('POST', '/v1/terminals/token', {
            body: { terminalId: known.terminalId, terminalSecret: known.secret },
          })
        : await request('POST', '/v1/terminals/enrol', {
            body: { enrolmentToken: 'demo-enrolment-token', label },
          });
      if (reply.status !== 201) throw new Error(`enrol failed: ${reply.status} ${reply.text}`);
      const terminalId = String(reply.json?.terminalId);
      if (!known)
        credentials.set(label, { terminalId, secret: String(reply.json?.terminalSecret) });
      return { terminalId, auth: { authorization: `Bearer ${String(reply.json?.accessToken)}` } };
    },
    terminalSecret: (label) => credentials.get(label)?.secret,
    enrolmentCode(label, agencyCode) {
      const db = openDb();
      try {
        return issueEnrolmentCode(db, {
          label,
          agencyCode: agencyCode ?? null,
          issuedBy: null,
          at: options.now?.() ?? new Date(),
        }).code;
      } finally {
        db.close();
      }
    },
    signIn(auth, account) {
      const { identifiant, motDePasse, codePostal } = account;
      return request('POST', '/v1/sessions', {
        headers: auth,
        body: { identifiant, motDePasse, codePostal },
      });
    },
    mailedSecrets(kind) {
      const [mail] = api.query<{ body_json: string }>(
        'SELECT body_json FROM outgoing_emails WHERE kind = ? ORDER BY id DESC LIMIT 1',
        kind,
      );
      const { sealed } = JSON.parse(mail?.body_json ?? '{}') as { sealed?: string };
      if (!sealed) throw new Error(`no sealed ${kind} e-mail`);
      const keyFile = mailKeyFile(testEngine === 'sqlite' ? dbPath : readDb().name);
      const key = Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'hex');
      return openForMailer(key, sealed);
    },
    query<T>(sql: string, ...params: unknown[]) {
      if (testEngine === 'postgres')
        return readDb()
          .prepare(sql)
          .all(...params) as T[];
      const db = new Database(dbPath, { readonly: true });
      try {
        return db.prepare(sql).all(...params) as T[];
      } finally {
        db.close();
      }
    },
    stop: () => running.close(),
    async restart() {
      await running.close();
      running = await start();
    },
    async dispose() {
      await running.close();
      reader?.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return api;
}

/**
 * Two central APIs in this process, on their own ports, over the SAME database and files folder:
 * what several instances behind a load balancer share. `dispose` stops both and deletes the folder.
 */
export async function startTwoInstances(
  options: Partial<StartCentralApiOptions> = {},
): Promise<{ a: TestApi; b: TestApi; dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'central-api-'));
  const shared = { dir, dbPath: testDatabaseLocation(dir) };
  // One after the other: the second finds the schema migrated and the demo data seeded.
  const a = await startTestApi(options, shared);
  const b = await startTestApi(options, shared).catch(async (error: unknown) => {
    await a.dispose();
    throw error;
  });
  return {
    a,
    b,
    async dispose() {
      await Promise.all([a.stop(), b.stop()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Camille Martin, the first demo account. */
export const demoAccount = {
  identifiant: '1234567A',
  motDePasse: 'Kiosque2026!',
  codePostal: '75011',
};

/** A test API logging at trace level into memory, for the "no personal data in logs" tests. */
export async function startLoggedTestApi(): Promise<{ api: TestApi; log(): string }> {
  const chunks: string[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  const api = await startTestApi({ logStream: stream, logLevel: 'trace' });
  return { api, log: () => chunks.join('') };
}

/** Enrols a terminal labelled `label` and signs the demo account in on it. */
export async function signedInDemo(api: TestApi, label: string) {
  const { auth } = await api.enrol(label);
  const reply = await api.signIn(auth, demoAccount);
  const userToken = String(reply.json?.userToken);
  return { auth, userToken, user: { ...auth, 'x-user-token': userToken } };
}

/** The demo staff accounts (central-api/src/staff/seedStaff.ts). */
export const demoStaff = {
  conseiller: { identifiant: 'conseiller.paris', motDePasse: 'Conseil-Paris-2026' },
  responsable: { identifiant: 'responsable.paris', motDePasse: 'Agence-Paris-2026' },
  it: { identifiant: 'it.national', motDePasse: 'Parc-Bornes-2026' },
} as const;

/**
 * Signs a staff member in to the console; returns the headers a console request carries: the
 * session cookie and the X-Staff-Console header state-changing requests need.
 */
export async function staffSignedIn(
  api: TestApi,
  account: { identifiant: string; motDePasse: string },
): Promise<{ cookie: string; headers: Record<string, string> }> {
  const reply = await api.request('POST', '/v1/staff/sessions', {
    headers: { 'x-staff-console': '1' },
    body: account,
  });
  if (reply.status !== 201) throw new Error(`staff sign-in failed: ${reply.status} ${reply.text}`);
  const cookie = (reply.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, headers: { cookie, 'x-staff-console': '1' } };
}
