/**
 * The kiosk's logger: what one line costs the caller (redaction, pino's formatting and its redact
 * paths, queueing) and how many lines a second reach the disk, through rotation (1 MB files). The
 * old way, one synchronous append per line, is measured beside it on the same lines.
 * Alone: `npx tsx bench/logging.ts`.
 */
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, logFiles, redact } from '../main/core/logging';
import { formatRow, stats } from './stats';

const BATCHES = 7;
const LINES = 4_000;
const fields = {
  visitId: 'v-3f2a9c',
  reason: 'user',
  durationMs: 182_345,
  wipeMs: 41,
  wipeOk: true,
  signedIn: true,
  note: 'visit of 1234567A ended',
};

/** The old logger's line: the same redaction, JSON.stringify, one appendFileSync. */
function oldWay(file: string, seq: number): void {
  const line = JSON.stringify({
    time: new Date().toISOString(),
    level: 'info',
    component: 'visit',
    event: 'visit.ended',
    ...(redact({ ...fields, seq }) as Record<string, unknown>),
  });
  appendFileSync(file, `${line}\n`, { mode: 0o600 });
}

export async function measureLogging(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-bench-log-'));
  try {
    const logger = createLogger({ dir, rotation: { maxBytes: 1024 * 1024, keepFiles: 3 } });
    const visits = logger.child('visit');
    const perCall: number[] = [];
    const oldPerCall: number[] = [];
    let busyMs = 0;
    for (let batch = 0; batch <= BATCHES; batch += 1) {
      const started = performance.now();
      for (let i = 0; i < LINES; i += 1) visits.info('visit.ended', { ...fields, seq: i });
      const queued = performance.now();
      await logger.flush();
      const written = performance.now();
      const oldStarted = performance.now();
      for (let i = 0; i < LINES; i += 1) oldWay(join(dir, 'old.log'), i);
      const oldDone = performance.now();
      if (batch === 0) continue; // warm-up
      perCall.push(((queued - started) * 1000) / LINES);
      oldPerCall.push(((oldDone - oldStarted) * 1000) / LINES);
      busyMs += written - started;
    }
    await logger.close();
    const rotated = logFiles(dir).length - 1;
    return [
      formatRow(`log line, caller's cost, pino async (µs)`, stats(perCall)),
      formatRow(`log line, old synchronous append (µs)`, stats(oldPerCall)),
      `log throughput to disk: ${Math.round((BATCHES * LINES) / (busyMs / 1000)).toLocaleString('en')} lines/s ` +
        `(${BATCHES} × ${LINES.toLocaleString('en')} lines, rotating at 1 MB: ${rotated} files kept of 3)`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('logging.ts'))
  void measureLogging().then((lines) => console.log(lines.join('\n')));
