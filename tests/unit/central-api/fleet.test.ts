import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoStaff, staffSignedIn, startTestApi, type TestApi } from './helpers';

type Headers = Record<string, string>;

describe('central API: the fleet', () => {
  let api: TestApi;
  let it_: Headers;
  let responsable: Headers;
  let conseiller: Headers;
  let paris: { terminalId: string; auth: Headers };
  let lyon: { terminalId: string; auth: Headers };

  const heartbeat = (auth: Headers, extra: Record<string, unknown> = {}) =>
    api.request('POST', '/v1/terminals/heartbeat', {
      headers: auth,
      body: { appVersion: '1.4.0', visitActive: false, ...extra },
    });
  const enrol = async (label: string, agencyCode: string) => {
    const reply = await api.request('POST', '/v1/terminals/enrol', {
      body: { enrolmentToken: 'demo-enrolment-token', label, agencyCode },
    });
    return {
      terminalId: String(reply.json?.terminalId),
      auth: { authorization: `Bearer ${String(reply.json?.accessToken)}` },
    };
  };

  beforeAll(async () => {
    api = await startTestApi();
    it_ = (await staffSignedIn(api, demoStaff.it)).headers;
    responsable = (await staffSignedIn(api, demoStaff.responsable)).headers;
    conseiller = (await staffSignedIn(api, demoStaff.conseiller)).headers;
    paris = await enrol('paris-borne-1', 'PARIS11');
    lyon = await enrol('lyon-borne-1', 'LYON3');
  });
  afterAll(() => api.dispose());

  it('stores the health a heartbeat reports and shows it to IT', async () => {
    const reply = await heartbeat(paris.auth, {
      outbox: { depth: 2, oldestAgeSeconds: 5 * 3600, needingAttention: 1 },
      uptimeSeconds: 3600,
      devices: { scanner: 'ok', printer: 'error', camera: 'unknown' },
      visitsToday: 7,
      lastErrorCode: 'visit.wipe_step_failed',
      configVersion: 0,
      outOfService: false,
    });
    expect(reply.status).toBe(200);
    expect(reply.json?.commands).toEqual([]);
    // A message where a code belongs (it could carry data) is refused.
    expect((await heartbeat(paris.auth, { lastErrorCode: 'Échec pour Camille M.' })).status).toBe(
      400,
    );
    const list = await api.request('GET', '/v1/staff/fleet/terminals', { headers: it_ });
    expect(list.status).toBe(200);
    const terminals = list.json?.terminals as Array<Record<string, unknown>>;
    expect(terminals.map((t) => t.label)).toEqual(['lyon-borne-1', 'paris-borne-1']);
    expect(terminals[1]).toMatchObject({
      state: 'online',
      appVersion: '1.4.0',
      uptimeSeconds: 3600,
      devices: { scanner: 'ok', printer: 'error', camera: 'unknown' },
      visitsToday: 7,
      lastErrorCode: 'visit.wipe_step_failed',
      outbox: { depth: 2, oldestAgeSeconds: 18000, needingAttention: 1 },
      alerts: [
        { kind: 'queue_old', hours: 5 },
        { kind: 'needs_attention', count: 1 },
      ],
    });
    // Never heard from: offline.
    expect(terminals[0]).toMatchObject({ state: 'offline', online: false, lastSeenAt: null });
    const filtered = await api.request('GET', '/v1/staff/fleet/terminals?state=alert', {
      headers: it_,
    });
    expect((filtered.json?.terminals as unknown[]).length).toBe(1);
    const byAgency = await api.request('GET', '/v1/staff/fleet/terminals?agency=LYON3', {
      headers: it_,
    });
    expect((byAgency.json?.terminals as Array<{ label: string }>).map((t) => t.label)).toEqual([
      'lyon-borne-1',
    ]);
  });

  it('lets a responsable read their agency only, and refuses a conseiller and actions', async () => {
    const own = await api.request('GET', '/v1/staff/fleet/terminals', { headers: responsable });
    expect((own.json?.terminals as Array<{ label: string }>).map((t) => t.label)).toEqual([
      'paris-borne-1',
    ]);
    const other = await api.request('GET', '/v1/staff/fleet/terminals?agency=LYON3', {
      headers: responsable,
    });
    expect(other.status).toBe(403);
    const hidden = await api.request('GET', `/v1/staff/fleet/terminals/${lyon.terminalId}`, {
      headers: responsable,
    });
    expect(hidden.status).toBe(404);
    const refused = await api.request('GET', '/v1/staff/fleet/terminals', { headers: conseiller });
    expect(refused.status).toBe(403);
    expect(refused.json?.code).toBe('staff_role_forbidden');
    const action = await api.request(
      'POST',
      `/v1/staff/fleet/terminals/${paris.terminalId}/commands`,
      { headers: responsable, body: { kind: 'relaunch' } },
    );
    expect(action.status).toBe(403);
    expect((await api.request('GET', '/v1/staff/fleet/terminals')).status).toBe(401);
    // A console request without the CSRF header is refused even with IT's cookie.
    const noHeader = await api.request(
      'POST',
      `/v1/staff/fleet/terminals/${paris.terminalId}/commands`,
      { headers: { cookie: it_.cookie ?? '' }, body: { kind: 'relaunch' } },
    );
    expect(noHeader.status).toBe(403);
  });

  it('refuses a configuration the kiosk schema refuses, with the reason', async () => {
    const push = (config: unknown) =>
      api.request('POST', `/v1/staff/fleet/terminals/${paris.terminalId}/config`, {
        headers: it_,
        body: { config },
      });
    const bad = await push({ visit: { idleWarningAfterSeconds: -1 }, centralApi: { url: 'x' } });
    expect(bad.status).toBe(400);
    expect(bad.json?.code).toBe('invalid_config');
    expect(String(bad.json?.message)).toMatch(/visit\.idleWarningAfterSeconds/);
    expect(String(bad.json?.message)).toMatch(/centralApi/);
    expect(api.query('SELECT * FROM terminal_commands')).toEqual([]);
  });

  it('delivers a command to a waiting terminal at once, and records its acknowledgement', async () => {
    const waiting = api.request('GET', '/v1/terminals/commands?waitSeconds=20', {
      headers: paris.auth,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    const push = await api.request('POST', `/v1/staff/fleet/terminals/${paris.terminalId}/config`, {
      headers: it_,
      body: { config: { visit: { idleWarningAfterSeconds: 90 } } },
    });
    expect(push.status).toBe(202);
    expect(push.json?.configVersion).toBe(1);
    const delivered = await waiting;
    expect(Date.now() - started).toBeLessThan(1000);
    const [command] = delivered.json?.commands as Array<Record<string, unknown>>;
    expect(command).toMatchObject({
      kind: 'config',
      configVersion: 1,
      config: { visit: { idleWarningAfterSeconds: 90 } },
    });
    // Until acknowledged it comes again, on the heartbeat's answer too.
    expect((await heartbeat(paris.auth)).json?.commands).toHaveLength(1);
    // A command the terminal already holds (waiting for a visit's end) does not end a wait.
    const holding = Date.now();
    const held = await api.request(
      'GET',
      `/v1/terminals/commands?waitSeconds=1&known=${String(command?.id)}`,
      { headers: paris.auth },
    );
    expect(Date.now() - holding).toBeGreaterThanOrEqual(900);
    expect(held.json?.commands).toHaveLength(1);
    const ack = await api.request('POST', `/v1/terminals/commands/${String(command?.id)}/ack`, {
      headers: paris.auth,
      body: { outcome: 'done' },
    });
    expect(ack.status).toBe(204);
    // Another terminal cannot acknowledge it.
    const foreign = await api.request('POST', `/v1/terminals/commands/${String(command?.id)}/ack`, {
      headers: lyon.auth,
      body: { outcome: 'done' },
    });
    expect(foreign.status).toBe(404);
    const detail = await api.request('GET', `/v1/staff/fleet/terminals/${paris.terminalId}`, {
      headers: it_,
    });
    expect(detail.json).toMatchObject({
      terminal: { config: { requested: 1, applied: 1 }, pendingCommands: 0 },
      config: { visit: { idleWarningAfterSeconds: 90 } },
      commands: [{ kind: 'config', outcome: 'done' }],
    });
  });

  it('puts a terminal out of service and back, the last word replacing a pending one', async () => {
    const act = (kind: string) =>
      api.request('POST', `/v1/staff/fleet/terminals/${lyon.terminalId}/commands`, {
        headers: it_,
        body: { kind },
      });
    expect((await act('out_of_service')).status).toBe(202);
    let list = await api.request('GET', '/v1/staff/fleet/terminals?state=out_of_service', {
      headers: it_,
    });
    expect((list.json?.terminals as Array<{ label: string }>).map((t) => t.label)).toEqual([
      'lyon-borne-1',
    ]);
    expect((await act('in_service')).status).toBe(202);
    const pending = await api.request('GET', '/v1/terminals/commands', { headers: lyon.auth });
    expect(pending.json?.commands).toEqual([{ id: expect.any(String), kind: 'in_service' }]);
    list = await api.request('GET', '/v1/staff/fleet/terminals?state=out_of_service', {
      headers: it_,
    });
    expect(list.json?.terminals).toEqual([]);
    expect((await act('format_disk')).status).toBe(400);
  });

  it('audits every action by staff, terminal and kind, nothing of a person', () => {
    const rows = api.query<{ action: string; target: string; detail_json: string | null }>(
      "SELECT action, target, detail_json FROM staff_audit WHERE action LIKE 'terminal_%' ORDER BY id",
    );
    expect(rows).toEqual([
      { action: 'terminal_config', target: paris.terminalId, detail_json: '{"version":1}' },
      { action: 'terminal_out_of_service', target: lyon.terminalId, detail_json: null },
      { action: 'terminal_in_service', target: lyon.terminalId, detail_json: null },
    ]);
  });

  it('streams the terminals that changed to an open fleet view within seconds', async () => {
    const controller = new AbortController();
    const response = await fetch(`${api.url}/v1/staff/fleet/stream`, {
      headers: { cookie: it_.cookie ?? '' },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = response.body!.getReader();
    let text = '';
    // The whole list first.
    while (!text.includes('paris-borne-1')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    const started = Date.now();
    await heartbeat(lyon.auth, { visitsToday: 3 });
    while (!text.includes('"visitsToday":3')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    expect(text).toMatch(/"type":"terminals"/);
    expect(Date.now() - started).toBeLessThan(5000);
    controller.abort();
  });
});
