import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IDEMPOTENCY_RETENTION_HOURS } from './idempotency';

/** The app as route files see it: request and reply types come from the route's zod schemas. */
export type ApiApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/**
 * Names a schema: it becomes components.schemas.<id> in the OpenAPI document and a type in
 * shared/api. zod's global registry holds the names beside the descriptions `.describe()` puts
 * there. Requests are strict objects (a typo is refused, not ignored); replies are plain objects,
 * so a field a handler adds by mistake is dropped, not sent.
 */
export function named<T extends z.ZodType>(id: string, schema: T): T {
  // A module evaluated again (a test file's fresh module graph) names its new schema: it wins.
  const previous = z.globalRegistry._idmap.get(id);
  if (previous) z.globalRegistry.remove(previous);
  z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), id });
  return schema;
}

/** Every named schema's id, for the OpenAPI document's clean-up. */
export const namedSchemaIds = (): string[] => [...z.globalRegistry._idmap.keys()];

export const apiErrorSchema = named(
  'Error',
  z
    .object({
      code: z.string(),
      message: z.string(),
      retryAfterSeconds: z
        .int()
        .min(1)
        .optional()
        .describe('On 429 (rate_limited, account_locked): seconds to wait; also in Retry-After.'),
    })
    .describe('Every 4xx and 5xx body. `message` is an English reason without personal data.'),
);

/**
 * A documented reply: its description in the OpenAPI document and its body's schema. Used for
 * every status so each one says what it means (a bare schema would be "Default Response").
 */
export const answer = (description: string, schema: z.ZodType) => ({
  description,
  content: { 'application/json': { schema } },
});

/** A reply without a body (204): the OpenAPI document shows its description only. */
export const noContent = (description: string) => z.undefined().describe(description);

/** A refusal: the `{ code, message }` body the kiosk's api client reads, with what it means. */
export const refusal = (description: string) => answer(description, apiErrorSchema);

/** Refusals shared by routes. */
export const refusals = {
  badRequest: { 400: refusal('Invalid request: schema violation or malformed JSON') },
  terminalAuth: {
    401: refusal('invalid_terminal_token: missing, unknown or expired access token'),
  },
  idempotency: {
    409: refusal('idempotency_request_in_flight: a request with this key is still running'),
    422: refusal('idempotency_key_reused: this key was used with a different request'),
  },
  rateLimited: {
    429: refusal(
      'rate_limited (too many sign-ins from this terminal) or account_locked (too many failures for this identifiant); see retryAfterSeconds and Retry-After',
    ),
  },
  busy: {
    503: refusal(
      'busy: too many password checks are waiting on this server; retry after retryAfterSeconds (also Retry-After)',
    ),
  },
  submitterAuth: {
    401: refusal(
      'invalid_terminal_token, or invalid_user_token when neither a live X-User-Token nor a valid X-Submission-Grant of this terminal is given',
    ),
  },
  unsupported: {
    413: refusal('payload_too_large'),
    415: refusal('unsupported_media_type: the body must be application/json'),
  },
  userState: {
    403: refusal(
      'account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive',
    ),
  },
};

/** Security requirements of the routes (OpenAPI security schemes declared in app.ts). */
export const terminalSecurity = [{ terminalToken: [] }];
export const userSecurity = [{ terminalToken: [], userToken: [] }];
export const employerSecurity = [{ terminalToken: [], employerToken: [] }];
/** A submission is accepted from the user's session or, after the user has gone, their grant. */
export const submitterSecurity: Array<Record<string, string[]>> = [
  { terminalToken: [], userToken: [] },
  { terminalToken: [], submissionGrant: [] },
];

/**
 * Declared on every POST so the OpenAPI document shows it; replays answer Idempotent-Replayed:
 * true. Loose: the other headers (authorisation, tokens) must stay on the request.
 */
export const idempotencyHeaders = z.looseObject({
  'idempotency-key': z
    .string()
    .min(1)
    .max(255)
    .optional()
    .describe(
      `Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept ${IDEMPOTENCY_RETENTION_HOURS} hours; a retry after that runs as a new request.`,
    ),
});

/**
 * A shared domain schema as a request must read it: z.object drops unknown keys in silence, so
 * every object inside is made strict (a typo is refused by name, as at the top level). Only
 * objects, arrays, nullables and optionals are walked: the domain schemas are built of those.
 */
export function strictRequest<T extends z.ZodType>(schema: T): T {
  const walk = (s: z.ZodType): z.ZodType => {
    if (s instanceof z.ZodObject) {
      const shape = Object.fromEntries(
        Object.entries(s.shape as Record<string, z.ZodType>).map(([k, v]) => [k, walk(v)]),
      );
      return z.strictObject(shape);
    }
    if (s instanceof z.ZodArray)
      return s.clone({ ...s._zod.def, element: walk(s.element as z.ZodType) });
    if (s instanceof z.ZodNullable)
      return s.clone({ ...s._zod.def, innerType: walk(s.unwrap() as z.ZodType) });
    if (s instanceof z.ZodOptional)
      return s.clone({ ...s._zod.def, innerType: walk(s.unwrap() as z.ZodType) });
    return s;
  };
  return walk(schema) as T;
}

/**
 * An e-mail address as the JSON Schema "email" format accepted it (ajv-formats, full mode):
 * zod's own pattern refuses addresses that were accepted before (a "!" or a digit-only TLD).
 */
export const ajvEmail = () =>
  z.email({
    pattern:
      /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
  });
