import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  MessageChannel,
  Worker,
  receiveMessageOnPort,
  type MessagePort,
} from 'node:worker_threads';
import type {
  ArgumentTypes,
  Db,
  RunResult,
  Statement,
  Transaction,
  VariableArgFunction,
} from '../engine';
import { translateSql, type TranslatedSql } from './dialect';

/**
 * PostgreSQL behind the synchronous `Db` every route uses. A worker thread holds the connection
 * (node-postgres); each call posts the statement and sleeps on a shared flag until the answer is on
 * the port. The event loop waits for the round trip as it waits for SQLite's fsync: well under a
 * millisecond on loopback, and the routes stay one code for both engines (decisions.md).
 *
 * Transactions run SERIALIZABLE and are retried when PostgreSQL reports a serialization failure:
 * several API instances then see what one SQLite process gave for free, a transaction as if alone.
 */
export class PostgresDb implements Db {
  readonly engine = 'postgres' as const;
  readonly name: string;
  /** The `?schema=` of the URL (validated), or undefined for the connection's default. */
  readonly schema: string | undefined;
  /** The URL without `schema`, as node-postgres takes it (the LISTEN connection uses it too). */
  readonly connectionString: string;
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly flag: Int32Array;
  private readonly cache = new Map<string, TranslatedSql & { name: string }>();
  private depth = 0;
  private seq = 0;
  /** Never notified: Atomics.wait on it is a 1 ms sleep. */
  private readonly pause = new Int32Array(new SharedArrayBuffer(4));
  private closed = false;

  /** `filesDir`: the folder for the files the API keeps beside its database (engine.ts). */
  constructor(
    readonly url: string,
    filesDir: string,
  ) {
    this.name = join(filesDir, 'central-api.postgres');
    const parsed = new URL(url);
    const schema = parsed.searchParams.get('schema') ?? undefined;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema))
      throw new Error('The schema in a postgres:// URL must be lower-case letters, digits and _');
    parsed.searchParams.delete('schema');
    this.schema = schema;
    this.connectionString = parsed.toString();
    const shared = new SharedArrayBuffer(4);
    this.flag = new Int32Array(shared);
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.worker = new Worker(workerFile(), {
      workerData: { url: this.connectionString, schema, flag: shared, port: channel.port2 },
      transferList: [channel.port2],
    });
    this.worker.unref();
    try {
      this.call({ text: 'SELECT 1' });
    } catch (error) {
      this.closed = true;
      void this.worker.terminate();
      throw error;
    }
  }

  prepare(sql: string): Statement {
    let translated = this.cache.get(sql);
    if (!translated) {
      const t = translateSql(sql);
      translated = {
        ...t,
        name: `s${createHash('sha1').update(t.text).digest('hex').slice(0, 16)}`,
      };
      this.cache.set(sql, translated);
    }
    return new PostgresStatement(this, translated);
  }

  exec(sql: string): this {
    this.call({ text: sql });
    return this;
  }

  get inTransaction(): boolean {
    return this.depth > 0;
  }

  transaction<F extends VariableArgFunction>(fn: F): Transaction<F> {
    return (...args: ArgumentTypes<F>): ReturnType<F> => {
      if (this.depth > 0) return this.savepoint(() => fn(...args) as ReturnType<F>);
      for (let attempt = 1; ; attempt += 1) {
        this.call({ text: 'BEGIN ISOLATION LEVEL SERIALIZABLE' });
        this.depth = 1;
        try {
          const result = fn(...args) as ReturnType<F>;
          this.call({ text: 'COMMIT' });
          return result;
        } catch (error) {
          this.callQuietly('ROLLBACK');
          if (!isRetryable(error) || attempt >= 8) throw error;
        } finally {
          this.depth = 0;
        }
      }
    };
  }

  pragma(source: string): unknown {
    // The one SQLite setting the API changes at run time: heartbeats written without an fsync.
    const synchronous = /^synchronous\s*=\s*(\w+)$/i.exec(source.trim());
    if (synchronous) {
      const off = synchronous[1]!.toUpperCase() === 'NORMAL' || synchronous[1] === 'OFF';
      this.call({ text: `SET synchronous_commit TO ${off ? 'off' : 'on'}` });
    }
    return [];
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.call({ op: 'close' });
    } finally {
      void this.worker.terminate();
    }
  }

  /** Runs one request on the connection and waits for its answer. */
  call(request: {
    op?: 'close';
    text?: string;
    name?: string;
    values?: unknown[];
    rowMode?: 'array';
  }): { rows: unknown[]; rowCount: number } {
    if (this.closed && request.op !== 'close') throw new Error('The database connection is closed');
    this.seq += 1;
    const seq = this.seq;
    Atomics.store(this.flag, 0, 0);
    this.worker.postMessage({ ...request, seq });
    if (Atomics.wait(this.flag, 0, 0, 60_000) === 'timed-out')
      throw new Error('PostgreSQL did not answer within 60 s');
    const answer = this.receive(seq);
    if (!answer.ok) throw new PostgresError(answer.error);
    return { rows: (answer.rows ?? []).map(withBuffers), rowCount: answer.rowCount ?? 0 };
  }

  /**
   * The answer to request `seq`. The flag can be seen set a moment before the message is readable
   * on the port (under load, seen here): poll the port for up to a second, 1 ms at a time.
   */
  private receive(seq: number): WorkerAnswer {
    for (let tries = 0; tries < 1000; tries += 1) {
      const received = receiveMessageOnPort(this.port);
      if (received) {
        const answer = received.message as WorkerAnswer;
        if (answer.seq === seq) return answer;
        continue;
      }
      Atomics.wait(this.pause, 0, 0, 1);
    }
    throw new Error('PostgreSQL worker answered nothing');
  }

  private callQuietly(text: string): void {
    try {
      this.call({ text });
    } catch {
      // The connection already left the transaction (an error aborted it): nothing to undo.
    }
  }

  private savepoint<T>(fn: () => T): T {
    const name = `sp${this.depth}`;
    this.call({ text: `SAVEPOINT ${name}` });
    this.depth += 1;
    try {
      const result = fn();
      this.call({ text: `RELEASE SAVEPOINT ${name}` });
      return result;
    } catch (error) {
      this.callQuietly(`ROLLBACK TO SAVEPOINT ${name}`);
      throw error;
    } finally {
      this.depth -= 1;
    }
  }
}

