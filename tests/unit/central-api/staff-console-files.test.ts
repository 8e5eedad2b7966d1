import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './helpers';

describe('central API: the staff console files', () => {
  let api: TestApi;
  const dir = mkdtempSync(join(tmpdir(), 'console-dist-'));
  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>');
    writeFileSync(join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
    writeFileSync(join(tmpdir(), 'secret-beside.txt'), 'no');
    api = await startTestApi({ demoOffers: 0, staffConsoleDir: dir });
  });
  afterAll(async () => {
    await api.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the console under a CSP that allows only its own origin and no frames', async () => {
    const reply = await api.request('GET', '/console/');
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('<title>console</title>');
    const csp = reply.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe');
  });

  it('answers a page path with index.html (a reload stays on the page), assets as they are', async () => {
    const page = await api.request('GET', '/console/demandes');
    expect(page.headers.get('content-type')).toContain('text/html');
    const asset = await api.request('GET', '/console/assets/app-1234.js');
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await api.request('GET', '/console/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside its folder', async () => {
    for (const path of ['/console/../secret-beside.txt', '/console/%2e%2e/secret-beside.txt']) {
      const reply = await api.request('GET', path);
      expect(reply.text).not.toBe('no');
    }
  });
});
