/**
 * The fleet at scale: 5,000 simulated terminals heartbeating once a minute (≈ 83 heartbeats a
 * second, open loop) against the reference central API in its own process, with IT's fleet view
 * open on the live stream. Figures: the heartbeat's round trip (target p95 ≤ 50 ms) and the time
 * from a heartbeat sent to its change on the console's stream (target ≤ 5 s).
 * Default 15 s of arrivals; `--full` (or BENCH_FLEET_SECONDS=60) runs the whole minute.
 * Run alone: `npx tsx bench/fleetHeartbeats.ts [--full]`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { formatRow, stats } from './stats';

const TERMINALS = 5000;
const PERIOD_SECONDS = 60;
const ENROL_CONCURRENCY = 25;

function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, [join('bench', 'arrivalsServer.ts'), 'pool'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench API exited (${String(code)})`)));
    createInterface({ input: child.stdout }).once('line', (url) => resolve({ url, child }));
  });
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const reply = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await reply.text();
  return { status: reply.status, headers: reply.headers, text };
}

async function enrolAll(base: string): Promise<string[]> {
  const tokens: string[] = new Array<string>(TERMINALS);
  let next = 0;
  await Promise.all(
    Array.from({ length: ENROL_CONCURRENCY }, async () => {
      while (next < TERMINALS) {
        const i = next++;
        const reply = await post(`${base}/v1/terminals/enrol`, {
          enrolmentToken: 'demo-enrolment-token',
          label: `bench-fleet-${i}`,
          agencyCode: ['PARIS11', 'LYON3', 'RENNES', 'BORDEAUX'][i % 4],
        });
        if (reply.status !== 201) throw new Error(`enrol answered ${reply.status}`);
        tokens[i] = (JSON.parse(reply.text) as { accessToken: string }).accessToken;
      }
    }),
  );
  return tokens;
}

/** IT's console: the fleet stream, each terminal's visitsToday noted with when it arrived. */
async function openConsole(base: string, seen: Map<number, number>, abort: AbortSignal) {
  const signIn = await post(
    `${base}/v1/staff/sessions`,
    { identifiant: 'it.national', motDePasse: 'Parc-Bornes-2026' },
    { 'x-staff-console': '1' },
  );
  if (signIn.status !== 201) throw new Error(`staff sign-in answered ${signIn.status}`);
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const response = await fetch(`${base}/v1/staff/fleet/stream`, {
    headers: { cookie },
    signal: abort,
  });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let first = true;
  let resolveFirst: () => void = () => undefined;
  const firstList = new Promise<void>((resolve) => (resolveFirst = resolve));
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.startsWith('data: ') ? block.slice(6) : undefined;
        if (!data) continue;
        const at = performance.now();
        const event = JSON.parse(data) as { type: string; data: { visitsToday: number | null }[] };
        if (event.type !== 'terminals') continue;
        if (first) {
          first = false;
          resolveFirst();
          continue;
        }
        for (const row of event.data)
          if (row.visitsToday !== null && !seen.has(row.visitsToday)) seen.set(row.visitsToday, at);
      }
    }
  })();
  await firstList;
}

export async function fleetHeartbeatRows(seconds: number): Promise<string[]> {
  const { url, child } = await startServer();
  const abort = new AbortController();
  try {
    const tokens = await enrolAll(url);
    const seen = new Map<number, number>();
    await openConsole(url, seen, abort.signal);
    const perSecond = TERMINALS / PERIOD_SECONDS;
    const total = Math.round(perSecond * seconds);
    const sentAt = new Map<number, number>();
    const rtt: number[] = [];
    let failed = 0;
    const started = performance.now();
    const inFlight: Promise<void>[] = [];
    // Open loop: the n-th heartbeat leaves at n / rate whatever the answers before it.
    for (let n = 0; n < total; n += 1) {
      const due = started + (n / perSecond) * 1000;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      // visitsToday carries the heartbeat's number: the console's copy says when it arrived.
      const seq = n + 1;
      const token = tokens[n % TERMINALS]!;
      const begin = performance.now();
      sentAt.set(seq, begin);
      inFlight.push(
        post(
          `${url}/v1/terminals/heartbeat`,
          {
            appVersion: '1.0.0',
            visitActive: false,
            outbox: { depth: 0, needingAttention: 0 },
            uptimeSeconds: 3600,
            devices: { scanner: 'ok', printer: 'ok', camera: 'unknown' },
            visitsToday: seq,
            lastErrorCode: null,
            configVersion: 0,
            outOfService: false,
          },
          { authorization: `Bearer ${token}` },
        ).then(
          (reply) => {
            if (reply.status === 200) rtt.push(performance.now() - begin);
            else failed += 1;
          },
          () => {
            failed += 1;
          },
        ),
      );
    }
    await Promise.all(inFlight);
    const elapsed = (performance.now() - started) / 1000;
    // The last changes reach the stream within its one-second gathering.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    // A later heartbeat of the same terminal may overwrite an earlier one's number before the
    // gathering flushes (not at 5,000 terminals in 60 s, but in a longer run): only those seen count.
    const reach = [...seen].flatMap(([seq, at]) => {
      const sent = sentAt.get(seq);
      return sent === undefined ? [] : [at - sent];
    });
    return [
      `${total} heartbeats from ${TERMINALS} terminals in ${elapsed.toFixed(1)} s (${(total / elapsed).toFixed(1)}/s), ${failed} failed, ${seen.size} seen on the console`,
      formatRow('measure', null),
      formatRow('heartbeat round trip (ms)', stats(rtt)),
      formatRow('heartbeat → console stream (ms)', stats(reach)),
    ];
  } finally {
    abort.abort();
    child.kill('SIGTERM');
  }
}

if (process.argv[1]?.endsWith('fleetHeartbeats.ts')) {
  const full = process.argv.includes('--full');
  const seconds = full ? PERIOD_SECONDS : Number(process.env.BENCH_FLEET_SECONDS ?? 15);
  console.log('Fleet: 5,000 terminals heartbeating every 60 s, IT fleet view live');
  for (const row of await fleetHeartbeatRows(seconds)) console.log(row);
}
