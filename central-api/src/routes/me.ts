import { authenticateUser } from '../auth';
import type { Deps } from '../deps';
import { answer, type ApiApp, refusal, userSecurity } from '../apiSchemas';
import { profile } from './sessionSchemas';

export function meRoutes(app: ApiApp, { db, now }: Deps): void {
  app.get(
    '/v1/me',
    {
      schema: {
        operationId: 'getMe',
        tags: ['sessions'],
        summary: "The signed-in user's display profile",
        security: userSecurity,
        response: {
          200: answer('Profile', profile),
          401: refusal('invalid_terminal_token or invalid_user_token'),
        },
      },
    },
    async (request) => {
      const { userId } = authenticateUser(db, request, now(), 'provisional');
      return db.prepare('SELECT prenom, nom FROM users WHERE id = ?').get(userId);
    },
  );
}
