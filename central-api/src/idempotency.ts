import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from './db/open';
import { ApiError } from './errors';
import { sha256Hex } from './tokens';
import { submissionGrantHash, userTokenHash } from './auth';

/** What a handler prepared (async work done): its status, and the write to run in the transaction. */
export interface Outcome {
  status: number;
  /** Runs inside the transaction that also stores the idempotency record; returns the body. */
  commit: () => unknown;
}

/** Records older than this are forgotten: a retry that late is treated as a new request. */
export const IDEMPOTENCY_RETENTION_HOURS = 24;

/**
 * Idempotency-Key handling for every POST. The record (status + body) is written in the same
 * transaction as the business write, so a replay can never see one without the other.
 *
 * The stored body can hold a token or a name, so it is encrypted with a key derived from the raw
 * Idempotency-Key, which is itself stored only as a hash: the database alone cannot read it back.
 * The fingerprint is an HMAC keyed by the raw key too, because the body may hold a password.
 */
export function createIdempotency(db: Db, now: () => Date) {
  const inFlight = new Map<string, string>();
  const find = db.prepare(
    'SELECT fingerprint, status, response_body FROM idempotency_records WHERE scope = ? AND key_hash = ?',
  );
  const insert = db.prepare(
    `INSERT INTO idempotency_records (scope, key_hash, fingerprint, status, response_body, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );

  const seal = db.prepare(
    'UPDATE idempotency_records SET response_body = ? WHERE scope = ? AND key_hash = ?',
  );

  function purgeExpired(): void {
    const cutoff = new Date(now().getTime() - IDEMPOTENCY_RETENTION_HOURS * 3600_000);
    db.prepare('DELETE FROM idempotency_records WHERE created_at < ?').run(cutoff.toISOString());
  }

  async function execute(
    request: FastifyRequest,
    reply: FastifyReply,
    scope: string,
    work: () => Outcome | Promise<Outcome>,
  ): Promise<FastifyReply> {
    const rawKey = request.headers['idempotency-key'];
    if (typeof rawKey !== 'string') {
      const outcome = await work();
      const body = db.transaction(outcome.commit)();
      return reply.code(outcome.status).send(body);
    }
    const keyHash = sha256Hex(`${scope}\0${rawKey}`);
    const fingerprint = createHmac('sha256', rawKey)
      .update(
        [
          request.method,
          request.routeOptions.url ?? '',
          userTokenHash(request) ?? '',
          submissionGrantHash(request) ?? '',
          JSON.stringify(request.body ?? null),
        ].join('\n'),
      )
      .digest('hex');
    const replay = (stored: StoredRow): FastifyReply => {
      if (stored.fingerprint !== fingerprint) throw keyReused();
      const body = stored.response_body === null ? undefined : open(rawKey, stored.response_body);
      return reply.code(stored.status).header('Idempotent-Replayed', 'true').send(body);
    };
    const stored = find.get(scope, keyHash) as StoredRow | undefined;
    if (stored) return replay(stored);
    // Per process: a retry arriving while the first is still running is told so at once. Across
    // API instances the record's unique key decides (below).
    const slot = `${scope}\0${keyHash}`;
    const running = inFlight.get(slot);
    if (running !== undefined) {
      if (running !== fingerprint) throw keyReused();
      throw inFlightError();
    }
    inFlight.set(slot, fingerprint);
    try {
      const outcome = await work();
      const body = db.transaction(() => {
        // Refusals write nothing, so they are not recorded: a retry simply runs again. The record
        // goes in first: the same key running on another instance stops at its unique key
        // before any business write, and its whole transaction is undone.
        if (outcome.status < 300) claim(scope, keyHash, fingerprint, outcome.status);
        const result = outcome.commit();
        if (outcome.status < 300 && result !== undefined)
          seal.run(sealBody(rawKey, result), scope, keyHash);
        return result;
      })();
      return reply.code(outcome.status).send(body);
    } catch (error) {
      if (!(error instanceof KeyTaken)) throw error;
      // Another instance committed this key first: its answer is the answer. Not readable yet
      // (purged meanwhile) is told as still running, which a retry settles.
      const winner = find.get(scope, keyHash) as StoredRow | undefined;
      if (!winner) throw inFlightError();
      return replay(winner);
    } finally {
      inFlight.delete(slot);
    }
  }

  /** Inserts the record; throws KeyTaken when the key is already recorded (by another instance). */
  function claim(scope: string, keyHash: string, fingerprint: string, status: number): void {
    try {
      insert.run(scope, keyHash, fingerprint, status, null, now().toISOString());
    } catch (error) {
      if (isUniqueViolation(error)) throw new KeyTaken();
      throw error;
    }
  }

  return { execute, purgeExpired };
}

export type Idempotency = ReturnType<typeof createIdempotency>;

interface StoredRow {
  fingerprint: string;
  status: number;
  response_body: string | null;
}

const inFlightError = (): ApiError =>
  new ApiError(
    409,
    'idempotency_request_in_flight',
    'A request with this Idempotency-Key is still running; retry later',
  );

/** The idempotency record's key was taken by a request that committed first. */
class KeyTaken extends Error {}

/** A unique key refused the insert: PostgreSQL's SQLSTATE 23505, SQLite's constraint codes. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}

const keyReused = (): ApiError =>
  new ApiError(
    422,
    'idempotency_key_reused',
    'This Idempotency-Key was already used with a different request',
  );

function bodyKey(rawKey: string): Buffer {
  return createHash('sha256').update(`central-api idempotency body v1\0${rawKey}`).digest();
}

function sealBody(rawKey: string, body: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', bodyKey(rawKey), iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(body), 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.');
}

function open(rawKey: string, sealed: string): unknown {
  const [iv, tag, data] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !data) throw new Error('corrupt idempotency record');
  const decipher = createDecipheriv('aes-256-gcm', bodyKey(rawKey), iv);
  decipher.setAuthTag(tag);
  return JSON.parse(Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8'));
}
