import { authenticateTerminal } from '../auth';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import { answer, type ApiApp, refusal, refusals, terminalSecurity } from '../apiSchemas';
import { romeIndex, romeVersion } from './romeSchemas';

const unavailable = () =>
  new ApiError(404, 'rome_index_unavailable', 'This server has no ROME index to serve');

/**
 * The ROME referential for the terminals' offline search: its version (cheap, asked often) and
 * the index itself (asked only when the version is newer than the terminal's).
 */
export function romeRoutes(app: ApiApp, { db, now, rome }: Deps): void {
  app.get(
    '/v1/rome/version',
    {
      schema: {
        operationId: 'getRomeVersion',
        tags: ['rome'],
        summary: 'Version of the ROME index this server serves',
        security: terminalSecurity,
        response: {
          200: answer('Version', romeVersion),
          ...refusals.terminalAuth,
          404: refusal('rome_index_unavailable'),
        },
      },
    },
    async (request) => {
      authenticateTerminal(db, request, now());
      const index = rome.current();
      if (!index) throw unavailable();
      return { version: index.version };
    },
  );

  app.get(
    '/v1/rome/index',
    {
      schema: {
        operationId: 'getRomeIndex',
        tags: ['rome'],
        summary: 'The compact ROME index (appellations, fiches, skills)',
        description:
          'Source : France Travail, ROME 4.0, Licence Ouverte 2.0. Appellations are tuples [label, code ROME, code OGR, rare (0|1)].',
        security: terminalSecurity,
        response: {
          200: answer('Index', romeIndex),
          ...refusals.terminalAuth,
          404: refusal('rome_index_unavailable'),
        },
      },
    },
    async (request, reply) => {
      authenticateTerminal(db, request, now());
      const index = rome.current();
      if (!index) throw unavailable();
      // Already JSON: sent as is rather than re-serialised (2 MB of tuples).
      return reply.type('application/json; charset=utf-8').send(index.json);
    },
  );
}
