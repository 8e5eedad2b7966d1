import argon2, { type HashOptions } from 'argon2';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { ApiError } from './errors';

/**
 * Password hashing parameters. Production uses argon2id with the library defaults (64 MiB, t=3,
 * p=4); tests may lower memoryCost/timeCost through startCentralApi's `passwordHashing` option.
 */
export interface PasswordHashing {
  memoryCost?: number;
  timeCost?: number;
  parallelism?: number;
}

/** Where argon2 runs, and how much waiting work is accepted before answering 503 busy. */
export interface PasswordPoolOptions {
  /** Hash in this thread's own libuv pool, as before the worker pool (the bench's baseline only). */
  inline?: boolean;
  /** Worker threads; default one per core. */
  threads?: number;
  /** Hashes waiting for a free thread before new ones are refused; default 4 per thread. */
  maxQueue?: number;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** Verifies against `hash`, or against a dummy hash when there is no user, so timing matches. */
  verify(hash: string | undefined, password: string): Promise<boolean>;
  /** Stops the worker threads once the hashes already asked for are done. */
  close(): Promise<void>;
}

type Task =
  | { op: 'hash'; password: string; params: HashOptions }
  | { op: 'verify'; digest: string; password: string };

/**
 * The worker file: beside the esbuild bundle of main (scripts/build.mjs copies it into dist/main
 * and defines import.meta.url there), beside this file when run from source.
 */
const workerFile = (): string => fileURLToPath(new URL('./passwordWorker.cjs', import.meta.url));

/** Waiting hashes per thread: with 4, a queued sign-in waits at most about 5 hash times. */
const QUEUE_PER_THREAD = 4;

const busy = (seconds: number): ApiError =>
  new ApiError(503, 'busy', 'Too many password checks are waiting; retry later', seconds);

/**
 * argon2id in a pool of worker threads sized to the cores, so the event loop keeps answering
 * (health, heartbeats, every other route) while sign-ins queue. The queue is bounded: past it a
 * hash is refused at once with 503 busy and a Retry-After estimated from the queue and the recent
 * hash time, instead of every sign-in growing slower until clients time out. The pool starts on
 * the first hash, so an app that never hashes starts no thread.
 */
export function createPasswordHasher(
  options: PasswordHashing = {},
  pool: PasswordPoolOptions = {},
): PasswordHasher {
  const params: HashOptions = { ...options, type: argon2.argon2id };
  const threads = Math.max(1, pool.threads ?? availableParallelism());
  let piscina: Piscina<Task, string | boolean> | undefined;
  // Recent time of one hash (exponential average), for Retry-After.
  let hashMs = 500;
  const run = async <R extends string | boolean>(task: Task): Promise<R> => {
    if (pool.inline)
      return (
        task.op === 'hash'
          ? argon2.hash(task.password, params)
          : argon2.verify(task.digest, task.password)
      ) as Promise<R>;
    piscina ??= new Piscina({
      filename: workerFile(),
      minThreads: threads,
      maxThreads: threads,
      maxQueue: pool.maxQueue ?? threads * QUEUE_PER_THREAD,
      idleTimeout: 60_000,
    });
    const started = performance.now();
    try {
      const result = (await piscina.run(task)) as R;
      hashMs = hashMs * 0.8 + (performance.now() - started) * 0.2;
      return result;
    } catch (error) {
      if ((error as Error).message === 'Task queue is at limit')
        throw busy(Math.max(1, Math.ceil(((piscina.queueSize / threads + 1) * hashMs) / 1000)));
      throw error;
    }
  };
  const hash = (password: string) => run<string>({ op: 'hash', password, params });
  let dummy: Promise<string> | undefined;
  return {
    hash,
    async verify(stored, password) {
      // Made on first need so that even the first unknown identifiant costs one verify.
      if (!dummy) {
        const made = hash('no such user: constant-time filler');
        // Refused (busy) or stopped: the next verify makes it again; nobody else awaits this one.
        made.catch(() => {
          if (dummy === made) dummy = undefined;
        });
        dummy = made;
      }
      const digest = stored ?? (await dummy);
      const ok = await run<boolean>({ op: 'verify', digest, password });
      return stored !== undefined && ok;
    },
    async close() {
      // Lets running hashes end: a worker terminated inside argon2's native code aborts the process.
      await piscina?.close();
    },
  };
}
