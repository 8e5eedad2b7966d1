import { chmodSync, existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
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
 * A stand-in scanimage running `script` (sh). `page N` writes page N's file the way sane-utils 1.2
 * does: into `.part`, then renamed. With `hangs`, it then never exits: the real one does that
 * after an error, one run in a few dozen, with the `test` backend (found in CI).
 */
function fakeScanimage(script: string, { hangs = false } = {}): string {
  const file = join(mkdtempSync(join(tmpdir(), 'fake-scanimage-')), 'scanimage');
  const pageFn = [
    'for a; do case $a in --batch=*) batch=${a#--batch=};; esac; done',
    `page() { f=$(printf "$batch" "$1"); printf 'II*' > "$f.part"; mv "$f.part" "$f"; }`,
  ].join('\n');
  // `exec sleep`: the killed process is the one holding stderr, so the job sees it close.
  const end = hangs ? 'exec sleep 60' : '';
  writeFileSync(file, `#!/bin/sh\n${pageFn}\n${script}\n${end}\n`);
  chmodSync(file, 0o755);
  return file;
}

describe('SANE feeder: a page is handed over only once its file is complete', () => {
  const fake = (script: string) => createSaneScanner({ command: fakeScanimage(script) });

  it('waits for the file scanimage renames after printing "Scanned page N"', async () => {
    // scanimage 1.2's order, with the time a loaded machine can leave between the two.
    const seen: [number, boolean][] = [];
    const job = fake(
      `for n in 1 2 3; do
        printf 'Scanning page %d\\nProgress: 100.0%%\\r' $n >&2
        printf 'Scanned page %d. (scanner status = 5)\\n' $n >&2
        sleep 0.2; page $n
      done
      printf 'Scanning page 4\\nscanimage: sane_start: Document feeder out of documents\\n' >&2
      printf 'Batch terminated, 3 pages scanned\\n' >&2`,
    ).scan(request({ source: 'feeder' }), {
      onPage: (n, file) => seen.push([n, existsSync(file)]),
    });
    const pages = await job.done;
    expect(seen).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
    expect(pages.map((file) => file.slice(-8))).toEqual(['p001.tif', 'p002.tif', 'p003.tif']);
  });

  it('the last page reported just before exiting still arrives', async () => {
    const seen: [number, boolean][] = [];
    const job = fake(
      `printf 'Scanning page 1\\nScanned page 1. (scanner status = 5)\\n' >&2; sleep 0.2; page 1`,
    ).scan(request({ source: 'feeder' }), {
      onPage: (n, file) => seen.push([n, existsSync(file)]),
    });
    expect(await job.done).toHaveLength(1);
    expect(seen).toEqual([[1, true]]);
  });

  it('a reported page whose file never appears fails the batch, never one page short', async () => {
    const job = fake(
      `printf 'Scanning page 1\\nScanned page 1. (scanner status = 5)\\n' >&2; page 1
      printf 'Scanning page 2\\nScanned page 2. (scanner status = 5)\\n' >&2
      printf 'Scanning page 3\\nscanimage: sane_start: Document feeder out of documents\\n' >&2`,
    ).scan(request({ source: 'feeder' }));
    await expect(job.done).rejects.toMatchObject({ problem: 'failed' });
  });
});

describe('SANE watchdog: a scanimage that stops answering never freezes the screen', () => {
  const hanging = (script: string) =>
    createSaneScanner({
      command: fakeScanimage(script, { hangs: true }),
      idleMs: 1500,
      afterErrorMs: 300,
    });

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
      `printf 'Scanning page 1\\nScanned page 1. (scanner status = 5)\\n' >&2; page 1
      printf 'Scanning page 2\\nScanned page 2. (scanner status = 5)\\n' >&2; page 2
      printf 'scanimage: sane_start: Document feeder out of documents\\n' >&2`,
    ).scan(request({ source: 'feeder' }));
    const pages = await job.done;
    expect(pages.map((file) => file.slice(-8))).toEqual(['p001.tif', 'p002.tif']);
  });

  it('hung between "Scanned page N" and its file: not done, the scanner is disconnected', async () => {
    const job = hanging(
      `printf 'Scanning page 1\\nScanned page 1. (scanner status = 5)\\n' >&2; page 1
      printf 'Scanning page 2\\nProgress: 100.0%%\\rScanned page 2. (scanner status = 5)\\n' >&2`,
    ).scan(request({ source: 'feeder' }));
    await expect(job.done).rejects.toMatchObject({ problem: 'disconnected' });
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
