import type { FastifyInstance, FastifyServerOptions } from 'fastify';

/**
 * Pino options for Fastify: JSON lines to `stream`, or no logger at all. Requests are logged by our
 * own onResponse hook with method, route pattern, status and duration only; the serializers and
 * redact paths are a second net in case someone logs a request or reply object later.
 */
export function loggerOptions(
  stream: NodeJS.WritableStream | undefined,
  level = 'info',
): FastifyServerOptions['logger'] {
  if (!stream) return false;
  return {
    level,
    stream,
    redact: {
      paths: [
        'req.headers',
        'req.body',
        'req.query',
        'req.url',
        'body',
        'headers',
        'authorization',
        '*.authorization',
        '["x-user-token"]',
        '*["x-user-token"]',
        '["x-submission-grant"]',
        '*["x-submission-grant"]',
        '*.submissionGrant',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method?: string; routeOptions?: { url?: string } }) => ({
        method: req.method,
        route: req.routeOptions?.url,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

export function installRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? '(no route)',
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
  });
}
