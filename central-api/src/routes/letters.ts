import { authenticateUser } from '../auth';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import { z } from 'zod';
import { type ApiApp, refusal, refusals, userSecurity } from '../apiSchemas';
import { letterList, letterPdf } from './documentSchemas';

/** Letters ("courriers") France Travail sent to the user, readable and printable at the kiosk. */
export function letterRoutes(app: ApiApp, { db, now }: Deps): void {
  app.get(
    '/v1/letters',
    {
      schema: {
        operationId: 'listLetters',
        tags: ['exchanges'],
        summary: 'Letters sent to this user, newest first',
        security: userSecurity,
        response: { 200: letterList, ...refusals.terminalAuth },
      },
    },
    async (request) => {
      const { userId } = authenticateUser(db, request, now());
      const rows = db
        .prepare(
          'SELECT id, title, sent_at, pages FROM letters WHERE user_id = ? ORDER BY sent_at DESC',
        )
        .all(userId) as { id: string; title: string; sent_at: string; pages: number }[];
      return {
        letters: rows.map((r) => ({ id: r.id, title: r.title, sentAt: r.sent_at, pages: r.pages })),
      };
    },
  );

  app.get(
    '/v1/letters/:letterId/pdf',
    {
      schema: {
        operationId: 'getLetterPdf',
        tags: ['exchanges'],
        summary: "A letter's PDF (base64)",
        security: userSecurity,
        params: z.strictObject({ letterId: z.string().min(1).max(64) }),
        response: {
          200: letterPdf,
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          404: refusal('not_found: no such letter for this user'),
        },
      },
    },
    async (request) => {
      const { userId } = authenticateUser(db, request, now());
      const { letterId } = request.params;
      const row = db
        .prepare('SELECT pdf FROM letters WHERE id = ? AND user_id = ?')
        .get(letterId, userId) as { pdf: Buffer } | undefined;
      if (!row) throw new ApiError(404, 'not_found', 'No such letter');
      // Opened once: the dashboard stops counting it among the unread.
      db.prepare(
        'UPDATE letters SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL',
      ).run(now().toISOString(), letterId, userId);
      return { pdfBase64: row.pdf.toString('base64') };
    },
  );
}
