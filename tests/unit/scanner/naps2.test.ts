import { chmodSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScanning } from '../../../main/core/documents/scanning';
import type { ScanRequest } from '../../../main/core/scanner';
import { createNaps2Scanner } from '../../../main/core/scanner/naps2/naps2Scanner';

/**
 * A stand-in for NAPS2.Console.exe (NAPS2 needs Windows): an executable Node script taking the same
 * arguments and printing what NAPS2 prints with --verbose (its English console and SDK messages),
 * writing one PNG per page at the end as NAPS2 does. The device name picks the behaviour.
 */
const fakeConsole = `#!${process.execPath}
const { writeFileSync, existsSync } = require('node:fs');
const args = process.argv.slice(2);
const arg = (name) => args[args.indexOf(name) + 1];
const say = (line) => process.stdout.write(line + '\\r\\n');
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAWk1v8QAAAABJRU5ErkJggg==', 'base64');
if (args.includes('--listdevices')) {
  say('EPSON DS-530');
  say('Canon DR-C225');
  process.exit(0);
}
const device = arg('--device');
const pages = arg('--source') === 'glass' ? 1 : 3;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  say('Beginning scan...');
  say('Starting scan 1 of 1...');
  if (device === 'missing') return say('The selected scanner could not be found.');
  if (device === 'empty') { say('No pages are in the feeder.'); return say('No scanned pages to export.'); }
  if (device === 'cover') return say("The scanner's cover is open.");
  if (device === 'hang') return setInterval(() => undefined, 1000);
  for (let page = 1; page <= pages; page++) {
    await sleep(20);
    if (device === 'jammed' && page === 2) {
      say('The scanner has a paper jam.');
      process.exit(0);
    }
    if (device === 'stalls' && page === 2) return setInterval(() => undefined, 1000);
    say('Scanned page ' + page + '.');
  }
  say(pages + ' page(s) scanned.');
  say('Exporting...');
  // $(nnn): the next free number in the folder.
  const pattern = arg('--output');
  let n = 1;
  for (let page = 1; page <= pages; page++) {
    say('Exporting image ' + page + ' of ' + pages + '...');
    let file;
    do file = pattern.replace('$(nnn)', String(n++).padStart(3, '0')); while (existsSync(file));
    writeFileSync(file, png);
  }
  say('Finished saving images to ' + pattern);
})();
`;

const dir = mkdtempSync(join(tmpdir(), 'naps2-'));
const executable = join(dir, 'NAPS2.Console');
writeFileSync(executable, fakeConsole);
chmodSync(executable, 0o755);

const scanner = (extra = {}) => createNaps2Scanner({ executable, ...extra });
const request = (device: string, source: ScanRequest['source'] = 'feeder'): ScanRequest => ({
  device,
  resolution: 200,
  mode: 'Gray',
  source,
  outDir: mkdtempSync(join(dir, 'out-')),
});

describe('NAPS2 console runner (fake NAPS2.Console: NAPS2 itself needs Windows)', () => {
  it('lists the devices NAPS2 prints', async () => {
    expect((await scanner().list()).map((d) => d.model)).toEqual(['EPSON DS-530', 'Canon DR-C225']);
  });

  it('scans the feeder: progress per page, then the page files in order', async () => {
    const req = request('EPSON DS-530');
    // A page left by an earlier scan in the same folder is not part of this one.
    writeFileSync(join(req.outDir, 'p001.png'), 'old');
    const progress: string[] = [];
    const seen: number[] = [];
    const pages = await scanner().scan(req, {
      onProgress: (page, percent) => progress.push(`${page}:${percent}`),
      onPage: (n) => seen.push(n),
    }).done;
    expect(pages.map((p) => p.slice(req.outDir.length + 1))).toEqual([
      'p002.png',
      'p003.png',
      'p004.png',
    ]);
    expect(pages.every((p) => existsSync(p))).toBe(true);
    expect(seen).toEqual([1, 2, 3]);
    expect(progress).toEqual(expect.arrayContaining(['1:0', '1:100', '2:100', '3:100']));
  });

  it('maps NAPS2 errors to the scanner problems the screens show', async () => {
    const problem = (device: string) =>
      scanner()
        .scan(request(device))
        .done.then(
          () => 'no error',
          (e: { problem?: string }) => e.problem,
        );
    expect(await problem('jammed')).toBe('jammed');
    expect(await problem('empty')).toBe('no_documents');
    expect(await problem('cover')).toBe('cover_open');
    expect(await problem('missing')).toBe('no_scanner');
  });

  it('a NAPS2 that stops answering is killed after the idle timeout', async () => {
    const started = performance.now();
    const job = scanner({ idleTimeoutMs: 300, cancelGraceMs: 200 }).scan(request('stalls'));
    await expect(job.done).rejects.toMatchObject({ problem: 'disconnected' });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('cancel stops a scan in progress', async () => {
    const req = request('hang');
    const job = scanner({ cancelGraceMs: 200 }).scan(req);
    await new Promise((r) => setTimeout(r, 200));
    await job.cancel();
    await expect(job.done).rejects.toMatchObject({ name: 'ScanCancelled' });
    expect(readdirSync(req.outDir)).toEqual([]);
  });

  it('the kiosk wiring: backend naps2 runs the configured console; without it, "no scanner" at once', async () => {
    const config = { backend: 'naps2', resolution: 200, source: 'flatbed', mode: 'Gray' } as const;
    const wired = createScanning({ ...config, naps2Path: executable });
    expect(await wired.scanner.list()).toHaveLength(2);
    const pages = await wired.scanner.scan(request('EPSON DS-530', 'flatbed')).done;
    expect(pages).toHaveLength(1);

    const started = performance.now();
    const missing = createScanning({ ...config, naps2Path: join(dir, 'absent.exe') });
    expect(await missing.scanner.list()).toEqual([]);
    await expect(missing.scanner.scan(request('EPSON DS-530')).done).rejects.toMatchObject({
      problem: 'no_scanner',
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
