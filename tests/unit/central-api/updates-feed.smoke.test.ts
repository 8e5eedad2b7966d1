import { expect, it } from 'vitest';
import { startTestApi } from './helpers';
it('smoke', async () => {
  const api = await startTestApi();
  const t = await api.enrol('b1');
  const r = await api.request('GET', '/v1/updates/latest.yml', { headers: { ...t.auth, 'x-kiosk-version': '1.2.3' } });
  console.log(r.status, r.headers.get('content-type'), r.text);
  const n = await api.request('GET', '/v1/updates/foo.exe', { headers: t.auth });
  console.log(n.status, n.text);
  const o = await api.request('GET', '/openapi.json');
  console.log(JSON.stringify((o.json as any).paths['/v1/updates/{file}']).slice(0, 600));
  await api.dispose();
  expect(r.status).toBe(200);
});
