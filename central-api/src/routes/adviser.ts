import type { FastifyInstance } from 'fastify';
import { authenticateUser } from '../auth';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import { errors, ref, userSecurity } from '../schemas';

/** The user's adviser ("mon conseiller") and how to reach them. */
export function adviserRoutes(app: FastifyInstance, { db, now }: Deps): void {
  app.get(
    '/v1/adviser',
    {
      schema: {
        operationId: 'getAdviser',
        tags: ['exchanges'],
        summary: "The user's adviser and agency contact details",
        security: userSecurity,
        response: {
          200: ref('AdviserContact'),
          ...errors.terminalAuth,
          404: { description: 'no_adviser: none assigned yet', ...ref('Error') },
        },
      },
    },
    async (request) => {
      const { userId } = authenticateUser(db, request, now());
      const row = db
        .prepare('SELECT name, agency, address, phone, hours FROM advisers WHERE user_id = ?')
        .get(userId) as Record<string, string> | undefined;
      if (!row) throw new ApiError(404, 'no_adviser', 'No adviser assigned');
      return row;
    },
  );
}
