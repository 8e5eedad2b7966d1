import type { FastifyInstance } from 'fastify';
import { ref } from '../schemas';

export function healthRoutes(app: FastifyInstance): void {
  app.get(
    '/v1/health',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['health'],
        summary: 'Liveness check (no auth)',
        response: { 200: { description: 'Service is up', ...ref('Health') } },
      },
    },
    async () => ({ status: 'ok' }),
  );
}
