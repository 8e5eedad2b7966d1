/**
 * The central API beyond one process, side by side in one run: SQLite in a single process;
 * PostgreSQL with one instance; PostgreSQL with two instances behind nginx (round robin). Each
 * instance is a real child process started by the CLI (`central-api/src/cli.ts --db … --files …`),
 * PostgreSQL a durable throwaway cluster (fsync on, as deployed: scripts/postgres.mjs), nginx
 * Debian's with the configuration docs/DEPLOY.md documents (tests/fixtures/nginx.ts).
 * Per setup and arrival rate (2, 5, 10 sign-ins a second, open loop, production argon2id cost,
 * heartbeats at 83/s alongside): sign-ins sent, 201, 503 with Retry-After (refused cleanly),
 * timeouts (30 s), other failures, p50 / p95 / max of the 201s, successful sign-ins per second
 * per core, heartbeat p95. Printed, not asserted.
 * Alone: `npx tsx bench/centralApiScale.ts [--full]` (60 s per rate; default BENCH_SCALE_SECONDS,
 * else 10). Without PostgreSQL or nginx it prints why and measures nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { demoAccounts } from '../central-api/src/index';
import { postgresBin, startPostgres } from '../scripts/postgres.mjs';
import { NGINX_BIN, startNginx } from '../tests/fixtures/nginx';
import {
  HEARTBEATS_PER_SECOND,
  RATES,
  TERMINALS,
  oneHashMs,
  openLoop,
  timed,
  type Outcome,
} from './signInArrivals';
import { stats } from './stats';

interface Instance {
  url: string;
  child: ChildProcess;
}

interface Setup {
  name: string;
  url: string;
  stop(): Promise<void>;
}

/** One central API through its CLI; resolves with its URL once it listens. */
function startInstance(db: string, files: string, extra: string[] = []): Promise<Instance> {
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const child = spawn(
    tsx,
    [join('central-api', 'src', 'cli.ts'), '--db', db, '--files', files, '--port', '0', ...extra],
    // Demo accounts and terminals, no demo offers (20,000 would only slow the start).
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, KIOSK_API_DEMO_OFFERS: '0' } },
  );
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`central API exited (${String(code)})`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const url = /listening on (http:\/\/\S+)/.exec(line)?.[1];
      if (url) resolve({ url, child });
    });
  });
}

function stopInstance(instance: Instance): Promise<void> {
  if (instance.child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    instance.child.removeAllListeners('exit');
    instance.child.once('exit', () => resolve());
    instance.child.kill('SIGTERM');
  });
}

async function sqliteSetup(dir: string): Promise<Setup> {
  const one = await startInstance(join(dir, 'central.db'), dir);
  return { name: 'SQLite ×1', url: one.url, stop: () => stopInstance(one) };
}

async function postgresSetup(pgUrl: string, dir: string, instances: 1 | 2): Promise<Setup> {
  const db = `${pgUrl}?schema=scale${instances}`;
  const files = join(dir, `files-${instances}`);
  if (instances === 1) {
    const one = await startInstance(db, files);
    return { name: 'Postgres ×1', url: one.url, stop: () => stopInstance(one) };
  }
  // One after the other: the first migrates and seeds, the second finds the schema ready.
  // Two instances on one host: each hashes on its share of the cores, as DEPLOY.md advises.
  const threads = String(Math.max(1, Math.floor(availableParallelism() / 2)));
  const trust = ['--trust-proxy', '127.0.0.1', '--password-threads', threads];
  const first = await startInstance(db, files, trust);
  const second = await startInstance(db, files, trust);
  const nginx = await startNginx({
    dir: join(dir, 'nginx'),
    upstreams: [first, second].map((instance) => new URL(instance.url).host),
  });
  return {
    name: 'Postgres ×2',
    url: nginx.url,
    async stop() {
      await nginx.stop();
      await Promise.all([stopInstance(first), stopInstance(second)]);
    },
  };
}

