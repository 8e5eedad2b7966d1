import { randomUUID } from 'node:crypto';
import { MAX_CVS_PER_USER, type CvContent } from '../../../shared/domain/cv';
import { authenticateSubmitter, authenticateUser } from '../auth';
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
import {
  conflicts,
  cv,
  cvDeleted,
  cvEmailRecorded,
  cvEmailRequest,
  cvIdParams,
  cvList,
  cvSave,
  cvStatusChange,
  cvSummary,
} from './cvsSchemas';
import { cvRowOf, summary, type CvRow } from './cvsStore';

const notFound = () => new ApiError(404, 'cv_not_found', 'No CV with this id for this user');

/**
 * CVs: up to five per user, each for a different code ROME; drafts saved at each step
 * (ids made by the kiosk, so a queued save and its later updates name the same CV); publication in
 * the CV bank; suspension; deletion; "envoyer par courriel" recorded (this server sends no mail).
 */
export function cvRoutes(app: ApiApp, { db, now, idempotency }: Deps): void {
  const rowOf = (userId: number, cvId: string) => cvRowOf(db, userId, cvId);
  /** Where a CV may be e-mailed, lower-cased: the account's address and the one in the CV. */
  const addressesOnFile = (userId: number, cv: CvRow): Set<string> => {
    const { email } = db.prepare('SELECT email FROM users WHERE id = ?').get(userId) as {
      email: string | null;
    };
    const inCv = (JSON.parse(cv.content) as CvContent).contact.email.trim();
    return new Set([email ?? '', inCv].filter(Boolean).map((a) => a.toLowerCase()));
  };

  app.get(
    '/v1/cvs',
    {
      schema: {
        operationId: 'listCvs',
        tags: ['cvs'],
        summary: "The signed-in user's CVs",
        security: userSecurity,
        response: { 200: answer('CVs', cvList), ...refusals.terminalAuth },
      },
    },
    async (request) => {
      const { userId } = authenticateUser(db, request, now(), 'provisional');
      const rows = db
        .prepare('SELECT * FROM cvs WHERE user_id = ? ORDER BY created_at, id')
        .all(userId) as CvRow[];
      return { cvs: rows.map(summary), max: MAX_CVS_PER_USER };
    },
  );

  app.get(
    '/v1/cvs/:cvId',
    {
      schema: {
        operationId: 'getCv',
        tags: ['cvs'],
        summary: 'One CV with its content',
        security: userSecurity,
        params: cvIdParams,
        response: {
          200: answer('CV', cv),
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          404: refusal('cv_not_found'),
        },
      },
    },
    async (request) => {
      const { userId } = authenticateUser(db, request, now(), 'provisional');
      const row = rowOf(userId, request.params.cvId);
      if (!row) throw notFound();
      return {
        ...summary(row),
        content: JSON.parse(row.content) as CvContent,
        createdAt: row.created_at,
      };
    },
  );

  app.post(
    '/v1/cvs',
    {
      schema: {
        operationId: 'saveCv',
        tags: ['cvs'],
        summary: 'Create or update a CV draft (the kiosk chooses the id)',
        security: userSecurity,
        headers: idempotencyHeaders,
        body: cvSave,
        response: {
          200: answer('Saved', cvSummary),
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          ...conflicts,
          ...refusals.unsupported,
          422: refusals.idempotency[422],
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { userId } = authenticateSubmitter(db, request, at, 'provisional');
      // Parsed by the route's schema: the content is already shared/domain/cv's, trimmed.
      const { body } = request;
      const { content } = body;
      const rome = content.target.appellation?.rome ?? null;
      return idempotency.execute(request, reply, `user:${userId}`, () => ({
        status: 200,
        commit: () => {
          const existing = rowOf(userId, body.cvId);
          if (!existing && db.prepare('SELECT id FROM cvs WHERE id = ?').get(body.cvId)) {
            throw new ApiError(409, 'cv_id_taken', 'This CV id belongs to another user');
          }
          const others = db
            .prepare('SELECT id, rome FROM cvs WHERE user_id = ? AND id != ?')
            .all(userId, body.cvId) as { id: string; rome: string | null }[];
          if (!existing && others.length >= MAX_CVS_PER_USER) {
            throw new ApiError(409, 'cv_limit_reached', `At most ${MAX_CVS_PER_USER} CVs per user`);
          }
          if (rome && others.some((other) => other.rome === rome)) {
            throw new ApiError(409, 'cv_rome_taken', 'Another CV of this user has this code ROME');
          }
          const stamp = at.toISOString();
          if (existing) {
            db.prepare(
              'UPDATE cvs SET rome = ?, step = ?, content = ?, updated_at = ? WHERE id = ?',
            ).run(rome, body.step, JSON.stringify(content), stamp, body.cvId);
          } else {
            db.prepare(
              `INSERT INTO cvs (id, user_id, rome, status, step, content, created_at, updated_at)
               VALUES (?, ?, ?, 'draft', ?, ?, ?, ?)`,
            ).run(body.cvId, userId, rome, body.step, JSON.stringify(content), stamp, stamp);
          }
          return summary(rowOf(userId, body.cvId)!);
        },
      }));
    },
  );

  app.post(
    '/v1/cvs/:cvId/status',
    {
      schema: {
        operationId: 'setCvStatus',
        tags: ['cvs'],
        summary: 'Publish in the CV bank, take back to draft, or suspend',
        security: userSecurity,
        headers: idempotencyHeaders,
        params: cvIdParams,
        body: cvStatusChange,
        response: {
          200: answer('Changed', cvSummary),
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          404: refusal('cv_not_found'),
          ...conflicts,
          ...refusals.unsupported,
          422: refusals.idempotency[422],
        },
      },
    },
    async (request, reply) => {
      const at = now();
      const { userId } = authenticateSubmitter(db, request, at, 'provisional');
      const { cvId } = request.params;
      const { status } = request.body;
      return idempotency.execute(request, reply, `user:${userId}`, () => ({
        status: 200,
        commit: () => {
          const row = rowOf(userId, cvId);
          if (!row) throw notFound();
          const content = JSON.parse(row.content) as CvContent;
          if (status === 'published' && (!content.target.appellation || !content.title.trim())) {
            throw new ApiError(
              409,
              'cv_incomplete',
              'A CV needs a job and a title to be published',
            );
          }
          content.publication.published = status === 'published';
          db.prepare('UPDATE cvs SET status = ?, content = ?, updated_at = ? WHERE id = ?').run(
            status,
            JSON.stringify(content),
            at.toISOString(),
            cvId,
          );
          return summary(rowOf(userId, cvId)!);
        },
      }));
    },
  );

  app.post(
    '/v1/cvs/:cvId/delete',
    {
      schema: {
        operationId: 'deleteCv',
        tags: ['cvs'],
        summary: 'Delete a CV (and its e-mail requests)',
        description:
          'The user only, signed in (X-User-Token): a submission grant may submit but never delete.',
        security: userSecurity,
        headers: idempotencyHeaders,
        params: cvIdParams,
        response: {
          200: answer('Deleted', cvDeleted),
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          404: refusal('cv_not_found'),
          ...refusals.idempotency,
        },
      },
    },
    async (request, reply) => {
      // Not authenticateSubmitter: a grant outlives the visit, and deleting is no submission.
      const { userId } = authenticateUser(db, request, now(), 'provisional');
      const { cvId } = request.params;
      return idempotency.execute(request, reply, `user:${userId}`, () => ({
        status: 200,
        commit: () => {
          if (!rowOf(userId, cvId)) throw notFound();
          db.prepare('DELETE FROM cv_email_requests WHERE cv_id = ?').run(cvId);
          db.prepare('DELETE FROM cvs WHERE id = ?').run(cvId);
          return { cvId, deleted: true };
        },
      }));
    },
  );

  app.post(
    '/v1/cvs/:cvId/email',
    {
      schema: {
        operationId: 'emailCv',
        tags: ['cvs'],
        summary: 'Ask for the CV to be e-mailed as a PDF to the user',
        description:
          'Recorded for the mail service; the reference server sends no e-mail. The user only, signed in (X-User-Token; a submission grant is refused), and only to an address on file: the account’s e-mail or the one written in this CV. Any other address: 403 email_not_on_file.',
        security: userSecurity,
        headers: idempotencyHeaders,
        params: cvIdParams,
        body: cvEmailRequest,
        response: {
          202: answer('Recorded', cvEmailRecorded),
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          403: refusal('email_not_on_file, or a user state refusal'),
          404: refusal('cv_not_found'),
          ...refusals.idempotency,
          ...refusals.unsupported,
        },
      },
    },
    async (request, reply) => {
      const at = now();
      // The user only: e-mailing personal data is no submission, so no grant (which outlives the
      // visit, and may rewrite the CV's content) can ask for it.
      const { userId } = authenticateUser(db, request, at, 'provisional');
      const { cvId } = request.params;
      const { email } = request.body;
      return idempotency.execute(request, reply, `user:${userId}`, () => ({
        status: 202,
        commit: () => {
          const cv = rowOf(userId, cvId);
          if (!cv) throw notFound();
          if (!addressesOnFile(userId, cv).has(email.toLowerCase()))
            throw new ApiError(403, 'email_not_on_file', 'The CV goes to an address on file only');
          const requestId = randomUUID();
          db.prepare(
            'INSERT INTO cv_email_requests (id, cv_id, user_id, email, requested_at) VALUES (?, ?, ?, ?, ?)',
          ).run(requestId, cvId, userId, email, at.toISOString());
          return { requestId };
        },
      }));
    },
  );
}
