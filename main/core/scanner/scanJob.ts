import type { ChildProcess } from 'node:child_process';
import type { ScanJob } from './port';

/**
 * What every backend hands back for a running scan. Callers may look at `done` only later, so it
 * never rejects unhandled in between; once the helper has exited, cancel leaves the result alone.
 */
export function scanJob(
  child: ChildProcess,
  done: Promise<string[]>,
  stop: () => Promise<void>,
): ScanJob {
  done.catch(() => undefined);
  return {
    done,
    async cancel() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      await stop();
    },
  };
}

/** The helper's end: it closed, or it never started (then `started` is false). */
export function exitOf(child: ChildProcess): { exited: Promise<void>; started(): boolean } {
  let failed = false;
  const exited = new Promise<void>((resolve) => {
    child.once('close', () => resolve());
    child.once('error', () => {
      failed = true;
      resolve();
    });
  });
  return { exited, started: () => !failed };
}

/** SIGINT, then SIGKILL if it is still there after `graceMs`; resolves once it has exited. */
export async function interrupt(
  child: ChildProcess,
  exited: Promise<unknown>,
  graceMs: number,
): Promise<void> {
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/**
 * Calls `onSilence` once nothing has been heard for `ms`: `heard()` on every output (with another
 * wait if told), `clear()` once the helper has exited. A scanner that stops answering never
 * leaves the screen waiting.
 */
export function silenceWatchdog(ms: number, onSilence: () => void) {
  let timer: NodeJS.Timeout | undefined;
  const heard = (wait = ms) => {
    clearTimeout(timer);
    timer = setTimeout(onSilence, wait);
  };
  heard();
  return { heard, clear: () => clearTimeout(timer) };
}

/** Splits a stream into whole lines; a line cut across two chunks waits for its end. */
export function onLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let partial = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (partial + chunk).split(/\r?\n/);
    partial = lines.pop() ?? '';
    lines.forEach(onLine);
  });
}
