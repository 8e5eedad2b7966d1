import type { FastifyInstance } from 'fastify';
import { refusals } from './apiSchemas';

/**
 * Every route a user's session (or submission grant) opens can refuse the user's state (see
 * authenticateUser); documented here once rather than in 28 route schemas. Sign-out checks no state.
 */
export function documentUserStateRefusals(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const schema = route.schema as
      | { operationId?: string; security?: Array<Record<string, unknown>>; response?: object }
      | undefined;
    const forUser = schema?.security?.some((s) => 'userToken' in s || 'submissionGrant' in s);
    if (!schema?.response || !forUser || schema.operationId === 'signOut') return;
    const response = schema.response as Record<string, unknown>;
    response['403'] ??= refusals.userState[403];
  });
}
