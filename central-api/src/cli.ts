/**
 * Standalone reference central API:
 *   npx tsx central-api/src/cli.ts [--port 4010] [--host 127.0.0.1] [--db ./.kiosk-data/central-api.db] [--log]
 * Prints one line with the URL; SIGINT/SIGTERM close the server and the database cleanly.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { clockFromEnv, startCentralApi } from './index';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    db: { type: 'string', default: './.kiosk-data/central-api.db' },
    log: { type: 'boolean', default: false },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be an integer between 0 and 65535`);
  process.exit(2);
}

const api = await startCentralApi({
  dbPath: resolve(values.db),
  host: values.host,
  port,
  ...clockFromEnv(),
  ...(values.log ? { logStream: process.stderr } : {}),
});
console.log(`central API (reference) listening on ${api.url}`);

const stop = (): void => {
  api.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('central API did not close cleanly:', (error as Error).name);
      process.exit(1);
    },
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
