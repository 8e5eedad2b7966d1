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
