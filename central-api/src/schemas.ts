import { IDEMPOTENCY_RETENTION_HOURS } from './idempotency';
import type { FastifyInstance } from 'fastify';

/**
 * Named schemas: each becomes components.schemas.<Name> in the OpenAPI document and a type in
 * shared/api. Every object is closed (additionalProperties: false) so typos are refused, not ignored.
 */
const named = {
  Error: {
    type: 'object',
    description: 'Every 4xx and 5xx body. `message` is an English reason without personal data.',
    required: ['code', 'message'],
    additionalProperties: false,
    properties: {
      code: { type: 'string' },
      message: { type: 'string' },
      retryAfterSeconds: {
        type: 'integer',
        minimum: 1,
        description: 'On 429 (rate_limited, account_locked): seconds to wait; also in Retry-After.',
      },
    },
  },
} as const;

export type SchemaName = keyof typeof named;

export function registerSchemas(app: FastifyInstance): void {
  for (const [id, schema] of Object.entries(named)) app.addSchema({ $id: id, ...schema });
}

export const ref = (name: SchemaName) => ({ $ref: `${name}#` });

const error = (description: string) => ({ description, ...ref('Error') });

/** Response entries shared by routes. */
export const errors = {
  badRequest: { 400: error('Invalid request: schema violation or malformed JSON') },
  terminalAuth: { 401: error('invalid_terminal_token: missing, unknown or expired access token') },
  idempotency: {
    409: error('idempotency_request_in_flight: a request with this key is still running'),
    422: error('idempotency_key_reused: this key was used with a different request'),
  },
  rateLimited: {
    429: error(
      'rate_limited (too many sign-ins from this terminal) or account_locked (too many failures for this identifiant); see retryAfterSeconds and Retry-After',
    ),
  },
  submitterAuth: {
    401: error(
      'invalid_terminal_token, or invalid_user_token when neither a live X-User-Token nor a valid X-Submission-Grant of this terminal is given',
    ),
  },
  unsupported: {
    413: error('payload_too_large'),
    415: error('unsupported_media_type: the body must be application/json'),
  },
};

/** Declared on every POST so the OpenAPI document shows it; replays answer Idempotent-Replayed: true. */
export const idempotencyHeaders = {
  type: 'object',
  properties: {
    'idempotency-key': {
      type: 'string',
      minLength: 1,
      maxLength: 255,
      description: `Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept ${IDEMPOTENCY_RETENTION_HOURS} hours; a retry after that runs as a new request.`,
    },
  },
} as const;

export const submitterSecurity: Array<Record<string, string[]>> = [
  { terminalToken: [], userToken: [] },
  { terminalToken: [], submissionGrant: [] },
];
export const terminalSecurity = [{ terminalToken: [] }];
export const userSecurity = [{ terminalToken: [], userToken: [] }];
