import type { Db } from '../db/open';

type Listener = (terminalIds: string[]) => void;

/**
 * The fleet's in-process signals, one set per database (so per app): terminals whose state
 * changed, gathered and told to the live views at most once a second (a heartbeat storm becomes
 * one message a second, still well within the 5 s the console promises), and the terminals'
 * waiting command polls, woken as soon as a command is queued for them.
 * Several API instances would need these through the database or a broker: they stay behind
 * this one module so that only it changes then.
 */
export interface FleetRuntime {
  changed(terminalId: string): void;
  onChanges(listener: Listener): () => void;
  /** Resolves when a command is queued for the terminal, or after `ms`. */
  waitForCommand(terminalId: string, ms: number, signal?: AbortSignal): Promise<void>;
  ring(terminalId: string): void;
  close(): void;
}

const FLUSH_MS = 1000;
const runtimes = new WeakMap<Db, FleetRuntime>();

export function fleetRuntime(db: Db): FleetRuntime {
  let runtime = runtimes.get(db);
  if (!runtime) {
    runtime = createFleetRuntime();
    runtimes.set(db, runtime);
  }
  return runtime;
}

function createFleetRuntime(): FleetRuntime {
  const pending = new Set<string>();
  const listeners = new Set<Listener>();
  const waiters = new Map<string, Set<() => void>>();
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const ids = [...pending];
    pending.clear();
    for (const listener of listeners) listener(ids);
  };
  return {
    changed(terminalId) {
      if (listeners.size === 0) return;
      pending.add(terminalId);
      timer ??= setTimeout(flush, FLUSH_MS);
      timer.unref();
    },
    onChanges(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    waitForCommand(terminalId, ms, signal) {
      return new Promise((resolve) => {
        const set = waiters.get(terminalId) ?? new Set();
        waiters.set(terminalId, set);
        const done = () => {
          clearTimeout(timeout);
          set.delete(done);
          if (set.size === 0) waiters.delete(terminalId);
          signal?.removeEventListener('abort', done);
          resolve();
        };
        set.add(done);
        const timeout = setTimeout(done, ms);
        timeout.unref();
        signal?.addEventListener('abort', done);
      });
    },
    ring(terminalId) {
      for (const wake of [...(waiters.get(terminalId) ?? [])]) wake();
    },
    close() {
      if (timer) clearTimeout(timer);
      listeners.clear();
      for (const set of waiters.values()) for (const wake of [...set]) wake();
    },
  };
}
