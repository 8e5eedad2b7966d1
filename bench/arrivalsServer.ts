/**
 * The central API alone in its own process for bench/signInArrivals.ts, so that the load
 * generator's own work does not share its event loop. argv[2]: "pool" (argon2id in worker
 * threads, the default) or "inline" (argon2id on the process's own libuv threads, as before the
 * pool). Production argon2id cost. Prints the URL on its first line; SIGTERM closes it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCentralApi } from '../central-api/src/index';

const inline = process.argv[2] === 'inline';
const dir = mkdtempSync(join(tmpdir(), 'bench-arrivals-'));
const api = await startCentralApi({
  dbPath: join(dir, 'central.db'),
  passwordPool: { inline },
  // Many sign-ins a minute from the bench's terminals: neither the per-terminal nor the fleet's
  // limit is measured here.
  signInLimits: {
    maxFailures: 5,
    lockSeconds: 900,
    perTerminalPerMinute: 1_000_000,
    globalPerMinute: 1_000_000,
  },
});
console.log(api.url);
process.on('SIGTERM', () => {
  void api.close().then(() => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
});
