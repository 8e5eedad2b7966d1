import { createHash, randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { receiveUpload } from '../../../central-api/src/updates/releaseStore';
import { isInRollout, rolloutBucket } from '../../../central-api/src/updates/rollout';
import {
  demoStaff,
  openTestDatabase,
  staffSignedIn,
  startTestApi,
  testDatabaseLocation,
  type TestApi,
} from './helpers';

const installer = randomBytes(64 * 1024);
const sha512 = createHash('sha512').update(installer).digest('base64');

describe('central API: releases, staged rollout and the terminals’ update feed', () => {
  let api: TestApi;
  let it_: Record<string, string>;
  beforeAll(async () => {
    api = await startTestApi({ demoOffers: 0 });
    it_ = (await staffSignedIn(api, demoStaff.it)).headers;
  });
  afterAll(() => api.dispose());

  const upload = (headers: Record<string, string>, path: string, body: Buffer = installer) =>
    api.request('PUT', `/v1/staff/releases/${path}`, {
      headers,
      body,
      contentType: 'application/octet-stream',
    });
  const enrolIn = async (label: string, agencyCode: string) => {
    const reply = await api.request('POST', '/v1/terminals/enrol', {
      body: { enrolmentToken: 'demo-enrolment-token', label, agencyCode },
    });
    const terminalId = String(reply.json?.terminalId);
    return { terminalId, auth: { authorization: `Bearer ${String(reply.json?.accessToken)}` } };
  };
  const rollout = (headers: Record<string, string>, body: unknown) =>
    api.request('PUT', '/v1/staff/updates/rollout', { headers, body });

  it('lets IT only upload a release; the server names it and computes its sha512', async () => {
    const conseiller = (await staffSignedIn(api, demoStaff.conseiller)).headers;
    expect((await upload(conseiller, 'linux/1.1.0')).json?.code).toBe('staff_role_forbidden');
    expect((await upload({}, 'linux/1.1.0')).status).toBe(403); // no X-Staff-Console
    expect((await upload({ 'x-staff-console': '1' }, 'linux/1.1.0')).status).toBe(401);

    const reply = await upload(it_, 'linux/1.1.0');
    expect(reply.status).toBe(201);
    expect(reply.json).toMatchObject({
      version: '1.1.0',
      platform: 'linux',
      fileName: 'france-travail-kiosk-1.1.0.AppImage',
      size: installer.length,
      sha512,
    });
    // Stored beside the database, under its name only (no partial file left).
    expect(readdirSync(join(api.dir, 'releases'))).toEqual(['france-travail-kiosk-1.1.0.AppImage']);
    // The same file again is harmless; another file for the same version is refused.
    expect((await upload(it_, 'linux/1.1.0')).status).toBe(200);
    const other = await upload(it_, 'linux/1.1.0', randomBytes(1000));
    expect(other.status).toBe(409);
    expect(other.json?.code).toBe('release_exists');
    const audit = api.query<{ action: string; target: string; detail_json: string }>(
      "SELECT action, target, detail_json FROM staff_audit WHERE action = 'release_upload'",
    );
    expect(audit).toEqual([
      { action: 'release_upload', target: '1.1.0', detail_json: expect.stringContaining('linux') },
    ]);
  });

  it('refuses a bad version, platform or body with 400/415, never 500', async () => {
    for (const path of ['linux/1.1', 'linux/v1.2.0', 'linux/1.2.0;rm', 'macos/1.2.0']) {
      const reply = await upload(it_, path);
      expect(reply.status, path).toBe(400);
      expect(reply.json?.message).toMatch(/params\/(version|platform)/);
    }
    const json = await api.request('PUT', '/v1/staff/releases/linux/1.2.0', {
      headers: it_,
      body: { file: 'x' },
    });
    expect(json.status).toBe(415);
    expect((await upload(it_, 'linux/1.2.0', Buffer.alloc(0))).json?.code).toBe('empty_release');
    expect((await rollout(it_, { version: '1.1', percentage: 10, agencyCodes: null })).status).toBe(
      400,
    );
    expect(
      (await rollout(it_, { version: '1.1.0', percentage: 101, agencyCodes: null })).status,
    ).toBe(400);
    const unknownAgency = await rollout(it_, {
      version: '1.1.0',
      percentage: 10,
      agencyCodes: ['NOWHERE'],
    });
    expect(unknownAgency.json?.code).toBe('unknown_agency');
    expect(
      (await rollout(it_, { version: '9.9.9', percentage: 10, agencyCodes: null })).json?.code,
    ).toBe('release_not_found');
  });

  it('offers the release only to terminals inside the rollout (percentage and agency)', async () => {
    const paris = await enrolIn('borne-paris-1', 'PARIS11');
    const lyon = await enrolIn('borne-lyon-1', 'LYON3');
    const feed = (auth: Record<string, string>) =>
      api.request('GET', '/v1/updates/latest-linux.yml', {
        headers: { ...auth, 'x-kiosk-version': '1.0.0' },
      });
    // No rollout yet: every terminal is told the version it runs.
    expect((await feed(paris.auth)).text).toBe('version: "1.0.0"\n');

    const set = await rollout(it_, { version: '1.1.0', percentage: 100, agencyCodes: ['PARIS11'] });
    expect(set.status).toBe(200);
    expect(set.json).toMatchObject({
      percentage: 100,
      agencyCodes: ['PARIS11'],
      terminalsOffered: 1,
    });
    const offered = await feed(paris.auth);
    expect(offered.headers.get('content-type')).toMatch(/^text\/yaml/);
    expect(offered.text).toContain('version: "1.1.0"');
    expect(offered.text).toContain(`sha512: "${sha512}"`);
    expect(offered.text).toContain('url: "france-travail-kiosk-1.1.0.AppImage"');
    expect((await feed(lyon.auth)).text).toBe('version: "1.0.0"\n');
    // Windows terminals: no Windows installer for 1.1.0, so nothing offered.
    const win = await api.request('GET', '/v1/updates/latest.yml', { headers: paris.auth });
    expect(win.text).toMatch(/^version: "[^"]+"\n$/);
    expect(win.text).not.toContain('1.1.0');

    // The percentage: just below the terminal's bucket it is out, at bucket + 1 it is in.
    const bucket = rolloutBucket(paris.terminalId, '1.1.0');
    await rollout(it_, { version: '1.1.0', percentage: bucket, agencyCodes: null });
    expect((await feed(paris.auth)).text).not.toContain('1.1.0');
    await rollout(it_, { version: '1.1.0', percentage: bucket + 1, agencyCodes: null });
    expect((await feed(paris.auth)).text).toContain('1.1.0');

    // The installer, with the terminal's token only.
    const file = await fetch(`${api.url}/v1/updates/france-travail-kiosk-1.1.0.AppImage`, {
      headers: paris.auth,
    });
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(installer)).toBe(true);
    expect((await api.request('GET', '/v1/updates/latest-linux.yml')).status).toBe(401);
    expect(
      (await api.request('GET', '/v1/updates/nothing.exe', { headers: paris.auth })).json?.code,
    ).toBe('release_not_found');
  });

  it('shows IT the releases, the rollout and how many terminals run each version', async () => {
    const terminal = await enrolIn('borne-rennes', 'RENNES');
    await api.request('POST', '/v1/terminals/heartbeat', {
      headers: terminal.auth,
      body: { appVersion: '1.1.0', visitActive: false },
    });
    const overview = await api.request('GET', '/v1/staff/updates', {
      headers: { cookie: it_.cookie! },
    });
    expect(overview.status).toBe(200);
    expect(overview.json).toMatchObject({
      releases: [{ version: '1.1.0', platform: 'linux' }],
      rollout: { version: '1.1.0' },
      versions: [{ version: '1.1.0', terminals: 1 }],
      agencies: expect.arrayContaining([
        { code: 'PARIS11', nom: 'Agence France Travail Paris 11e Voltaire' },
      ]),
    });
    const responsable = (await staffSignedIn(api, demoStaff.responsable)).cookie;
    expect(
      (await api.request('GET', '/v1/staff/updates', { headers: { cookie: responsable } })).status,
    ).toBe(403);
  });

  it('places terminals in a release’s rollout evenly, and raising the share keeps those already in', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `terminal-${i}`);
    const inAt = (percentage: number) =>
      ids.filter((id) =>
        isInRollout({ version: '2.0.0', percentage, agencyCodes: null }, { id, agencyCode: null }),
      );
    const ten = inAt(10);
    const fifty = inAt(50);
    expect(ten.length).toBeGreaterThan(150);
    expect(ten.length).toBeLessThan(250);
    expect(fifty.length).toBeGreaterThan(900);
    expect(fifty.length).toBeLessThan(1100);
    expect(ten.every((id) => fifty.includes(id))).toBe(true);
    expect(inAt(0)).toEqual([]);
    expect(inAt(100)).toHaveLength(2000);
  });

  it('stops an upload past the limit or cut short, leaving no file behind', async () => {
    const db = openTestDatabase(testDatabaseLocation(api.dir, 'uploads-only.db'), api.dir);
    try {
      const chunks = () => Readable.from([Buffer.alloc(10, 1), Buffer.alloc(10, 2)]);
      await expect(receiveUpload(db, chunks(), 15)).rejects.toMatchObject({ statusCode: 413 });
      const cut = new Readable({ read() {} });
      cut.push(Buffer.alloc(10));
      setTimeout(() => cut.destroy(), 10);
      await expect(receiveUpload(db, cut)).rejects.toMatchObject({ code: 'upload_aborted' });
      const kept = await receiveUpload(db, chunks(), 20);
      expect(kept.size).toBe(20);
      kept.drop();
      expect(readdirSync(join(api.dir, 'releases')).filter((f) => f.startsWith('.upload'))).toEqual(
        [],
      );
    } finally {
      db.close();
    }
  });
});
