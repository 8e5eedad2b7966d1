import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoStaff, staffSignedIn, startTestApi, type TestApi } from './helpers';

interface Event {
  type: string;
  // The events are read as plain JSON to poke at their fields.
  data: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A live SSE client: the events received so far, and a wait for the next matching one. */
async function listen(api: TestApi, cookie: string) {
  const controller = new AbortController();
  const response = await fetch(`${api.url}/v1/staff/assist-requests/events`, {
    headers: { cookie },
    signal: controller.signal,
  });
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const events: Event[] = [];
  const waiters: Array<() => void> = [];
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').find((l) => l.startsWith('data: '));
          if (data) events.push(JSON.parse(data.slice(6)));
          waiters.splice(0).forEach((w) => w());
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    events,
    async next(match: (e: Event) => boolean, timeoutMs = 1000): Promise<Event> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = events.find(match);
        if (found) return found;
        if (Date.now() > deadline) throw new Error('no such event within the time');
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
    },
    close: () => controller.abort(),
  };
}

describe('central API: help requests for advisers', () => {
  let api: TestApi;
  const enrol = async (label: string, agencyCode: string) => {
    const reply = await api.request('POST', '/v1/terminals/enrol', {
      body: { enrolmentToken: 'demo-enrolment-token', label, agencyCode },
    });
    return { authorization: `Bearer ${String(reply.json?.accessToken)}` };
  };
  const call = async (auth: Record<string, string>, screen: string) => {
    const reply = await api.request('POST', '/v1/assist-requests', {
      headers: auth,
      body: { screen, requestedAt: new Date().toISOString() },
    });
    return String(reply.json?.requestId);
  };
  beforeAll(async () => {
    api = await startTestApi({ demoOffers: 0 });
  });
  afterAll(() => api.dispose());

  it('shows a request live to its agency and to IT only, then who took it and when it ended', async () => {
    const paris = await enrol('Paris borne 2', 'PARIS11');
    const lyon = await enrol('Lyon borne 1', 'LYON3');
    const conseiller = await staffSignedIn(api, demoStaff.conseiller);
    const responsable = await staffSignedIn(api, demoStaff.responsable);
    const it = await staffSignedIn(api, demoStaff.it);
    const adviserFeed = await listen(api, conseiller.cookie);
    const itFeed = await listen(api, it.cookie);
    try {
      await adviserFeed.next((e) => e.type === 'snapshot');
      const started = performance.now();
      const requestId = await call(paris, 'password-forgotten');
      const seen = await adviserFeed.next((e) => e.data?.requestId === requestId);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(seen).toEqual({
        type: 'assist-request',
        data: expect.objectContaining({
          terminalLabel: 'Paris borne 2',
          agencyCode: 'PARIS11',
          screen: 'password-forgotten',
          state: 'waiting',
          takenBy: null,
        }),
      });
      const lyonId = await call(lyon, 'login');
      await itFeed.next((e) => e.data?.requestId === lyonId);
      await itFeed.next((e) => e.data?.requestId === requestId);
      expect(adviserFeed.events.some((e) => e.data?.requestId === lyonId)).toBe(false);

      // The terminal sees nobody yet; "J'arrive": the first adviser wins.
      const status = () =>
        api.request('GET', `/v1/assist-requests/${requestId}`, { headers: paris });
      expect((await status()).json).toEqual({ state: 'waiting', adviserPrenom: null });
      const take = (headers: Record<string, string>) =>
        api.request('POST', `/v1/staff/assist-requests/${requestId}/take`, { headers });
      const taken = await take(conseiller.headers);
      expect(taken.status).toBe(200);
      expect(taken.json?.takenBy).toEqual({
        identifiant: 'conseiller.paris',
        nom: 'Sophie Lambert',
      });
      expect((await take(conseiller.headers)).status).toBe(200);
      const late = await take(responsable.headers);
      expect(late.status).toBe(409);
      expect(late.json?.code).toBe('assist_request_taken');
      expect((await status()).json).toEqual({ state: 'taken', adviserPrenom: 'Sophie' });
      await adviserFeed.next((e) => e.data?.requestId === requestId && e.data.state === 'taken');

      // Another agency's request is not found; IT does not take requests.
      const lyonTake = await api.request('POST', `/v1/staff/assist-requests/${lyonId}/take`, {
        headers: conseiller.headers,
      });
      expect(lyonTake.status).toBe(404);
      const itTake = await api.request('POST', `/v1/staff/assist-requests/${lyonId}/take`, {
        headers: it.headers,
      });
      expect(itTake.status).toBe(403);

      // "Terminer" records the times.
      const closed = await api.request('POST', `/v1/staff/assist-requests/${requestId}/close`, {
        headers: conseiller.headers,
      });
      expect(closed.json?.state).toBe('closed');
      await adviserFeed.next((e) => e.data?.requestId === requestId && e.data.state === 'closed');
      expect((await status()).json?.state).toBe('closed');
      const [row] = api.query<Record<string, string | null>>(
        'SELECT received_at, taken_at, closed_at FROM assist_requests WHERE id = ?',
        requestId,
      );
      expect(row?.taken_at).toEqual(expect.any(String));
      expect(row?.closed_at).toEqual(expect.any(String));
      const audit = api.query<{ action: string; detail_json: string }>(
        'SELECT action, detail_json FROM staff_audit WHERE target = ? ORDER BY id',
        requestId,
      );
      expect(audit.map((a) => a.action)).toEqual(['assist_take', 'assist_close']);
      expect(JSON.parse(audit[1]!.detail_json)).toEqual({
        terminal: 'Paris borne 2',
        screen: 'password-forgotten',
        waitSeconds: expect.any(Number),
        handlingSeconds: expect.any(Number),
        totalSeconds: expect.any(Number),
      });
    } finally {
      adviserFeed.close();
      itFeed.close();
    }
  });

  it('takes a request withdrawn at the terminal off the list live; a snapshot lists open ones', async () => {
    const paris = await enrol('Paris borne 3', 'PARIS11');
    const openId = await call(paris, 'dashboard');
    const conseiller = await staffSignedIn(api, demoStaff.conseiller);
    const feed = await listen(api, conseiller.cookie);
    try {
      const snapshot = await feed.next((e) => e.type === 'snapshot');
      expect(snapshot.data.requests.map((r: { requestId: string }) => r.requestId)).toContain(
        openId,
      );
      await api.request('POST', `/v1/assist-requests/${openId}/cancel`, { headers: paris });
      await feed.next((e) => e.data?.requestId === openId && e.data.state === 'cancelled');
      const took = await api.request('POST', `/v1/staff/assist-requests/${openId}/take`, {
        headers: conseiller.headers,
      });
      expect(took.json?.code).toBe('assist_request_closed');
    } finally {
      feed.close();
    }
  });

  it("never tells a terminal about another terminal's request", async () => {
    const a = await enrol('Paris borne 4', 'PARIS11');
    const b = await enrol('Paris borne 5', 'PARIS11');
    const id = await call(a, 'login');
    const reply = await api.request('GET', `/v1/assist-requests/${id}`, { headers: b });
    expect(reply.status).toBe(404);
  });

  it('needs a signed-in staff member for the live list', async () => {
    const reply = await api.request('GET', '/v1/staff/assist-requests/events');
    expect(reply.status).toBe(401);
    expect(reply.json?.code).toBe('staff_auth_required');
  });
});
