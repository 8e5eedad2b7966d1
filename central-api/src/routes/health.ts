import { z } from 'zod';
import { answer, named, type ApiApp } from '../apiSchemas';

const health = named('Health', z.object({ status: z.enum(['ok']) }));

export function healthRoutes(app: ApiApp): void {
  app.get(
    '/v1/health',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['health'],
        summary: 'Liveness check (no auth)',
        response: { 200: answer('Service is up', health) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
}
