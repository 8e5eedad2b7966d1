import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LABEL, TEST_PATH, canaryContent, startHarness, type Harness } from './support/harness';

/**
 * The engine in a child process killed with SIGKILL at named points and at random moments during
 * a drain; then a fresh process drains what is left. Invariant: every committed submission exists
 * exactly once on the server, the outbox is empty, no canary in the kiosk's files.
 */
const child = join(import.meta.dirname, 'support/drainChild.ts');

function runDrain(
  h: Harness,
  env: Record<string, string> = {},
  killAfterMs?: number,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child], {
      env: { ...process.env, DATA_DIR: h.dataDir, API_URL: h.api.url, LABEL, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.on('data', (c: Buffer) => (out += c.toString()));
    let timer: NodeJS.Timeout | undefined;
    if (killAfterMs !== undefined) {
      // Random moments: measured from the first delivery, so the kill lands inside the drain.
      const started = setInterval(() => {
        if (h.api.query('SELECT id FROM test_submissions').length > 0) {
          clearInterval(started);
          timer = setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
        }
      }, 5);
      proc.on('exit', () => clearInterval(started));
    }
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, out });
    });
  });
}

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  // Queue N items while the API is unreachable (through the proxy, which is down).
  await h.proxy.down();
  const { outbox, db } = h.openOutbox();
  for (let i = 0; i < 30; i += 1) {
    const reference = `kill-${i}`;
    h.submitted.push(reference);
    outbox.enqueue(
      `owner-${i % 3}`,
      {
        kind: 'test-submission',
        path: TEST_PATH,
        body: { reference, content: canaryContent(reference) },
      },
      { 'X-Submission-Grant': h.visit.submissionGrant },
    );
  }
  await outbox.close();
  db.close();
});
afterEach(() => h.dispose());

async function finishAndCheck() {
  const rest = await runDrain(h);
  expect(rest.out).toContain('drained');
  const { outbox } = h.openOutbox();
  expect(outbox.status()).toEqual({ depth: 0, oldestAgeSeconds: null, needingAttention: 0 });
  h.assertInvariant();
}

describe('outbox engine killed with SIGKILL', () => {
  it.each([
    ['before-send', 1],
    ['before-send', 7],
    ['after-send', 1],
    ['after-send', 12],
    ['after-ack', 1],
    ['after-ack', 20],
  ])('at %s (pass %i), then drained by a new process', async (point, nth) => {
    const killed = await runDrain(h, { KILL_POINT: point, KILL_AFTER: String(nth) });
    expect(killed.signal).toBe('SIGKILL');
    await finishAndCheck();
  });

  it('at random moments during a drain, several times in a row', async () => {
    let kills = 0;
    for (let round = 0; round < 4; round += 1) {
      const killed = await runDrain(h, {}, Math.floor(Math.random() * 15));
      if (killed.signal === 'SIGKILL') kills += 1;
      if (killed.out.includes('drained')) break;
    }
    expect(kills).toBeGreaterThan(0);
    await finishAndCheck();
  });
});
