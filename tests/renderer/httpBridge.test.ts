import { describe, expect, it, vi } from 'vitest';
import { HOST_TOKEN_META } from '../../shared/contract';
import {
  createHttpKioskApi,
  getKioskApi,
  setKioskApi,
  type HttpBridgeDeps,
} from '../../renderer/bridge';
import { FakeKioskApi } from './fakeKioskApi';

class FakeEventSource {
  static instances: FakeEventSource[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  readonly named = new Map<string, () => void>();
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.instances.push(this);
  }
  addEventListener(name: string, listener: () => void) {
    this.named.set(name, listener);
  }
  close() {
    this.closed = true;
  }
  deliver(data: unknown) {
    this.onmessage?.({
      data: typeof data === 'string' ? data : JSON.stringify(data),
    } as MessageEvent);
  }
}

const reply = (status: number, body: unknown) =>
  ({ status, json: async () => body }) as unknown as Response;

function setup(
  fetchImpl: HttpBridgeDeps['fetch'] = vi.fn(async () => reply(200, { ok: true, value: {} })),
) {
  FakeEventSource.instances = [];
  const navigate = vi.fn();
  const api = createHttpKioskApi({
    token: 'tok/en+1',
    fetch: fetchImpl,
    EventSource: FakeEventSource,
    navigate,
    pageId: 'page-1',
  });
  return { api, navigate, fetch: fetchImpl };
}

describe('browser-mode HTTP bridge', () => {
  it('posts each call as JSON to /rpc/<method> with the host token and returns its Result', async () => {
    const fetch = vi.fn(async () =>
      reply(200, { ok: true, value: { profile: { prenom: 'Camille', nom: 'Martin' } } }),
    );
    const { api } = setup(fetch);
    const input = { identifiant: '1234567A', motDePasse: 'x', codePostal: '75011' };
    const result = await api.call('auth.login', input);
    expect(result).toEqual({ ok: true, value: { profile: { prenom: 'Camille', nom: 'Martin' } } });
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/rpc/auth.login');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['x-kiosk-token']).toBe('tok/en+1');
    expect((init.headers as Record<string, string>)['x-kiosk-page']).toBe('page-1');
    expect(JSON.parse(init.body as string)).toEqual(input);
  });

  it("passes main's errors through, with their fields", async () => {
    const error = {
      code: 'invalid_input',
      message: 'bad',
      fields: { codePostal: 'validation.codePostal.format' },
    };
    const { api } = setup(vi.fn(async () => reply(200, { ok: false, error })));
    expect(await api.call('visit.start', {})).toEqual({ ok: false, error });
  });

  it.each([
    ['a network failure', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')))],
    [
      'a non-200 answer',
      vi.fn(async () => reply(403, { ok: false, error: { code: 'forbidden', message: 'x' } })),
    ],
    ['a reply that is not a Result', vi.fn(async () => reply(200, { hello: 'world' }))],
    [
      'an unknown error code',
      vi.fn(async () => reply(200, { ok: false, error: { code: 'teapot', message: 'x' } })),
    ],
    [
      'a body that is not JSON',
      vi.fn(
        async () =>
          ({
            status: 200,
            json: async () => Promise.reject(new SyntaxError('x')),
          }) as unknown as Response,
      ),
    ],
  ])('turns %s into an internal error', async (_label, fetch) => {
    const { api } = setup(fetch);
    const result = await api.call('visit.start', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('internal');
  });

  it('shares one event stream, with the token, among all listeners and routes events by name', () => {
    const { api } = setup();
    const warnings: unknown[] = [];
    const warnings2: unknown[] = [];
    const off = api.on('visit.warning', (p) => warnings.push(p));
    api.on('visit.warning', (p) => warnings2.push(p));
    api.on('visit.ended', () => {});
    expect(FakeEventSource.instances).toHaveLength(1);
    const source = FakeEventSource.instances[0]!;
    expect(source.url).toBe('/events?token=tok%2Fen%2B1&page=page-1');

    source.deliver({ name: 'visit.warning', payload: { secondsLeft: 30 } });
    source.deliver({ name: 'visit.warning', payload: { secondsLeft: 'soon' } }); // fails the contract
    source.deliver('not json');
    source.deliver({ name: 'unknown.event', payload: {} });
    off();
    source.deliver({ name: 'visit.warning', payload: { secondsLeft: 10 } });
    expect(warnings).toEqual([{ secondsLeft: 30 }]);
    expect(warnings2).toEqual([{ secondsLeft: 30 }, { secondsLeft: 10 }]);
  });

  it('on "visit.ended", tells the UI first, then leaves for the wipe URL once', () => {
    const { api, navigate } = setup();
    const order: string[] = [];
    navigate.mockImplementation(() => order.push('navigate'));
    api.on('visit.ended', () => order.push('listener'));
    const source = FakeEventSource.instances[0]!;
    source.deliver({ name: 'visit.ended', payload: { reason: 'idle' } });
    source.deliver({ name: 'visit.ended', payload: { reason: 'idle' } });
    expect(order).toEqual(['listener', 'navigate', 'listener']);
    expect(navigate).toHaveBeenCalledWith('/visit/wiped');
  });

  it('a page refused by the host (another page drives the kiosk) says so once and stops listening', async () => {
    const { api } = setup(
      vi.fn(async () => reply(409, { ok: false, error: { code: 'forbidden' } })),
    );
    const refused = vi.fn();
    api.on('visit.ended', () => {});
    api.onPageRefused?.(refused);
    const source = FakeEventSource.instances[0]!;
    source.named.get('page-refused')?.();
    const result = await api.call('kiosk.settings', {});
    expect(result.ok).toBe(false);
    expect(refused).toHaveBeenCalledTimes(1);
    expect(source.closed).toBe(true);
    const late = vi.fn();
    api.onPageRefused?.(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('a successful "visit.end" wipes too; a failed one does not', async () => {
    const failing = setup(
      vi.fn(async () => reply(200, { ok: false, error: { code: 'internal', message: 'x' } })),
    );
    await failing.api.call('visit.end', { reason: 'user' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(failing.navigate).not.toHaveBeenCalled();

    const { api, navigate } = setup();
    await api.call('visit.end', { reason: 'user' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(navigate).toHaveBeenCalledWith('/visit/wiped');
  });
});

describe('getKioskApi', () => {
  it("uses the Electron preload's window.kiosk when it exists", () => {
    const preload = new FakeKioskApi();
    vi.stubGlobal('kiosk', preload);
    setKioskApi(undefined);
    expect(getKioskApi()).toBe(preload);
  });

  it('otherwise builds the HTTP bridge with the token the host wrote into the page', async () => {
    const meta = document.createElement('meta');
    meta.name = HOST_TOKEN_META;
    meta.content = 'page-token';
    document.head.append(meta);
    const fetch = vi.fn(async () => reply(200, { ok: true, value: { visitId: 'v' } }));
    vi.stubGlobal('fetch', fetch);
    try {
      setKioskApi(undefined);
      const api = getKioskApi();
      expect(api.reloadsOnVisitEnd).toBe(true);
      expect(await api.call('visit.start', {})).toEqual({ ok: true, value: { visitId: 'v' } });
      const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
      expect((init.headers as Record<string, string>)['x-kiosk-token']).toBe('page-token');
    } finally {
      meta.remove();
    }
  });
});
