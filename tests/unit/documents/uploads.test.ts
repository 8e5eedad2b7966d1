import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CentralApiClient } from '../../../main/core/api/centralApiClient';
import { silentLogger } from '../../../main/core/logging';
import { startTestApi, type TestApi } from '../central-api/helpers';

// Chunked, resumable uploads against the real reference server.
let api: TestApi;
let auth: Record<string, string>;
let user: Record<string, string>;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  api = await startTestApi();
  ({ auth } = await api.enrol('upload-borne'));
  const session = await api.signIn(auth, {
    identifiant: '1234567A',
    motDePasse: 'Kiosque2026!',
    codePostal: '75011',
  });
  user = { ...auth, 'x-user-token': String(session.json?.userToken) };
});
afterAll(async () => {
  await api.dispose();
});

describe('uploads', () => {
  it('a file is sent in ≤ 256 KiB chunks; after an interruption only the missing chunks are sent', async () => {
    const bytes = randomBytes(700 * 1024);
    const id = randomUUID();
    // A first attempt stored chunk 0 only (the connection dropped).
    const created = await api.request('PUT', `/v1/uploads/${id}`, {
      body: { size: bytes.length, sha256: sha(bytes) },
      headers: user,
    });
    expect(created.json).toMatchObject({
      chunkSize: 262_144,
      chunkCount: 3,
      received: [],
      complete: false,
    });
    const first = bytes.subarray(0, 262_144);
    const put = await api.request('PUT', `/v1/uploads/${id}/chunks/0`, {
      body: first,
      contentType: 'application/octet-stream',
      headers: { ...user, 'x-chunk-sha256': sha(first) },
    });
    expect(put.status).toBe(204);

    // The client resumes: it asks, sends chunks 1 and 2, completes.
    const sent: string[] = [];
    const client = new CentralApiClient({
      baseUrl: api.url,
      timeoutMs: 5000,
      enrolmentToken: 'demo-enrolment-token',
      terminalLabel: 'upload-borne-2',
      logger: silentLogger,
    });
    const session = await client.signIn({
      identifiant: '1234567A',
      motDePasse: 'Kiosque2026!',
      codePostal: '75011',
    });
    // Uploads belong to a user, not a session: the same user on another terminal may resume it.
    const spy = client as unknown as {
      http: {
        interceptors: {
          request: { use(f: (c: { url?: string; method?: string }) => unknown): void };
        };
      };
    };
    spy.http.interceptors.request.use((config) => {
      sent.push(`${config.method?.toUpperCase()} ${config.url}`);
      return config;
    });
    await client.uploadAttachment(id, bytes, { 'X-User-Token': session.userToken });
    expect(sent.filter((s) => s.includes('/chunks/'))).toEqual([
      `PUT /v1/uploads/${id}/chunks/1`,
      `PUT /v1/uploads/${id}/chunks/2`,
    ]);
    const state = await api.request('GET', `/v1/uploads/${id}`, { headers: user });
    expect(state.json).toMatchObject({ complete: true, received: [0, 1, 2] });
    // Again: nothing left to send, nothing sent.
    sent.length = 0;
    await client.uploadAttachment(id, bytes, { 'X-User-Token': session.userToken });
    expect(sent.filter((s) => s.includes('/chunks/'))).toEqual([]);
  });

  it('refuses with 4xx and a reason: bad checksum, wrong size, out of range, too large, not a PDF', async () => {
    const bytes = randomBytes(1000);
    const id = randomUUID();
    await api.request('PUT', `/v1/uploads/${id}`, {
      body: { size: 1000, sha256: sha(bytes) },
      headers: user,
    });
    const bad = await api.request('PUT', `/v1/uploads/${id}/chunks/0`, {
      body: bytes,
      contentType: 'application/octet-stream',
      headers: { ...user, 'x-chunk-sha256': sha(Buffer.from('x')) },
    });
    expect(bad).toMatchObject({ status: 400, json: { code: 'chunk_checksum_mismatch' } });
    const short = await api.request('PUT', `/v1/uploads/${id}/chunks/0`, {
      body: bytes.subarray(0, 10),
      contentType: 'application/octet-stream',
      headers: { ...user, 'x-chunk-sha256': sha(bytes.subarray(0, 10)) },
    });
    expect(short).toMatchObject({ status: 400, json: { code: 'invalid_chunk' } });
    const range = await api.request('PUT', `/v1/uploads/${id}/chunks/5`, {
      body: bytes,
      contentType: 'application/octet-stream',
      headers: { ...user, 'x-chunk-sha256': sha(bytes) },
    });
    expect(range.status).toBe(400);
    const huge = await api.request('PUT', `/v1/uploads/${id}/chunks/0`, {
      body: randomBytes(400 * 1024),
      contentType: 'application/octet-stream',
      headers: { ...user, 'x-chunk-sha256': sha(bytes) },
    });
    expect(huge.status).toBe(413);
    const incomplete = await api.request('POST', `/v1/uploads/${id}/complete`, { headers: user });
    expect(incomplete).toMatchObject({ status: 400, json: { code: 'upload_incomplete' } });
    await api.request('PUT', `/v1/uploads/${id}/chunks/0`, {
      body: bytes,
      contentType: 'application/octet-stream',
      headers: { ...user, 'x-chunk-sha256': sha(bytes) },
    });
    expect(
      (await api.request('POST', `/v1/uploads/${id}/complete`, { headers: user })).status,
    ).toBe(200);
    const doc = await api.request('POST', '/v1/documents', {
      body: { uploadId: id, type: 'rib', pages: 1, reference: 'DOC-20260101-ABCDEF' },
      headers: user,
    });
    expect(doc).toMatchObject({ status: 400, json: { code: 'not_a_pdf' } });
    const taken = await api.request('PUT', `/v1/uploads/${id}`, {
      body: { size: 5, sha256: sha(bytes) },
      headers: user,
    });
    expect(taken).toMatchObject({ status: 409, json: { code: 'upload_conflict' } });
    const anonymous = await api.request('GET', `/v1/uploads/${id}`, { headers: auth });
    expect(anonymous.status).toBe(401);
  });
});
