import { chmodSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  ScanCancelled,
  ScannerError,
  createSaneScanner,
  type ScanRequest,
} from '../../../main/core/scanner';
import { writeSaneTestConfig } from '../../fixtures/sane';

const scannerWith = (options: Parameters<typeof writeSaneTestConfig>[0] = {}) =>
  createSaneScanner({
    env: { SANE_CONFIG_DIR: writeSaneTestConfig(options) },
    cancelGraceMs: 2000,
  });

const request = (over: Partial<ScanRequest> = {}): ScanRequest => ({
  device: 'test:0',
  resolution: 100,
  mode: 'Gray',
  source: 'flatbed',
  outDir: mkdtempSync(join(tmpdir(), 'scan-')),
  ...over,
});

describe('SANE backend against the real test backend', () => {
  it('lists the test devices with scanimage -f', async () => {
    const devices = await scannerWith().list();
    expect(devices.map((d) => d.id)).toEqual(['test:0', 'test:1']);
    expect(devices[0]?.vendor).toBe('Noname');
  });

  it('reads the options, including the raised A4 geometry', async () => {
    const options = await scannerWith().options('test:0');
    const byName = new Map(options.map((o) => [o.name, o]));
    expect(byName.get('--source')?.values).toContain('Automatic Document Feeder');
    expect(byName.get('--mode')?.current).toBe('Gray');
    expect(byName.get('-y')?.values).toBe('0..300mm');
  });

  it('scans one A4 flatbed page as a TIFF sharp can read, reporting progress', async () => {
    const progress: number[] = [];
    const job = scannerWith().scan(request(), { onProgress: (_p, pct) => progress.push(pct) });
    const pages = await job.done;
    expect(pages).toHaveLength(1);
    const meta = await sharp(pages[0]).metadata();
    expect(meta.format).toBe('tiff');
    // 210 mm at 100 dpi ≈ 827 px
    expect(meta.width).toBeGreaterThan(800);
    expect(meta.height).toBeGreaterThan(1150);
    expect(progress.at(-1)).toBe(100);
  });

  it('scans the 10 pages of the feeder with --batch into the given folder', async () => {
    const seen: number[] = [];
    const req = request({ source: 'feeder', resolution: 50 });
    const pages = await scannerWith().scan(req, { onPage: (n) => seen.push(n) }).done;
    expect(pages).toHaveLength(10);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(pages[9]).toBe(join(req.outDir, 'p010.tif'));
    expect(statSync(pages[9]!).size).toBeGreaterThan(1000);
  });

  it('a device that does not exist is "no scanner"', async () => {
    const job = scannerWith().scan(request({ device: 'nope:0' }));
    await expect(job.done).rejects.toMatchObject({ problem: 'no_scanner' });
  });

  it('a jammed feeder and a busy scanner are distinct problems', async () => {
    await expect(
      scannerWith({ readStatus: 'SANE_STATUS_JAMMED' }).scan(request()).done,
    ).rejects.toMatchObject({ problem: 'jammed' });
    await expect(
      scannerWith({ readStatus: 'SANE_STATUS_DEVICE_BUSY' }).scan(request()).done,
    ).rejects.toMatchObject({ problem: 'busy' });
    await expect(
      scannerWith({ readStatus: 'SANE_STATUS_IO_ERROR' }).scan(request()).done,
    ).rejects.toBeInstanceOf(ScannerError);
  });

  it('cancels a slow scan halfway: SIGINT, and the job ends as cancelled', async () => {
    const scanner = scannerWith({ readDelayUs: 20_000 });
    let resolveHalf: () => void = () => undefined;
    const half = new Promise<void>((r) => (resolveHalf = r));
    const job = scanner.scan(request({ resolution: 150 }), {
      onProgress: (_p, pct) => pct >= 5 && resolveHalf(),
    });
    await half;
    const started = Date.now();
    await job.cancel();
    expect(Date.now() - started).toBeLessThan(3000);
    await expect(job.done).rejects.toBeInstanceOf(ScanCancelled);
  }, 30_000);
});

describe('SANE output parsing', () => {
  it('a page "Scanned" with a jam status in batch mode is a failure, not a page', async () => {
    const { parseStderrPiece } = await import('../../../main/core/scanner/sane/commands');
    expect(parseStderrPiece('Scanned page 1. (scanner status = 5)')).toEqual({
      kind: 'page-done',
      page: 1,
    });
    expect(parseStderrPiece('Scanned page 1. (scanner status = 6)')).toEqual({
      kind: 'page-done',
      page: 1,
      problem: 'jammed',
    });
    expect(parseStderrPiece('Progress: 42.5%')).toEqual({ kind: 'progress', percent: 42.5 });
  });

  it('a jam in the feeder rejects the batch as jammed', async () => {
    const job = scannerWith({ readStatus: 'SANE_STATUS_JAMMED' }).scan(
      request({ source: 'feeder', resolution: 50 }),
    );
    await expect(job.done).rejects.toMatchObject({ problem: 'jammed' });
  });
});

/**
 * A stand-in scanimage that prints what `script` says and then never exits: the real one does
 * that after an error, one run in a few dozen, with the `test` backend (found in CI).
 */
function hangingScanimage(script: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'fake-scanimage-')), 'scanimage');
  // `exec sleep`: the killed process is the one holding stderr, so the job sees it close.
  writeFileSync(file, `#!/bin/sh\n${script}\nexec sleep 60\n`);
  chmodSync(file, 0o755);
  return file;
}

describe('SANE watchdog: a scanimage that stops answering never freezes the screen', () => {
  const hanging = (script: string) =>
    createSaneScanner({ command: hangingScanimage(script), idleMs: 1500, afterErrorMs: 300 });

  it('killed soon after it reports a jam, and the jam is what the user is told', async () => {
    const started = Date.now();
    const job = hanging(
      `printf 'Progress: 0.0%%\\rscanimage: sane_read: Document feeder jammed\\n' >&2`,
    ).scan(request());
    await expect(job.done).rejects.toMatchObject({ problem: 'jammed' });
    // Well before the idle timeout: an error line shortens the wait.
    expect(Date.now() - started).toBeLessThan(1400);
  });

  it('a feeder batch that hangs after its last page still gives its pages', async () => {
    const job = hanging(
      `printf 'Scanning page 1\\nScanned page 1. (scanner status = 5)\\nScanning page 2\\nScanned page 2. (scanner status = 5)\\nscanimage: sane_start: Document feeder out of documents\\n' >&2`,
    ).scan(request({ source: 'feeder' }));
    const pages = await job.done;
    expect(pages.map((file) => file.slice(-8))).toEqual(['p001.tif', 'p002.tif']);
  });

  it('silent from the start: killed after the idle timeout, the scanner is called busy', async () => {
    const job = hanging(':').scan(request());
    await expect(job.done).rejects.toMatchObject({ problem: 'busy' });
  });

  it('silent after progress: the scanner is called disconnected', async () => {
    const job = hanging(`printf 'Progress: 12.5%%\\r' >&2`).scan(request());
    await expect(job.done).rejects.toMatchObject({ problem: 'disconnected' });
  });
});
