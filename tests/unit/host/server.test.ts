import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
  const url = new URL(path, host.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: url.port, path: url.pathname, headers: { Host: hostHeader } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

beforeEach(async () => {
  const config = parseConfig({
    dataDir: mkdtempSync(join(tmpdir(), 'kiosk-data-')),
    centralApi: { url: 'http://127.0.0.1:9', timeoutMs: 500 },
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
});
