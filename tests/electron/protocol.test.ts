import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RENDERER_CSP, RENDERER_SECURITY_HEADERS } from '../../main/core/csp';
import { recorded, resetFake, type FakeSession } from './fake-electron';
import { INDEX_HTML, ORIGIN, paintFirstWindow, startTestShell, type ShellFixture } from './support';

vi.mock('electron', () => import('./fake-electron'));

describe('the renderer protocol', () => {
  let kiosk: ShellFixture;
  let session: FakeSession;
  beforeEach(() => {
    resetFake();
    kiosk = startTestShell();
    const partition = paintFirstWindow().options.webPreferences?.partition ?? '';
    session = recorded.sessions.get(partition)!;
  });
  afterEach(() => kiosk.dispose());

  const get = async (url: string, init?: RequestInit) => {
    const handler = session.protocolHandlers.get(new URL(url).protocol.replace(':', ''));
    if (!handler) throw new Error(`nothing handles ${url}`);
    return handler(new Request(url, init));
  };

  it('is installed on every visit partition, for https and http, before the page loads', () => {
    for (const partition of kiosk.partitions) {
      const handlers = recorded.sessions.get(partition)?.protocolHandlers;
      expect([...(handlers?.keys() ?? [])].sort()).toEqual(['http', 'https']);
    }
  });

  it('serves index.html at the origin with the CSP and security headers', async () => {
    const response = await get(`${ORIGIN}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX_HTML);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    for (const [name, value] of Object.entries(RENDERER_SECURITY_HEADERS))
      expect(response.headers.get(name)).toBe(value);
  });

  it('serves assets, and index.html for a screen of the single-page app', async () => {
    const asset = await get(`${ORIGIN}/assets/app.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await asset.text()).toContain('kiosk');
    const screen = await get(`${ORIGIN}/connexion`);
    expect(await screen.text()).toBe(INDEX_HTML);
    expect((await get(`${ORIGIN}/assets/missing.js`)).status).toBe(404);
  });

  it.each([
    '/..%2fsecret.txt',
    '/..%2Fsecret.txt',
    '/assets/..%2F..%2Fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/index.html%00.js',
  ])('refuses the traversal %s', async (path) => {
    const response = await get(`${ORIGIN}${path}`);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('not for the renderer');
  });

  it.each([
    'https://example.org/',
    'https://kiosque.localhost.evil.example/',
    'https://kiosque.localhost:8443/',
    'http://kiosque.localhost/',
    'http://127.0.0.1:9/api',
  ])('refuses %s with 403: the renderer never reaches the network', async (url) => {
    expect((await get(url)).status).toBe(403);
  });

  it('refuses anything but GET and HEAD', async () => {
    expect((await get(`${ORIGIN}/`, { method: 'POST', body: 'x' })).status).toBe(405);
  });
});
