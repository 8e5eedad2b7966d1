/**
 * `KIOSK_TEST_BALANCED=1` (with KIOSK_TEST_DB=postgres, the vitest project `balanced`): a test's
 * central API is TWO instances on the same PostgreSQL schema and files folder behind a real nginx
 * doing round robin, and the test talks to nginx only. Whatever an instance keeps in its own
 * memory then shows up as a test failing: what the suites prove holds for a deployment of several
 * instances. The instances run in the test's process (each its own Fastify app, database
 * connection, hasher and limits: nothing of the API is shared between them but the database).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningCentralApi } from '../../../central-api/src/index';
import { freePort, startNginx, type Nginx } from '../../fixtures/nginx';

export const testBalanced = process.env.KIOSK_TEST_BALANCED === '1';

/** The balancer's own address, the one the instances trust for X-Forwarded-For. */
export const BALANCER_ADDRESS = '127.0.0.1';

export interface Balanced extends RunningCentralApi {
  /** The instances' own URLs, behind nginx. */
  instances: string[];
  nginx: Nginx;
}

/** nginx's access log of a balanced test API (`api.dir`): `<upstream> <status> <method> <path>`. */
export function balancerAccessLog(apiDir: string): string {
  const file = join(apiDir, 'nginx', 'nginx-access.log');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/**
 * Returns a `start()` that starts both instances and nginx, and that a restart calls again: the
 * same ports each time, so the balancer's URL (the one the test holds) stays valid.
 */
export function balancedLauncher(
  dir: string,
  startInstance: (port: number) => Promise<RunningCentralApi>,
): () => Promise<Balanced> {
  if (process.env.KIOSK_TEST_DB !== 'postgres')
    throw new Error(
      'KIOSK_TEST_BALANCED=1 needs KIOSK_TEST_DB=postgres: instances share a database',
    );
  let ports: number[] | undefined;
  let nginxPort: number | undefined;
  return async () => {
    // One after the other: the first migrates and seeds the schema, the second finds it ready.
    const instances: RunningCentralApi[] = [];
    try {
      for (const port of ports ?? [0, 0]) instances.push(await startInstance(port));
      ports = instances.map((instance) => Number(new URL(instance.url).port));
      nginxPort ??= await freePort();
      const nginx = await startNginx({
        dir: join(dir, 'nginx'),
        port: nginxPort,
        upstreams: instances.map((instance) => new URL(instance.url).host),
      });
      return {
        url: nginx.url,
        instances: instances.map((instance) => instance.url),
        nginx,
        async close() {
          await nginx.stop();
          await Promise.all(instances.map((instance) => instance.close()));
        },
      };
    } catch (error) {
      await Promise.all(instances.map((instance) => instance.close()));
      throw error;
    }
  };
}
