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
    properties: { code: { type: 'string' }, message: { type: 'string' } },
  },
  Health: {
    type: 'object',
    required: ['status'],
    additionalProperties: false,
    properties: { status: { type: 'string', enum: ['ok'] } },
  },
  EnrolRequest: {
    type: 'object',
    required: ['enrolmentToken', 'label'],
    additionalProperties: false,
    properties: {
      enrolmentToken: { type: 'string', minLength: 8, maxLength: 200 },
      label: { type: 'string', minLength: 1, maxLength: 64 },
    },
  },
  EnrolResponse: {
    type: 'object',
    required: ['terminalId', 'accessToken', 'expiresInSeconds'],
    additionalProperties: false,
    properties: {
      terminalId: { type: 'string' },
      accessToken: { type: 'string' },
      expiresInSeconds: { type: 'integer' },
    },
  },
  HeartbeatRequest: {
    type: 'object',
    required: ['appVersion', 'visitActive'],
    additionalProperties: false,
    properties: {
      appVersion: { type: 'string', minLength: 1, maxLength: 64 },
      visitActive: { type: 'boolean' },
    },
  },
  HeartbeatResponse: {
    type: 'object',
    required: ['serverTime'],
    additionalProperties: false,
    properties: { serverTime: { type: 'string', format: 'date-time' } },
  },
  SignInRequest: {
    type: 'object',
    required: ['identifiant', 'motDePasse', 'codePostal'],
    additionalProperties: false,
    properties: {
      identifiant: { type: 'string', minLength: 1, maxLength: 30 },
      motDePasse: { type: 'string', minLength: 1, maxLength: 128 },
      codePostal: { type: 'string', pattern: '^\\d{5}$' },
    },
  },
  Profile: {
    type: 'object',
    required: ['prenom', 'nom'],
    additionalProperties: false,
    properties: { prenom: { type: 'string' }, nom: { type: 'string' } },
  },
  SessionCreated: {
    type: 'object',
    required: ['userToken', 'expiresInSeconds', 'profile'],
    additionalProperties: false,
    properties: {
      userToken: { type: 'string' },
      expiresInSeconds: { type: 'integer' },
      profile: { $ref: 'Profile#' },
      mustChangePassword: {
        type: 'boolean',
        description:
          'The password is temporary: the kiosk asks for a new one before anything else.',
      },
    },
  },
  AssistRequest: {
    type: 'object',
    required: ['screen', 'requestedAt'],
    additionalProperties: false,
    properties: {
      screen: { type: 'string', minLength: 1, maxLength: 40, pattern: '^[a-z0-9-]+$' },
      requestedAt: { type: 'string', format: 'date-time' },
    },
  },
  AssistRequestCreated: {
    type: 'object',
    required: ['requestId'],
    additionalProperties: false,
    properties: { requestId: { type: 'string' } },
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
      description:
        'Makes the POST safe to retry: the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409.',
    },
  },
} as const;

export const terminalSecurity = [{ terminalToken: [] }];
export const userSecurity = [{ terminalToken: [], userToken: [] }];
