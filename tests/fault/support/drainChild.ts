/**
 * The outbox engine alone in a child process, so the fault suite can kill it with SIGKILL (no
 * cleanup, no flush: as a power cut looks to SQLite). Drains <DATA_DIR>/kiosk.db to API_URL and
 * prints "drained". KILL_POINT + KILL_AFTER: SIGKILL itself at the n-th pass through a named point.
 */
import { join } from 'node:path';
import { CentralApiClient } from '../../../main/core/api/centralApiClient';
import { sealedCredentialStore } from '../../../main/core/api/terminalCredential';
import { fileMasterKey } from '../../../main/core/crypto/masterKey';
import { openKioskDb } from '../../../main/core/db/kioskDb';
import { silentLogger } from '../../../main/core/logging';
import { createDurableOutbox } from '../../../main/core/outbox/durableOutbox';

const env = process.env;
const dataDir = env.DATA_DIR ?? '';
const killPoint = env.KILL_POINT;
const killAfter = Number(env.KILL_AFTER ?? 1);
let hits = 0;

const db = openKioskDb(join(dataDir, 'kiosk.db'));
const masterKey = fileMasterKey(join(dataDir, 'outbox.key')).load();
// The terminal's own credential, stored by the harness in kiosk.db as a kiosk stores it.
const client = new CentralApiClient({
  baseUrl: env.API_URL ?? '',
  timeoutMs: 2000,
  terminalLabel: env.LABEL ?? 'borne-fault',
  credentials: sealedCredentialStore(db, masterKey),
  logger: silentLogger,
});
const outbox = createDurableOutbox({
  db,
  masterKey,
  transport: { post: (...args) => client.deliver(...args) },
  logger: silentLogger,
  backoff: { baseMs: 5, capMs: 50, maxRetryAfterMs: 1000 },
  acceptsResponse: (_path, data) =>
    typeof data === 'object' && data !== null && typeof (data as { id?: unknown }).id === 'string',
  faultPoint: (point) => {
    if (point === killPoint && ++hits >= killAfter) process.kill(process.pid, 'SIGKILL');
  },
});

const timer = setInterval(() => {
  if (outbox.status().depth > 0) return outbox.kick();
  clearInterval(timer);
  void outbox
    .idle()
    .then(() => outbox.close())
    .then(() => {
      db.close();
      process.stdout.write('drained\n');
    });
}, 10);
