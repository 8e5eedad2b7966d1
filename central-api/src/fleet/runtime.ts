import type { Db } from '../db/open';
import type { EventHub } from '../staff/events';

type Listener = (terminalIds: string[]) => void;

/**
 * The fleet's signals, one set per database (so per app): terminals whose state changed,
 * gathered and told to the live views at most once a second (a heartbeat storm becomes one
 * message a second, still well within the 5 s the console promises), and the terminals' waiting
 * command polls, woken as soon as a command is queued for them. The wake-up goes through the app's
 * event hub, so a command queued on one API instance wakes the poll waiting on another (only the
 * terminal's id travels).
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

/** The hub's topic of queued commands: its events carry the terminal's id. */
const COMMAND_TOPIC = 'fleet-commands';

export function fleetRuntime({ db, events }: { db: Db; events: EventHub }): FleetRuntime {
  let runtime = runtimes.get(db);
  if (!runtime) {
    runtime = createFleetRuntime(events);
    runtimes.set(db, runtime);
  }
  return runtime;
}

function createFleetRuntime(events: EventHub): FleetRuntime {
  const pending = new Set<string>();
  const listeners = new Set<Listener>();
  const waiters = new Map<string, Set<() => void>>();
  let timer: NodeJS.Timeout | undefined;
  events.share(COMMAND_TOPIC, {
    toWire: (event) => event.data,
    fromWire: (wire) => (typeof wire === 'string' ? { type: 'command', data: wire } : undefined),
  });
  events.subscribe(COMMAND_TOPIC, (event) => {
    for (const wake of [...(waiters.get(event.data as string) ?? [])]) wake();
  });
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
      events.publish(COMMAND_TOPIC, { type: 'command', data: terminalId });
    },
    close() {
      if (timer) clearTimeout(timer);
      listeners.clear();
      for (const set of waiters.values()) for (const wake of [...set]) wake();
    },
  };
}
