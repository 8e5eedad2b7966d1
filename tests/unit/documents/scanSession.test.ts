import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ScanSession } from '../../../main/core/documents/scanSession';
import { silentLogger } from '../../../main/core/logging';
import type { Scanner } from '../../../main/core/scanner';

/** A scanner that hands over `files` as pages, then ends the batch normally. */
function scannerHanding(files: string[]): Scanner {
  return {
    list: async () => [],
    options: async () => [],
    scan: (_request, events) => {
      files.forEach((file, i) => events?.onPage?.(i + 1, file));
      return { done: Promise.resolve(files), cancel: async () => undefined };
    },
  };
}

async function settledScan(session: ScanSession) {
  await session.start('feeder');
  while (session.busy) await new Promise((r) => setTimeout(r, 10));
  await session.settled();
  return session.snapshot();
}

describe('ScanSession: "done" means every page handed over is there', () => {
  it('a page file that cannot be read fails the scan instead of leaving it a page short', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'session-'));
    const good = join(dir, 'good.png');
    await sharp({ create: { width: 40, height: 60, channels: 3, background: '#fff' } })
      .png()
      .toFile(good);
    const session = new ScanSession(
      dir,
      {
        scanner: scannerHanding([good, join(dir, 'missing.tif')]),
        device: 'fake',
        resolution: 75,
        source: 'feeder',
        mode: 'Gray',
      },
      silentLogger,
    );
    const status = await settledScan(session);
    expect(status).toMatchObject({ state: 'failed', problem: 'failed' });
    expect(status.pages).toHaveLength(1);
  });
});
