import type { FastifyInstance } from 'fastify';
import { authenticateUser } from '../auth';
import type { Deps } from '../deps';
import { errors, ref, userSecurity } from '../schemas';

export function meRoutes(app: FastifyInstance, { db, now }: Deps): void {
  app.get(
    '/v1/me',
    {
      schema: {
        operationId: 'getMe',
        tags: ['sessions'],
        summary: "The signed-in user's display profile",
        security: userSecurity,
        response: {
          200: { description: 'Profile', ...ref('Profile') },
          401: {
            ...errors.terminalAuth[401],
            description: 'invalid_terminal_token or invalid_user_token',
          },
        },
      },
    },
    async (request) => {
      const { userId } = authenticateUser(db, request, now());
      return db.prepare('SELECT prenom, nom FROM users WHERE id = ?').get(userId);
    },
  );
}
