import { IDEMPOTENCY_RETENTION_HOURS } from './idempotency';
import type { FastifyInstance } from 'fastify';

/** A period inside the declared month (actualisation); null after a "Non". */
const dateRange = {
  type: 'object',
  nullable: true,
  required: ['debut', 'fin'],
  additionalProperties: false,
  properties: {
    debut: { type: 'string', format: 'date' },
    fin: { type: 'string', format: 'date' },
  },
} as const;

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
  Health: {
    type: 'object',
    required: ['status'],
    additionalProperties: false,
    properties: { status: { type: 'string', enum: ['ok'] } },
  },
  TestSubmission: {
    type: 'object',
    required: ['reference', 'content'],
    additionalProperties: false,
    properties: {
      reference: { type: 'string', minLength: 1, maxLength: 64 },
      content: { type: 'string', minLength: 1, maxLength: 4000 },
    },
  },
  TestSubmissionCreated: {
    type: 'object',
    required: ['id', 'reference'],
    additionalProperties: false,
    properties: { id: { type: 'string' }, reference: { type: 'string' } },
  },
  ActualisationEmployeur: {
    type: 'object',
    required: ['nom', 'heures', 'brutCentimes'],
    additionalProperties: false,
    properties: {
      nom: { type: 'string', minLength: 1, maxLength: 100 },
      heures: { type: 'integer', minimum: 0, maximum: 744 },
      brutCentimes: { type: 'integer', minimum: 0, maximum: 10_000_000 },
    },
  },
  ActualisationAnswers: {
    type: 'object',
    description:
      'The eight questions in order; employeurs after travail, dates after arretMaladie and maternite.',
    required: [
      'formation',
      'travail',
      'employeurs',
      'stage',
      'arretMaladie',
      'arretMaladieDates',
      'maternite',
      'materniteDates',
      'retraite',
      'invalidite',
      'rechercheEmploi',
    ],
    additionalProperties: false,
    properties: {
      formation: { type: 'boolean' },
      travail: { type: 'boolean' },
      employeurs: { type: 'array', maxItems: 10, items: { $ref: 'ActualisationEmployeur#' } },
      stage: { type: 'boolean' },
      arretMaladie: { type: 'boolean' },
      arretMaladieDates: dateRange,
      maternite: { type: 'boolean' },
      materniteDates: dateRange,
      retraite: { type: 'boolean' },
      invalidite: { type: 'boolean' },
      rechercheEmploi: { type: 'boolean' },
    },
  },
  ActualisationRequest: {
    type: 'object',
    required: ['reference', 'period', 'answers'],
    additionalProperties: false,
    properties: {
      reference: { type: 'string', pattern: '^ACT-\\d{6}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$' },
      period: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' },
      answers: { $ref: 'ActualisationAnswers#' },
    },
  },
  Actualisation: {
    type: 'object',
    required: ['reference', 'period', 'answers', 'submittedAt'],
    additionalProperties: false,
    properties: {
      reference: { type: 'string' },
      period: { type: 'string' },
      answers: { $ref: 'ActualisationAnswers#' },
      submittedAt: { type: 'string', format: 'date-time' },
    },
  },
  ActualisationCurrent: {
    type: 'object',
    description:
      'The period by the server clock: the open window, or when closed the next one. declaration: present when already declared.',
    required: ['period', 'open', 'opensAt', 'closesAt'],
    additionalProperties: false,
    properties: {
      period: { type: 'string' },
      open: { type: 'boolean' },
      opensAt: { type: 'string', format: 'date-time' },
      closesAt: { type: 'string', format: 'date-time' },
      declaration: { $ref: 'Actualisation#' },
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