async function enrolTerminals(url: string): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < TERMINALS; i += 1) {
    const reply = await fetch(`${url}/v1/terminals/enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ enrolmentToken: 'demo-enrolment-token', label: `scale-${i}` }),
    });
    tokens.push(((await reply.json()) as { accessToken: string }).accessToken);
  }
  return tokens;
}

const heartbeat = (url: string, token: string) =>
  timed(
    `${url}/v1/terminals/heartbeat`,
    { appVersion: 'bench', visitActive: false },
    { authorization: `Bearer ${token}` },
  );

/** What the failures that are neither 503-with-Retry-After nor timeouts were, sign-ins and heartbeats. */
function otherFailures(outcomes: Outcome[]): string {
  const counts = new Map<string, number>();
  for (const o of outcomes) {
    const expected = o.status === 200 || o.status === 201 || o.status === 'timeout';
    if (expected || (o.status === 503 && o.retryAfter === true)) continue;
    const key = String(o.status);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([status, n]) => `${status}×${n}`).join(' ');
}

const cell = (value: string | number, width: number) => String(value).padStart(width);

export const SCALE_HEADER = [
  'setup'.padEnd(12),
  cell('rate', 5),
  cell('sent', 5),
  cell('201', 5),
  cell('503RA', 5),
  cell('tmout', 5),
  cell('other', 5),
  cell('p50', 7),
  cell('p95', 7),
  cell('max', 7),
  cell('ok/s/core', 9),
  cell('hb p95', 8),
].join(' ');

async function measureSetup(setup: Setup, seconds: number): Promise<string[]> {
  const tokens = await enrolTerminals(setup.url);
  const alone = await openLoop(HEARTBEATS_PER_SECOND, Math.min(seconds, 5), () =>
    heartbeat(setup.url, tokens[0]!),
  );
  const floor = stats(alone.filter((o) => o.status === 200).map((o) => o.ms)).p95;
  // The machine's load before the setup: other work on a shared build machine shows up here.
  const rows = [
    `${setup.name.padEnd(12)} heartbeats alone: p95 ${floor.toFixed(1)} ms (load average ${loadavg()[0]!.toFixed(1)})`,
  ];
  for (const rate of RATES) {
    let n = 0;
    const signIns = openLoop(rate, seconds, () => {
      const i = (n += 1);
      const account = demoAccounts[i % demoAccounts.length]!;
      return timed(
        `${setup.url}/v1/sessions`,
        {
          identifiant: account.identifiant,
          motDePasse: account.motDePasse,
          codePostal: account.codePostal,
        },
        { authorization: `Bearer ${tokens[i % TERMINALS]!}` },
      );
    });
    const beats = openLoop(HEARTBEATS_PER_SECOND, seconds, () => heartbeat(setup.url, tokens[0]!));
    const started = performance.now();
    const [outcomes, heartbeats] = await Promise.all([signIns, beats]);
    const elapsed = (performance.now() - started) / 1000;
    const count = (test: (o: Outcome) => boolean) => outcomes.filter(test).length;
    const ok = outcomes.filter((o) => o.status === 201);
    const busy = count((o) => o.status === 503 && o.retryAfter === true);
    const timeouts = count((o) => o.status === 'timeout');
    const latency = stats(ok.map((o) => o.ms));
    const beat = stats(heartbeats.filter((o) => o.status === 200).map((o) => o.ms));
    rows.push(
      [
        setup.name.padEnd(12),
        cell(`${rate}/s`, 5),
        cell(outcomes.length, 5),
        cell(ok.length, 5),
        cell(busy, 5),
        cell(timeouts, 5),
        cell(outcomes.length - ok.length - busy - timeouts, 5),
        ...[latency.median, latency.p95, latency.max].map((v) => cell(v.toFixed(0), 7)),
        cell((ok.length / elapsed / availableParallelism()).toFixed(2), 9),
        cell(beat.p95.toFixed(1), 8),
        otherFailures([...outcomes, ...heartbeats]),
      ].join(' '),
    );
  }
  return rows;
}

/** What is missing for the PostgreSQL setups, or undefined when they can run. */
export function scaleUnavailable(): string | undefined {
  if (!postgresBin()) return 'PostgreSQL is not installed (apt-get install postgresql)';
  if (!existsSync(NGINX_BIN)) return `nginx is not installed (apt-get install nginx-light)`;
  return undefined;
}

export async function centralApiScaleRows(seconds: number): Promise<string[]> {
  const missing = scaleUnavailable();
  if (missing) return [`skipped: ${missing}`];
  const hash = await oneHashMs();
  const rows = [
    `one argon2id hash alone (production cost): ${hash.toFixed(0)} ms; ${availableParallelism()} cores; ${seconds} s per rate; heartbeats ${HEARTBEATS_PER_SECOND}/s; latencies in ms; 503RA = 503 with Retry-After`,
    SCALE_HEADER,
  ];
  const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  const postgres = await startPostgres({ durable: true });
  try {
    const starts = [
      () => sqliteSetup(dir),
      () => postgresSetup(postgres.url, dir, 1),
      () => postgresSetup(postgres.url, dir, 2),
    ];
    // One setup at a time: each has the machine's cores to itself.
    for (const start of starts) {
      const setup = await start();
      try {
        rows.push(...(await measureSetup(setup, seconds)));
      } finally {
        await setup.stop();
      }
    }
  } finally {
    postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

if (process.argv[1]?.endsWith('centralApiScale.ts')) {
  const seconds = process.argv.includes('--full')
    ? 60
    : Number(process.env.BENCH_SCALE_SECONDS ?? 10);
  centralApiScaleRows(seconds)
    .then((rows) => {
      console.log('\nCentral API: SQLite ×1, PostgreSQL ×1, PostgreSQL ×2 behind nginx');
      for (const row of rows) console.log(row);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
