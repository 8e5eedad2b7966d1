import { createHash } from 'node:crypto';
import { z } from 'zod';
import { authenticateSubmitter } from '../auth';
import type { Db } from '../db/open';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import {
  answer,
  type ApiApp,
  idempotencyHeaders,
  noContent,
  refusal,
  refusals,
  userSecurity,
} from '../apiSchemas';
import { CHUNK_BYTES, uploadCreate, uploadState } from './documentSchemas';

interface UploadRow {
  id: string;
  user_id: number;
  size: number;
  sha256: string;
  chunk_size: number;
  completed_at: string | null;
}

const uploadId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

/**
 * Open uploads (started, not yet taken by a document) one user may hold: a visit sends a few
 * documents of at most 20 MB, so 10 files and 60 MB leave room for a queue that waited offline
 * while stopping one account from filling the server's disk.
 */
export const OPEN_UPLOADS_PER_USER = { count: 10, bytes: 60 * 1024 * 1024 };
/** An upload nobody took within the submission grant's lifetime can never be finished: dropped. */
export const OPEN_UPLOAD_TTL_HOURS = 72;
const uploadParams = z.strictObject({ uploadId });

/**
 * Chunked, resumable uploads under an id the kiosk chooses: create (size + sha256), ask which chunks are stored, PUT the missing
 * ones (≤ 256 KiB, each with its sha256), complete (whole-file sha256 checked). A document or any
 * other submission then names the upload by id.
 */
export function uploadRoutes(app: ApiApp, deps: Deps): void {
  // Chunks are raw bytes: a parser for them, in this scope only, with a limit just above a chunk.
  void app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer', bodyLimit: CHUNK_BYTES + 1024 },
      (_request, body, done) => done(null, body),
    );
    routes(scope, deps);
  });
}

