import { randomUUID } from 'node:crypto';
import { documentStatuses, type DocumentStatus } from '../../../shared/domain/documents';
import { authenticateSubmitter, authenticateUser } from '../auth';
import type { Db } from '../db/open';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import {
  answer,
  type ApiApp,
  idempotencyHeaders,
  refusal,
  refusals,
  userSecurity,
} from '../apiSchemas';
import { documentCreate, documentCreated, sentDocumentList } from './documentSchemas';
import { countPdfPages } from './pdfPages';
import { findUpload } from './uploads';

/** Documents sent from a kiosk: the PDF comes through an upload; a status follows it. */
export function documentRoutes(app: ApiApp, { db, now, idempotency }: Deps): void {
  app.post(
    '/v1/documents',
    {
      schema: {
        operationId: 'createDocument',
        tags: ['documents'],
        summary: 'Send a scanned document (PDF from a completed upload)',
        description:
          'The reference is made by the kiosk (so a receipt can be printed before delivery); the same user cannot use one twice.',
        security: userSecurity,
        headers: idempotencyHeaders,
        body: documentCreate,
        response: {
          201: answer('Received', documentCreated),
          400: refusal(
            'Invalid request, upload_incomplete, not_a_pdf (not a readable PDF: parsed here, not judged by its first bytes) or pages_mismatch (pages differs from the PDF’s own count)',
          ),
          ...refusals.terminalAuth,
          404: refusal('not_found: no such upload for this user'),
          409: refusal('duplicate_reference, or idempotency_request_in_flight'),
          422: refusal('idempotency_key_reused'),
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { terminalId, userId } = authenticateSubmitter(db, request, at, 'provisional');
      const { body } = request;
      return idempotency.execute(request, reply, terminalId, async () => {
        const upload = findUpload(db, body.uploadId, userId);
        if (!upload.completed_at)
          throw new ApiError(400, 'upload_incomplete', 'The upload is not complete');
        const pdf = (
          db.prepare('SELECT bytes FROM uploads WHERE id = ?').get(upload.id) as { bytes: Buffer }
        ).bytes;
        const pages = await countPdfPages(pdf);
        if (pages !== body.pages)
          throw new ApiError(400, 'pages_mismatch', 'body/pages differs from the pages of the PDF');
        return {
          status: 201,
          commit: () => {
            const taken = db
              .prepare('SELECT 1 FROM documents WHERE user_id = ? AND reference = ?')
              .get(userId, body.reference);
            if (taken) throw new ApiError(409, 'duplicate_reference', 'Reference already used');
            const id = randomUUID();
            db.prepare(
              `INSERT INTO documents (id, user_id, terminal_id, reference, type, month, description,
                 pages, pdf, status, received_at, status_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'recu', ?, ?)`,
            ).run(
              id,
              userId,
              terminalId,
              body.reference,
              body.type,
              body.month ?? null,
              body.description ?? null,
              pages,
              pdf,
              at.toISOString(),
              at.toISOString(),
            );
            // The PDF now lives with the document; the upload's copy is not kept twice.
            db.prepare('DELETE FROM uploads WHERE id = ?').run(upload.id);
            return { documentId: id, reference: body.reference, status: 'recu' };
          },
        };
      });
    },
  );

  app.get(
    '/v1/documents',
    {
      schema: {
        operationId: 'listDocuments',
        tags: ['documents'],
        summary: 'The documents this user sent, newest first, with their status',
        security: userSecurity,
        response: { 200: sentDocumentList, ...refusals.terminalAuth },
      },
    },
    async (request) => {
      const { userId } = authenticateUser(db, request, now(), 'provisional');
      const rows = db
        .prepare(
          `SELECT id, reference, type, month, description, pages, status, reason, received_at
           FROM documents WHERE user_id = ? ORDER BY received_at DESC, rowid DESC LIMIT 100`,
        )
        .all(userId) as DocumentRow[];
      return {
        documents: rows.map((r) => ({
          id: r.id,
          reference: r.reference,
          type: r.type,
          ...(r.month ? { month: r.month } : {}),
          ...(r.description ? { description: r.description } : {}),
          pages: r.pages,
          status: r.status,
          ...(r.reason ? { reason: r.reason } : {}),
          sentAt: r.received_at,
        })),
      };
    },
  );
}

interface DocumentRow {
  id: string;
  reference: string;
  type: string;
  month: string | null;
  description: string | null;
  pages: number;
  status: string;
  reason: string | null;
  received_at: string;
}

/**
 * The back office's move (an adviser processes the document): used by the CLI
 * (central-api/src/documents-cli.ts) and by tests. A refusal needs a reason the user will read.
 */
export function setDocumentStatus(
  db: Db,
  reference: string,
  status: DocumentStatus,
  reason?: string,
  at = new Date(),
): boolean {
  if (!documentStatuses.includes(status)) throw new Error(`unknown status ${status}`);
  if (status === 'refuse' && !reason) throw new Error('a refusal needs a reason');
  const result = db
    .prepare('UPDATE documents SET status = ?, reason = ?, status_at = ? WHERE reference = ?')
    .run(status, status === 'refuse' ? reason : null, at.toISOString(), reference);
  return result.changes > 0;
}
