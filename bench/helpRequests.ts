/**
 * "Appeler un conseiller" → the staff console: 200 help requests from 20 terminals of one agency
 * to the reference central API over HTTP on loopback, with a conseiller's live list open
 * (server-sent events, read as the console reads them). For each request: the time from sending
 * it to its event on the console's stream (target p95 ≤ 1 s), and the POST's own answer time.
 * Also alone: `npx tsx bench/helpRequests.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startCentralApi } from '../central-api/src/index';
import { formatRow, stats, type Stats } from './stats';

export interface HelpRequestFigures {
  toConsole: Stats;
  post: Stats;
  requests: number;
}

export async function measureHelpRequests(count = 200): Promise<HelpRequestFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-help-'));
  const api = await startCentralApi({ dbPath: join(dir, 'central.db'), demoOffers: 0 });
  const controller = new AbortController();
  try {
    const json = { 'content-type': 'application/json' };
    const terminals: string[] = [];
    for (let i = 1; i <= 20; i++) {
      const reply = await fetch(`${api.url}/v1/terminals/enrol`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          enrolmentToken: 'demo-enrolment-token',
          label: `bench-borne-${i}`,
          agencyCode: 'PARIS11',
        }),
      });
      terminals.push(`Bearer ${((await reply.json()) as { accessToken: string }).accessToken}`);
    }
    const signIn = await fetch(`${api.url}/v1/staff/sessions`, {
      method: 'POST',
      headers: { ...json, 'x-staff-console': '1' },
      body: JSON.stringify({ identifiant: 'conseiller.paris', motDePasse: 'Conseil-Paris-2026' }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const stream = await fetch(`${api.url}/v1/staff/assist-requests/events`, {
      headers: { cookie },
      signal: controller.signal,
    });
    const arrived = new Map<string, number>();
    const waiting = new Map<string, () => void>();
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of stream.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const line = buffer
              .slice(0, end)
              .split('\n')
              .find((l) => l.startsWith('data: '));
            buffer = buffer.slice(end + 2);
            if (!line) continue;
            const event = JSON.parse(line.slice(6)) as {
              type: string;
              data: { requestId?: string };
            };
            const id = event.data.requestId;
            if (event.type !== 'assist-request' || !id || arrived.has(id)) continue;
            arrived.set(id, performance.now());
            waiting.get(id)?.();
          }
        }
      } catch {
        // The stream is aborted at the end.
      }
    })();

    const toConsole: number[] = [];
    const post: number[] = [];
    for (let i = 0; i < count; i++) {
      const sent = performance.now();
      const reply = await fetch(`${api.url}/v1/assist-requests`, {
        method: 'POST',
        headers: { ...json, authorization: terminals[i % terminals.length] ?? '' },
        body: JSON.stringify({ screen: 'dashboard', requestedAt: new Date().toISOString() }),
      });
      post.push(performance.now() - sent);
      const { requestId } = (await reply.json()) as { requestId: string };
      if (!arrived.has(requestId))
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('no console event in 5 s')), 5000);
          waiting.set(requestId, () => {
            clearTimeout(timer);
            resolve();
          });
        });
      toConsole.push((arrived.get(requestId) ?? NaN) - sent);
      // People do not all call in the same millisecond.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return { toConsole: stats(toConsole), post: stats(post), requests: count };
  } finally {
    controller.abort();
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function helpRequestRows(figures: HelpRequestFigures): string[] {
  return [
    formatRow(`help request → console event (ms, n=${figures.requests})`, figures.toConsole),
    formatRow('help request POST answer (ms)', figures.post),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await measureHelpRequests(Number(process.env.BENCH_HELP_REQUESTS ?? 200));
  console.log(formatRow('measure', null));
  for (const row of helpRequestRows(figures)) console.log(row);
}