function routes(app: ApiApp, { db, now, idempotency }: Deps): void {
  collectExpiredUploads(db, now());
  app.put(
    '/v1/uploads/:uploadId',
    {
      schema: {
        operationId: 'createUpload',
        tags: ['uploads'],
        summary: 'Start a chunked upload under an id chosen by the kiosk',
        description:
          'Idempotent: the same id with the same size and sha256 answers the current state, so an outbox can resume after a restart with only the id it stored.',
        security: userSecurity,
        params: uploadParams,
        body: uploadCreate,
        response: {
          200: answer('Created or already there', uploadState),
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          409: refusal('upload_conflict: this id is taken by another file'),
          429: refusal(
            'too_many_uploads: this user already has 10 open uploads or 60 MB of them; retry once some are sent',
          ),
          ...refusals.unsupported,
        },
      },
    },
    async (request) => {
      const at = now();
      const { terminalId, userId } = authenticateSubmitter(db, request, at, 'provisional');
      const { body } = request;
      const id = request.params.uploadId;
      return db.transaction(() => {
        const existing = db
          .prepare('SELECT user_id, size, sha256 FROM uploads WHERE id = ?')
          .get(id) as { user_id: number; size: number; sha256: string } | undefined;
        if (existing) {
          if (
            existing.user_id !== userId ||
            existing.size !== body.size ||
            existing.sha256 !== body.sha256
          )
            throw new ApiError(409, 'upload_conflict', 'This upload id is taken by another file');
        } else {
          collectExpiredUploads(db, at);
          checkRoom(db, userId, body.size);
          db.prepare(
            `INSERT INTO uploads (id, user_id, terminal_id, size, sha256, chunk_size, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)`,
          ).run(id, userId, terminalId, body.size, body.sha256, CHUNK_BYTES, at.toISOString());
        }
        return state(db, findUpload(db, id, userId));
      })();
    },
  );

  app.get(
    '/v1/uploads/:uploadId',
    {
      schema: {
        operationId: 'getUpload',
        tags: ['uploads'],
        summary: 'Which chunks the server already has (to resume)',
        security: userSecurity,
        params: uploadParams,
        response: {
          200: uploadState,
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          ...notFound,
        },
      },
    },
    async (request) => {
      const { userId } = authenticateSubmitter(db, request, now(), 'provisional');
      return state(db, findUpload(db, request.params.uploadId, userId));
    },
  );

  app.put(
    '/v1/uploads/:uploadId/chunks/:index',
    {
      schema: {
        operationId: 'putUploadChunk',
        tags: ['uploads'],
        summary: 'Store one chunk (idempotent: the same bytes may be sent again)',
        security: userSecurity,
        consumes: ['application/octet-stream'],
        params: z.strictObject({ uploadId, index: z.string().regex(/^\d{1,4}$/) }),
        // Loose: the other headers (authorisation, tokens) must stay on the request.
        headers: z.looseObject({ 'x-chunk-sha256': z.string().regex(/^[0-9a-f]{64}$/) }),
        response: {
          204: noContent('Stored'),
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          ...notFound,
          409: refusal('upload_complete: the upload is already complete'),
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const { userId } = authenticateSubmitter(db, request, now(), 'provisional');
      const upload = findUpload(db, request.params.uploadId, userId);
      if (upload.completed_at) throw new ApiError(409, 'upload_complete', 'Upload is complete');
      const index = Number(request.params.index);
      const count = chunkCount(upload);
      if (index >= count) throw new ApiError(400, 'invalid_chunk', 'Chunk index is out of range');
      const bytes = request.body;
      if (!Buffer.isBuffer(bytes))
        throw new ApiError(400, 'invalid_chunk', 'Body must be application/octet-stream');
      const expected =
        index === count - 1 ? upload.size - index * upload.chunk_size : upload.chunk_size;
      if (bytes.length !== expected)
        throw new ApiError(400, 'invalid_chunk', `Chunk ${index} must be ${expected} bytes`);
      const sha = createHash('sha256').update(bytes).digest('hex');
      if (sha !== request.headers['x-chunk-sha256'])
        throw new ApiError(400, 'chunk_checksum_mismatch', 'Chunk sha256 does not match');
      db.prepare(
        `INSERT INTO upload_chunks (upload_id, idx, sha256, bytes) VALUES (?, ?, ?, ?)
         ON CONFLICT (upload_id, idx) DO UPDATE SET sha256 = excluded.sha256, bytes = excluded.bytes`,
      ).run(upload.id, index, sha, bytes);
      return reply.code(204).send();
    },
  );

  app.post(
    '/v1/uploads/:uploadId/complete',
    {
      schema: {
        operationId: 'completeUpload',
        tags: ['uploads'],
        summary: 'Assemble the chunks; the whole-file sha256 must match',
        security: userSecurity,
        headers: idempotencyHeaders,
        params: uploadParams,
        response: {
          200: uploadState,
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          ...notFound,
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { terminalId, userId } = authenticateSubmitter(db, request, at, 'provisional');
      const upload = findUpload(db, request.params.uploadId, userId);
      return idempotency.execute(request, reply, terminalId, () => ({
        status: 200,
        commit: () => {
          if (upload.completed_at) return state(db, upload);
          const chunks = db
            .prepare('SELECT idx, bytes FROM upload_chunks WHERE upload_id = ? ORDER BY idx')
            .all(upload.id) as { idx: number; bytes: Buffer }[];
          if (chunks.length !== chunkCount(upload))
            throw new ApiError(400, 'upload_incomplete', 'Some chunks are missing');
          const whole = Buffer.concat(chunks.map((c) => c.bytes));
          if (createHash('sha256').update(whole).digest('hex') !== upload.sha256)
            throw new ApiError(400, 'upload_checksum_mismatch', 'File sha256 does not match');
          db.prepare('UPDATE uploads SET bytes = ?, completed_at = ? WHERE id = ?').run(
            whole,
            at.toISOString(),
            upload.id,
          );
          db.prepare('DELETE FROM upload_chunks WHERE upload_id = ?').run(upload.id);
          return state(db, findUpload(db, upload.id, userId));
        },
      }));
    },
  );
}

/** Drops the uploads older than the TTL that no document took, with their chunks. */
export function collectExpiredUploads(db: Db, at: Date): void {
  const cutoff = new Date(at.getTime() - OPEN_UPLOAD_TTL_HOURS * 3600_000).toISOString();
  db.transaction(() => {
    db.prepare(
      'DELETE FROM upload_chunks WHERE upload_id IN (SELECT id FROM uploads WHERE created_at < ?)',
    ).run(cutoff);
    db.prepare('DELETE FROM uploads WHERE created_at < ?').run(cutoff);
  })();
}

function checkRoom(db: Db, userId: number, size: number): void {
  const open = db
    .prepare(
      'SELECT COUNT(*) AS count, COALESCE(SUM(size), 0) AS bytes FROM uploads WHERE user_id = ?',
    )
    .get(userId) as { count: number; bytes: number };
  if (open.count >= OPEN_UPLOADS_PER_USER.count || open.bytes + size > OPEN_UPLOADS_PER_USER.bytes)
    throw new ApiError(
      429,
      'too_many_uploads',
      'This user has too many open uploads; send or let some expire first',
      60,
    );
}

const notFound = {
  404: refusal('not_found: no such upload for this user'),
};

const chunkCount = (upload: UploadRow) => Math.ceil(upload.size / upload.chunk_size);

export function findUpload(db: Db, id: string, userId: number): UploadRow {
  const row = db
    .prepare(
      'SELECT id, user_id, size, sha256, chunk_size, completed_at FROM uploads WHERE id = ? AND user_id = ?',
    )
    .get(id, userId) as UploadRow | undefined;
  if (!row) throw new ApiError(404, 'not_found', 'No such upload');
  return row;
}

function state(db: Db, upload: UploadRow) {
  const count = chunkCount(upload);
  const received = upload.completed_at
    ? Array.from({ length: count }, (_, i) => i)
    : (
        db
          .prepare('SELECT idx FROM upload_chunks WHERE upload_id = ? ORDER BY idx')
          .all(upload.id) as { idx: number }[]
      ).map((r) => r.idx);
  return {
    uploadId: upload.id,
    size: upload.size,
    chunkSize: upload.chunk_size,
    chunkCount: count,
    received,
    complete: upload.completed_at !== null,
  };
}
