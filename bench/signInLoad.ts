/**
 * Central API sign-in under load: 50 simulated terminals, each enrolled, each signing in
 * over and over at once, with production argon2id parameters. Latency p50/p95 and throughput.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { demoAccounts, startCentralApi } from '../central-api/src/index';
import { stats, type Stats } from './stats';

export async function measureSignInLoad(
  terminals = 50,
  perTerminal = 6,
): Promise<{ latency: Stats; perSecond: number; total: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-sign-in-'));
  const api = await startCentralApi({ dbPath: join(dir, 'central.db') });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(new URL(path, api.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  try {
    const tokens = await Promise.all(
      Array.from({ length: terminals }, async (_, i) => {
        const reply = await post('/v1/terminals/enrol', {
          enrolmentToken: 'demo-enrolment-token',
          label: `bench-load-${i}`,
        });
        return ((await reply.json()) as { accessToken: string }).accessToken;
      }),
    );
    const samples: number[] = [];
    const started = performance.now();
    await Promise.all(
      tokens.map(async (token, t) => {
        for (let i = 0; i < perTerminal; i += 1) {
          const account = demoAccounts[(t + i) % demoAccounts.length]!;
          const begin = performance.now();
          const reply = await post(
            '/v1/sessions',
            {
              identifiant: account.identifiant,
              motDePasse: account.motDePasse,
              codePostal: account.codePostal,
            },
            { authorization: `Bearer ${token}` },
          );
          await reply.arrayBuffer();
          if (reply.status !== 201) throw new Error(`sign-in answered ${reply.status}`);
          samples.push(performance.now() - begin);
        }
      }),
    );
    const elapsed = performance.now() - started;
    return {
      latency: stats(samples),
      perSecond: (samples.length / elapsed) * 1000,
      total: samples.length,
    };
  } finally {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
