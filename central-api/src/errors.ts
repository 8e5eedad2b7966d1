import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance } from 'fastify';

/** A refusal with a stable code for clients and an English reason that holds no personal data. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    /** For 429 and 503: seconds before a retry may succeed; sent as Retry-After and in the body. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const invalidTerminalToken = (): ApiError =>
  new ApiError(
    401,
    'invalid_terminal_token',
    'Terminal access token is missing, unknown or expired',
  );
export const invalidUserToken = (): ApiError =>
  new ApiError(401, 'invalid_user_token', 'User token is missing, unknown, revoked or expired');

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

/**
 * "body/codePostal must match pattern ..." from a zod issue, worded as the JSON Schema (Ajv)
 * refusals were, which the kiosk and its tests read: the field by its path, then what is wrong
 * with it. zod's messages name the expected shape, never the value received.
 */
export function describeZodIssue(context: string, issue: ValidationIssue): string {
  const at = `${context}${issue.instancePath === '/' ? '' : issue.instancePath}`;
  const { keys, format, pattern, origin, minimum, maximum } = issue.params as {
    keys?: string[];
    format?: string;
    pattern?: string;
    origin?: string;
    minimum?: number | bigint;
    maximum?: number | bigint;
  };
  if (issue.keyword === 'unrecognized_keys')
    return `${at}/${String(keys?.[0])} is not an accepted property`;
  // A missing property reaches zod as undefined (a missing body as null).
  if (issue.keyword === 'invalid_type' && /received (undefined|null)$/.test(issue.message ?? '')) {
    return `${at} is required`;
  }
  if (issue.keyword === 'invalid_format' && format === 'regex')
    return `${at} must match pattern ${String(pattern)}`;
  if (issue.keyword === 'invalid_format') return `${at} must match format "${String(format)}"`;
  const unit = origin === 'string' ? 'characters' : origin === 'array' ? 'items' : undefined;
  if (issue.keyword === 'too_small' && unit)
    return `${at} must NOT have fewer than ${String(minimum)} ${unit}`;
  if (issue.keyword === 'too_big' && unit)
    return `${at} must NOT have more than ${String(maximum)} ${unit}`;
  return `${at} ${issue.message ?? 'is invalid'}`;
}

/**
 * Fastify's own messages may quote what the client sent (a Content-Type, a JSON parser's excerpt
 * of the body), so framework errors get fixed reasons instead.
 */
const FRAMEWORK_ERRORS: Record<string, [status: number, code: string, message: string]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    415,
    'unsupported_media_type',
    'Content-Type must be application/json',
  ],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large', 'Request body is too large'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    400,
    'invalid_request',
    'Content-Length does not match the body',
  ],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_request', 'Body is empty but Content-Type is JSON'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_request', 'Body is not valid JSON'],
};

function toReply(error: FastifyError | ApiError): {
  status: number;
  code: string;
  message: string;
} {
  if (error instanceof ApiError)
    return { status: error.statusCode, code: error.code, message: error.message };
  if (error.validation) {
    const [issue] = error.validation as unknown as ValidationIssue[];
    const context = error.validationContext ?? 'request';
    return {
      status: 400,
      code: 'invalid_request',
      message: issue ? describeZodIssue(context, issue) : `${context} is invalid`,
    };
  }
  const known = error.code ? FRAMEWORK_ERRORS[error.code] : undefined;
  if (known) return { status: known[0], code: known[1], message: known[2] };
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    // JSON syntax errors and prototype-poisoning refusals arrive as plain SyntaxErrors with 400.
    const message =
      error instanceof SyntaxError ? 'Body is not valid JSON' : `Request refused (HTTP ${status})`;
    return { status, code: 'invalid_request', message };
  }
  return { status: 500, code: 'internal_error', message: 'Internal error' };
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    const { status, code, message } = toReply(error);
    if (error instanceof ApiError && error.retryAfterSeconds !== undefined) {
      const retryAfterSeconds = Math.max(1, Math.ceil(error.retryAfterSeconds));
      return reply
        .status(status)
        .header('Retry-After', String(retryAfterSeconds))
        .send({ code, message, retryAfterSeconds });
    }
    if (status >= 500) {
      // Name, code and stack frames only: an error message could quote data.
      const frames = (error.stack ?? '').split('\n').slice(1).join('\n');
      request.log.error(
        { errName: error.name, errCode: (error as FastifyError).code, frames },
        'request failed',
      );
    }
    return reply.status(status).send({ code, message });
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.status(404).send({ code: 'not_found', message: 'No route for this method and path' }),
  );
}

/**
 * Requests too broken for Fastify to route (bad HTTP syntax, oversized headers, timeouts) are
 * answered by Node's clientError hook; give them the same `{ code, message }` body as the rest.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, code, message] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout', 'request_timeout', 'Request took too long']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [
            431,
            'Request Header Fields Too Large',
            'headers_too_large',
            'Request headers are too large',
          ]
        : [400, 'Bad Request', 'invalid_request', 'Malformed HTTP request'];
  const body = JSON.stringify({ code, message });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