class PostgresStatement implements Statement {
  private plucked = false;

  constructor(
    private readonly db: PostgresDb,
    private readonly sql: TranslatedSql & { name: string },
  ) {}

  pluck(toggle = true): this {
    this.plucked = toggle;
    return this;
  }

  run(...params: unknown[]): RunResult {
    const { rows, rowCount } = this.query(params);
    const first = rows[0] as Record<string, unknown> | undefined;
    const id = first && typeof first.id === 'number' ? first.id : 0;
    return { changes: rowCount, lastInsertRowid: id };
  }

  get(...params: unknown[]): unknown {
    return this.all(...params)[0];
  }

  all(...params: unknown[]): unknown[] {
    const { rows } = this.query(params);
    return this.plucked
      ? rows.map((row): unknown => Object.values(row as Record<string, unknown>)[0])
      : rows;
  }

  private query(params: unknown[]) {
    return this.db.call({ text: this.sql.text, name: this.sql.name, values: this.bind(params) });
  }

  /** better-sqlite3's ways of passing parameters: spread, one array, or one object of names. */
  private bind(params: unknown[]): unknown[] {
    const single = params.length === 1 ? params[0] : undefined;
    if (this.sql.names.length > 0) {
      const named = (single ?? {}) as Record<string, unknown>;
      return this.sql.names.map((name) => value(named[name]));
    }
    const list = Array.isArray(single) ? (single as unknown[]) : params;
    return list.map(value);
  }
}

/** SQLite stores what it is given; PostgreSQL needs text for dates and 0/1 kept as numbers. */
function value(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return v.toString();
  return v;
}

/** Bytes cross the thread boundary as Uint8Array; the routes expect Node's Buffer, as SQLite gives. */
function withBuffers(row: unknown): unknown {
  if (row === null || typeof row !== 'object') return row;
  for (const [key, v] of Object.entries(row)) {
    if (v instanceof Uint8Array && !Buffer.isBuffer(v))
      (row as Record<string, unknown>)[key] = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  }
  return row;
}

interface WorkerAnswer {
  seq: number;
  ok: boolean;
  rows: unknown[];
  rowCount: number;
  error: { message: string; code?: string; detail?: string; constraint?: string };
}

/** A PostgreSQL error with its SQLSTATE (`code`), e.g. 23505 for a unique violation. */
export class PostgresError extends Error {
  readonly code: string | undefined;
  readonly constraint: string | undefined;
  constructor(error: WorkerAnswer['error']) {
    super(error.message);
    this.name = 'PostgresError';
    this.code = error.code;
    this.constraint = error.constraint;
  }
}

/** Serialization failure and deadlock: the transaction did nothing and may simply run again. */
function isRetryable(error: unknown): boolean {
  return error instanceof PostgresError && (error.code === '40001' || error.code === '40P01');
}

const workerFile = (): string => fileURLToPath(new URL('./postgresWorker.cjs', import.meta.url));
