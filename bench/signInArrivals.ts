/**
 * Central API sign-ins under open-loop arrivals (a new sign-in every 1/rate s whatever the earlier
 * ones are doing, as terminals do), at 2, 5 and 10 per second, with the production argon2id cost,
 * and terminal heartbeats at 83/s alongside. Each mode runs the API in a process of its own
 * (bench/arrivalsServer.ts): "inline" (argon2id on the API process's own threads, as before the
 * worker pool) and "pool" (worker threads, bounded queue, 503 busy past it). Printed, not asserted.
 * Alone: `npx tsx bench/signInArrivals.ts [--seconds 60]` (default 10 s per rate, or
 * BENCH_ARRIVAL_SECONDS).
 */
import argon2 from 'argon2';
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { demoAccounts } from '../central-api/src/index';
import { stats } from './stats';

export const RATES = [2, 5, 10];
export const HEARTBEATS_PER_SECOND = 83;
const TIMEOUT_MS = 30_000;
export const TERMINALS = 40;

export interface Outcome {
  ms: number;
  status: number | 'timeout' | 'error';
  /** The answer carried Retry-After (a 503 that says when to come back, not a crash). */
  retryAfter?: boolean;
}

function startServer(mode: 'inline' | 'pool'): Promise<{ url: string; child: ChildProcess }> {
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, [join('bench', 'arrivalsServer.ts'), mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench API exited (${String(code)})`)));
    createInterface({ input: child.stdout }).once('line', (url) => resolve({ url, child }));
  });
}

export async function timed(url: string, body: unknown, headers: Record<string, string>) {
  const begin = performance.now();
  try {
    const reply = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await reply.arrayBuffer();
    return {
      ms: performance.now() - begin,
      status: reply.status,
      retryAfter: reply.headers.has('retry-after'),
    } satisfies Outcome;
  } catch (error) {
    const status = (error as Error).name === 'TimeoutError' ? 'timeout' : 'error';
    return { ms: performance.now() - begin, status } satisfies Outcome;
  }
}

/** Calls `fire` `perSecond` times a second for `seconds`, on schedule (no waiting on answers). */
export async function openLoop<T>(perSecond: number, seconds: number, fire: () => Promise<T>) {
  const started = performance.now();
  const pending: Promise<T>[] = [];
  const total = Math.round(perSecond * seconds);
  for (let i = 0; i < total; i += 1) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(fire());
  }
  return Promise.all(pending);
}

async function runMode(mode: 'inline' | 'pool', seconds: number): Promise<string[]> {
  const { url, child } = await startServer(mode);
  try {
    const tokens = await Promise.all(
      Array.from({ length: TERMINALS }, async (_, i) => {
        const reply = await fetch(`${url}/v1/terminals/enrol`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ enrolmentToken: 'demo-enrolment-token', label: `arrivals-${i}` }),
        });
        return ((await reply.json()) as { accessToken: string }).accessToken;
      }),
    );
    // Heartbeats alone first: this machine's own noise, the floor the rows below compare with.
    const alone = await openLoop(HEARTBEATS_PER_SECOND, Math.min(seconds, 5), () =>
      timed(
        `${url}/v1/terminals/heartbeat`,
        { appVersion: 'bench', visitActive: false },
        { authorization: `Bearer ${tokens[0]!}` },
      ),
    );
    const floor = stats(alone.filter((o) => o.status === 200).map((o) => o.ms)).p95;
    const rows = [`${mode.padEnd(7)} heartbeats alone: p95 ${floor.toFixed(1)} ms`];
    for (const rate of RATES) {
      let n = 0;
      const signIns = openLoop(rate, seconds, () => {
        const i = (n += 1);
        const account = demoAccounts[i % demoAccounts.length]!;
        return timed(
          `${url}/v1/sessions`,
          {
            identifiant: account.identifiant,
            motDePasse: account.motDePasse,
            codePostal: account.codePostal,
          },
          { authorization: `Bearer ${tokens[i % TERMINALS]!}` },
        );
      });
      const heartbeats = openLoop(HEARTBEATS_PER_SECOND, seconds, () =>
        timed(
          `${url}/v1/terminals/heartbeat`,
          { appVersion: 'bench', visitActive: false },
          { authorization: `Bearer ${tokens[0]!}` },
        ),
      );
      const started = performance.now();
      const [outcomes, beats] = await Promise.all([signIns, heartbeats]);
      const elapsed = (performance.now() - started) / 1000;
      const ok = outcomes.filter((o) => o.status === 201);
      const busy = outcomes.filter((o) => o.status === 503).length;
      const failed = outcomes.length - ok.length - busy;
      const latency = stats(ok.map((o) => o.ms));
      const beat = stats(beats.filter((o) => o.status === 200).map((o) => o.ms));
      const cells = [
        mode.padEnd(7),
        `${rate}/s`.padStart(5),
        String(outcomes.length).padStart(5),
        String(ok.length).padStart(5),
        String(busy).padStart(5),
        String(failed).padStart(5),
        ...[latency.median, latency.p95, latency.max].map((v) => v.toFixed(0).padStart(7)),
        (ok.length / elapsed / availableParallelism()).toFixed(2).padStart(8),
        beat.p95.toFixed(1).padStart(8),
      ];
      rows.push(cells.join(' '));
    }
    return rows;
  } finally {
    child.kill('SIGTERM');
  }
}

/** One production-cost argon2id hash, alone: the yardstick of "p95 ≤ 2 × one hash". */
export async function oneHashMs(): Promise<number> {
  await argon2.hash('warm-up', { type: argon2.argon2id });
  const samples: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const begin = performance.now();
    await argon2.hash(`bench-${i}`, { type: argon2.argon2id });
    samples.push(performance.now() - begin);
  }
  return stats(samples).median;
}

export async function signInArrivalRows(seconds: number): Promise<string[]> {
  const hash = await oneHashMs();
  const header = [
    'mode   ',
    ' rate',
    ' sent',
    '   ok',
    '  503',
    ' fail',
    '    p50',
    '    p95',
    '    max',
    'ok/s/core',
    'hb p95',
  ].join(' ');
  const rows = [
    `one argon2id hash alone (production cost): ${hash.toFixed(0)} ms; ${availableParallelism()} cores; ${seconds} s per rate; heartbeats ${HEARTBEATS_PER_SECOND}/s; ms`,
    header,
  ];
  for (const mode of ['inline', 'pool'] as const) rows.push(...(await runMode(mode, seconds)));
  return rows;
}

const argIndex = process.argv.indexOf('--seconds');
const seconds = Number(
  argIndex > 0 ? process.argv[argIndex + 1] : (process.env.BENCH_ARRIVAL_SECONDS ?? 10),
);
if (process.argv[1]?.endsWith('signInArrivals.ts')) {
  signInArrivalRows(seconds)
    .then((rows) => {
      console.log('\nCentral API sign-ins, open-loop arrivals');
      for (const row of rows) console.log(row);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
