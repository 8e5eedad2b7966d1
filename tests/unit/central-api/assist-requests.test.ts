import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './helpers';

describe('central API: assist requests', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.dispose());

  it('stores the terminal, the screen and both times, nothing else', async () => {
    const { terminalId, auth } = await api.enrol('borne-assist');
    const before = new Date().toISOString();
    const reply = await api.request('POST', '/v1/assist-requests', {
      headers: auth,
      body: { screen: 'login', requestedAt: '2026-03-02T09:15:00+01:00' },
    });
    expect(reply.status).toBe(201);
    const requestId = String(reply.json?.requestId);
    const rows = api.query<Record<string, string>>(
      'SELECT * FROM assist_requests WHERE id = ?',
      requestId,
    );
    expect(rows).toEqual([
      {
        id: requestId,
        terminal_id: terminalId,
        screen: 'login',
        requested_at: '2026-03-02T08:15:00.000Z',
        received_at: expect.any(String),
        cancelled_at: null,
        taken_at: null,
        taken_by: null,
        closed_at: null,
      },
    ]);
    expect(String(rows[0]?.received_at) >= before).toBe(true);
  });

  it.each([
    [{ screen: 'Login', requestedAt: '2026-03-02T09:15:00Z' }, 'body/screen must match pattern'],
    [{ screen: '', requestedAt: '2026-03-02T09:15:00Z' }, 'body/screen must NOT have fewer'],
    [{ screen: 'login', requestedAt: 'yesterday' }, 'body/requestedAt must match format'],
    [
      { screen: 'login', requestedAt: '2026-02-30T09:15:00Z' },
      'body/requestedAt must match format',
    ],
    [{ screen: 'login' }, 'body/requestedAt is required'],
  ])('refuses %j with 400', async (body, message) => {
    const { auth } = await api.enrol('borne-assist');
    const reply = await api.request('POST', '/v1/assist-requests', { headers: auth, body });
    expect(reply.status).toBe(400);
    expect(reply.json?.code).toBe('invalid_request');
    expect(String(reply.json?.message)).toContain(message);
  });

  it('needs a terminal token', async () => {
    const reply = await api.request('POST', '/v1/assist-requests', {
      body: { screen: 'login', requestedAt: '2026-03-02T09:15:00Z' },
    });
    expect(reply.status).toBe(401);
    expect(reply.json?.code).toBe('invalid_terminal_token');
  });

  it('lets the terminal that called withdraw its call, repeatably; another terminal gets 404', async () => {
    const { auth } = await api.enrol('borne-assist');
    const created = await api.request('POST', '/v1/assist-requests', {
      headers: auth,
      body: { screen: 'dashboard', requestedAt: '2026-03-02T09:15:00Z' },
    });
    const requestId = String(created.json?.requestId);
    const path = `/v1/assist-requests/${requestId}/cancel`;
    expect((await api.request('POST', path, { headers: auth })).status).toBe(204);
    expect((await api.request('POST', path, { headers: auth })).status).toBe(204);
    const cancelled = api.query<{ cancelled_at: string | null }>(
      'SELECT cancelled_at FROM assist_requests WHERE id = ?',
      requestId,
    );
    expect(cancelled[0]?.cancelled_at).toEqual(expect.any(String));
    const other = await api.enrol('borne-other');
    const foreign = await api.request('POST', path, { headers: other.auth });
    expect(foreign.status).toBe(404);
    expect(foreign.json?.code).toBe('assist_request_not_found');
    const malformed = await api.request('POST', '/v1/assist-requests/nope/cancel', {
      headers: auth,
    });
    expect(malformed.status).toBe(400);
  });
});
