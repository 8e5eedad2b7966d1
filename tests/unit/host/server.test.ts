import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../../main/core/config';
import { createKioskCore } from '../../../main/core/kiosk';
import { silentLogger } from '../../../main/core/logging';
import type { KioskCore } from '../../../main/core/types';
import { startHost, type RunningHost } from '../../../main/host/server';

let host: RunningHost;
let core: KioskCore;

function rendererRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'kiosk-renderer-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body>app</body></html>',
  );
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'kiosk-secret.txt'), 'outside the renderer');
  return root;
}

async function token(): Promise<string> {
  const html = await (await fetch(host.url)).text();
  return /name="kiosk-host-token" content="([^"]+)"/.exec(html)?.[1] ?? '';
}

/** fetch() forbids setting Host; node:http does not, which is what a rebinding attacker gets. */
function getWithHost(path: string, hostHeader: string): Promise<number> {
  return requestRaw('GET', path, { Host: hostHeader }).then((reply) => reply.status);
}

/** A request with the headers exactly as given (Origin included), and its answer's text. */
function requestRaw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; text: string }> {
  const url = new URL(path, host.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: url.port, path: url.pathname + url.search, method, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

beforeEach(async () => {
  const config = parseConfig({
    dataDir: mkdtempSync(join(tmpdir(), 'kiosk-data-')),
    centralApi: { url: 'http://127.0.0.1:9', timeoutMs: 500 },
    // Nothing answers there: the code is never used, but a configured API needs one to start.
    terminal: { label: 'borne-host', enrolmentCode: 'UNUSED-CODE-0000' },
  });
  core = createKioskCore({
    config,
    apiBaseUrl: 'http://127.0.0.1:9',
    logger: silentLogger,
    mode: 'browser',
    appVersion: 't',
    heartbeatMs: 0,
  });
  host = await startHost({ core, rendererRoot: rendererRoot(), port: 0, logger: silentLogger });
});

afterEach(async () => {
  await core.close();
  await host.close();
});

const rpc = async (method: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(new URL(`/rpc/${method}`, host.url), {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...headers },
  });

describe('browser-mode host', () => {
  it('serves the renderer with the strict CSP and its per-launch token in the page', async () => {
    const response = await fetch(host.url);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await token()).toMatch(/^[\w-]{40,}$/);
    const asset = await fetch(new URL('/assets/app.js', host.url));
    expect(asset.headers.get('content-type')).toContain('javascript');
  });

  it('answers screens of the single-page app with index.html but never files outside it', async () => {
    expect(await (await fetch(new URL('/connexion', host.url))).text()).toContain('app');
    expect((await fetch(new URL('/..%2Fkiosk-secret.txt', host.url))).status).toBe(403);
    expect((await fetch(new URL('/assets/..%2F..%2Fkiosk-secret.txt', host.url))).status).toBe(403);
    expect((await fetch(new URL('/assets/missing.js', host.url))).status).toBe(404);
  });

  it('refuses calls without the token, and runs them with it', async () => {
    expect((await rpc('kiosk.settings', {})).status).toBe(403);
    expect((await rpc('kiosk.settings', {}, { 'x-kiosk-token': 'wrong' })).status).toBe(403);
    const ok = await rpc('kiosk.settings', {}, { 'x-kiosk-token': await token() });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ ok: true, value: { mode: 'browser', locale: 'fr' } });
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    expect(await getWithHost('/', 'evil.example:80')).toBe(421);
    expect(await getWithHost('/', `localhost:${new URL(host.url).port}`)).toBe(200);
  });

  it('answers bad bodies and unknown methods with a reason, not a crash', async () => {
    const headers = { 'x-kiosk-token': await token() };
    const bad = await fetch(new URL('/rpc/kiosk.settings', host.url), {
      method: 'POST',
      body: '{nope',
      headers,
    });
    expect(bad.status).toBe(400);
    expect(await (await rpc('shell.exec', {}, headers)).json()).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
  });

  it('explains an unreachable central API as such', async () => {
    const headers = { 'x-kiosk-token': await token() };
    await rpc('visit.start', {}, headers);
    const login = await rpc(
      'auth.login',
      { identifiant: '1234567A', motDePasse: 'x', codePostal: '75011' },
      headers,
    );
    expect(await login.json()).toMatchObject({ ok: false, error: { code: 'api_unreachable' } });
  });

  it('wipes the browser with Clear-Site-Data and goes back to the welcome page', async () => {
    const response = await fetch(new URL('/visit/wiped', host.url));
    expect(response.headers.get('clear-site-data')).toBe(
      '"cache", "cookies", "storage", "executionContexts"',
    );
    expect(await response.text()).toContain('url=/');
  });

  it('streams visit events to the page over SSE', async () => {
    const headers = { 'x-kiosk-token': await token() };
    const controller = new AbortController();
    const stream = await fetch(new URL(`/events?token=${headers['x-kiosk-token']}`, host.url), {
      signal: controller.signal,
    });
    const reader = stream.body!.getReader();
    await rpc('visit.start', {}, headers);
    await rpc('visit.end', { reason: 'user' }, headers);
    let text = '';
    while (!text.includes('visit.ended'))
      text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(text).toContain('"payload":{"reason":"user"}');
  });

  it('lets one page drive the kiosk: a second is refused, a reload takes over and ends the old visit', async () => {
    const secret = await token();
    const as = (page: string) => ({ 'x-kiosk-token': secret, 'x-kiosk-page': page });
    const open = (page: string, controller: AbortController) =>
      fetch(new URL(`/events?token=${secret}&page=${page}`, host.url), {
        signal: controller.signal,
      });
    const first = new AbortController();
    await open('first', first);
    await rpc('visit.start', {}, as('first'));

    const second = await open('second', new AbortController());
    expect(await second.text()).toContain('event: page-refused');
    expect((await rpc('visit.end', { reason: 'user' }, as('second'))).status).toBe(409);
    expect(core.hasVisit()).toBe(true);

    // The first page reloads: its stream closes, the new page's stream takes over.
    first.abort();
    const reloaded = new AbortController();
    await open('reloaded', reloaded);
    await vi.waitFor(() => expect(core.hasVisit()).toBe(false));
    expect((await rpc('visit.start', {}, as('reloaded'))).status).toBe(200);
    expect(core.hasVisit()).toBe(true);
    reloaded.abort();
  });

  it('refuses requests from a page of another origin, with the reason', async () => {
    const secret = await token();
    const own = `http://localhost:${new URL(host.url).port}`;
    for (const origin of ['http://evil.example', 'null', `http://localhost:1`]) {
      const call = await requestRaw(
        'POST',
        '/rpc/kiosk.settings',
        { Origin: origin, 'x-kiosk-token': secret, 'content-type': 'application/json' },
        '{}',
      );
      expect(call.status).toBe(403);
      expect(JSON.parse(call.text)).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: expect.stringContaining('origin') },
      });
      const events = await requestRaw('GET', `/events?token=${secret}`, { Origin: origin });
      expect(events.status).toBe(403);
      expect(events.text).toContain('origin');
      expect((await requestRaw('GET', '/', { Origin: origin })).status).toBe(403);
    }
    const mine = await requestRaw(
      'POST',
      '/rpc/kiosk.settings',
      { Origin: own, 'x-kiosk-token': secret, 'content-type': 'application/json' },
      '{}',
    );
    expect(mine.status).toBe(200);
  });

  it('answers an oversized body with 413, not a connection reset', async () => {
    const headers = { 'x-kiosk-token': await token() };
    const big = JSON.stringify({ padding: 'x'.repeat(300 * 1024) });
    const declared = await rpc('kiosk.settings', JSON.parse(big), headers);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // Sent in chunks with no Content-Length: the limit is found while reading.
    const chunked = await fetch(new URL('/rpc/kiosk.settings', host.url), {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    // The connection is still good for the next call.
    expect((await rpc('kiosk.settings', {}, headers)).status).toBe(200);
  });
});
