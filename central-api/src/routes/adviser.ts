import { authenticateUser } from '../auth';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import { type ApiApp, refusal, refusals, userSecurity } from '../apiSchemas';
import { adviserContact } from './documentSchemas';

/** The user's adviser ("mon conseiller") and how to reach them. */
export function adviserRoutes(app: ApiApp, { db, now }: Deps): void {
  app.get(
    '/v1/adviser',
    {
      schema: {
        operationId: 'getAdviser',
        tags: ['exchanges'],
        summary: "The user's adviser and agency contact details",
        security: userSecurity,
        response: {
          200: adviserContact,
          ...refusals.terminalAuth,
          404: refusal('no_adviser: none assigned yet'),
        },
      },
    },
    async (request) => {
      const { userId } = authenticateUser(db, request, now());
      const row = db
        .prepare(
          `SELECT name, agency, address, postal_code AS postalCode, town, phone, hours
           FROM advisers WHERE user_id = ?`,
        )
        .get(userId) as Record<string, string> | undefined;
      if (!row) throw new ApiError(404, 'no_adviser', 'No adviser assigned');
      return row;
    },
  );
}
