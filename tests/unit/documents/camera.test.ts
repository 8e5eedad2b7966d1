import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCentralApi, type RunningCentralApi } from '../../../central-api/src/index';
import { CAMERA_PHOTO_MAX_BYTES } from '../../../shared/contract/documents';
import { parseConfig } from '../../../main/core/config';
import type { KioskCore } from '../../../main/core/types';
import { cameraPhoto, cameraPhotoJpeg } from '../../fixtures/cameraPhoto';
import { newTerminal, testCore } from '../../fixtures/core';

// The camera methods through the real core and the real central API (no scanner involved).
let api: RunningCentralApi;
const ctx = { transport: 'http' as const };
const camille = { identifiant: '1234567A', motDePasse: 'Kiosque2026!', codePostal: '75011' };

async function signedInCore(): Promise<KioskCore> {
  const config = parseConfig({
    dataDir: mkdtempSync(join(tmpdir(), 'kiosk-camera-')),
    terminal: newTerminal(),
    scanner: { backend: 'none' },
  });
  const core = testCore(config, api.url);
  await core.dispatch('visit.start', {}, ctx);
  expect((await core.dispatch('auth.login', camille, ctx)).ok).toBe(true);
  return core;
}

/** A result's value, typed as the test expects it (dispatch answers `unknown`). */
function valueOf<T>(result: Awaited<ReturnType<KioskCore['dispatch']>>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}
type Captured = { found: boolean; page: { preview: string }; pages: unknown[] };

beforeAll(async () => {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'central-camera-')), 'central.db');
  api = await startCentralApi({ dbPath, passwordHashing: { memoryCost: 4096, timeCost: 2 } });
});
afterAll(async () => {
  await api.close();
});

describe('documents.camera*: the gate, the frames, the page', () => {
  it('frames are refused while the camera screen is closed; a photo becomes a page that is sent', async () => {
    const core = await signedInCore();
    const jpegBase64 = (await cameraPhotoJpeg(await cameraPhoto())).toString('base64');
    const closed = await core.dispatch('documents.cameraCapture', { jpegBase64 }, ctx);
    expect(closed.ok).toBe(false);
    expect(core.cameraAllowed()).toBe(false);

    expect((await core.dispatch('documents.cameraOpen', {}, ctx)).ok).toBe(true);
    expect(core.cameraAllowed()).toBe(true);
    const detected = await core.dispatch('documents.cameraDetect', { jpegBase64 }, ctx);
    expect(valueOf<{ corners: unknown[] }>(detected).corners).toHaveLength(4);
    const captured = await core.dispatch('documents.cameraCapture', { jpegBase64 }, ctx);
    const page = valueOf<Captured>(captured);
    expect(page.found).toBe(true);
    expect(page.pages).toHaveLength(1);
    expect(page.page.preview).toMatch(/^data:image\/jpeg;base64,/);

    expect((await core.dispatch('documents.cameraClose', {}, ctx)).ok).toBe(true);
    expect(core.cameraAllowed()).toBe(false);
    const sent = await core.dispatch('documents.send', { type: 'attestation_employeur' }, ctx);
    expect(valueOf<{ pages: number }>(sent).pages).toBe(1);
  });

  it('the visit end closes the gate', async () => {
    const core = await signedInCore();
    await core.dispatch('documents.cameraOpen', {}, ctx);
    expect(core.cameraAllowed()).toBe(true);
    expect((await core.dispatch('visit.end', { reason: 'user' }, ctx)).ok).toBe(true);
    expect(core.cameraAllowed()).toBe(false);
  });

  it('refuses what is not a JPEG, a corrupt JPEG, and a photo over 8 MB, with a reason', async () => {
    const core = await signedInCore();
    await core.dispatch('documents.cameraOpen', {}, ctx);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]).toString('base64');
    const huge = '/9j/' + 'A'.repeat(Math.ceil(CAMERA_PHOTO_MAX_BYTES / 3) * 4);
    const corrupt = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]).toString(
      'base64',
    );
    for (const jpegBase64 of [png, huge, corrupt]) {
      const result = await core.dispatch('documents.cameraCapture', { jpegBase64 }, ctx);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid_input');
    }
  });
});
