import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  naps2Command,
  naps2ListCommand,
  parseNaps2Devices,
  parseNaps2Line,
} from '../../../main/core/scanner/naps2/commands';
import { parseWiaLine, wiaCommand } from '../../../main/core/scanner/wia/commands';
import { createWiaScanner } from '../../../main/core/scanner/wia/wiaScanner';
import type { ScanRequest } from '../../../main/core/scanner';

// Built and parsed here; running WIA or NAPS2 needs Windows (not available on this machine).
const fakeHelper = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/fakeWiaHelper.mjs',
);
const request: ScanRequest = {
  device: '{6BDD1FC6-810F-11D0-BEC7-08002BE2092F}\\0001',
  resolution: 200,
  mode: 'Gray',
  source: 'feeder',
  outDir: 'C:\\kiosk\\visits\\abc',
};

describe('WIA helper', () => {
  it('builds the PowerShell command with device, folder, dpi, mode and source', () => {
    const { command, args } = wiaCommand('C:\\app\\resources\\scanner\\wia-scan.ps1', request);
    expect(command).toBe('powershell.exe');
    expect(args).toEqual([
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-File',
      'C:\\app\\resources\\scanner\\wia-scan.ps1',
      '-Device',
      request.device,
      '-OutDir',
      request.outDir,
      '-Dpi',
      '200',
      '-Mode',
      'Gray',
      '-Source',
      'feeder',
    ]);
    expect(wiaCommand('x.ps1').args.at(-1)).toBe('-List');
  });

  it('reads its JSON lines and ignores noise', () => {
    expect(parseWiaLine('{"type":"device","id":"dev1","name":"DS-530","vendor":"Epson"}')).toEqual({
      type: 'device',
      device: { id: 'dev1', vendor: 'Epson', model: 'DS-530', type: 'wia' },
    });
    expect(parseWiaLine('{"type":"progress","page":2,"percent":100}')).toEqual({
      type: 'progress',
      page: 2,
      percent: 100,
    });
    expect(parseWiaLine('{"type":"page","page":2,"file":"C:\\\\x\\\\p002.png"}')).toEqual({
      type: 'page',
      page: 2,
      file: 'C:\\x\\p002.png',
    });
    expect(parseWiaLine('{"type":"error","problem":"jammed","hresult":"0x80210002"}')).toEqual({
      type: 'error',
      problem: 'jammed',
    });
    expect(parseWiaLine('{"type":"error","problem":"weird"}')).toEqual({
      type: 'error',
      problem: 'failed',
    });
    expect(parseWiaLine('{"type":"done","pages":3}')).toEqual({ type: 'done', pages: 3 });
    expect(parseWiaLine('WARNING: something')).toBeUndefined();
    expect(parseWiaLine('{"type":"page","page":-1,"file":"x"}')).toBeUndefined();
  });
});

describe('NAPS2 console', () => {
  it('builds the command: feeder or duplex, dpi, grey, one file per page', () => {
    const { args } = naps2Command(request, { duplex: true });
    expect(args).toEqual(
      expect.arrayContaining([
        '--source',
        'duplex',
        '--dpi',
        '200',
        '--bitdepth',
        'gray',
        '--split',
      ]),
    );
    expect(args[args.indexOf('--output') + 1]).toBe('C:\\kiosk\\visits\\abc\\p$(nnn).png');
    // Console progress lines, never NAPS2's own progress window over the kiosk.
    expect(args).toContain('--verbose');
    expect(args).not.toContain('--progress');
    expect(naps2Command({ ...request, source: 'flatbed', mode: 'Color' }).args).toEqual(
      expect.arrayContaining(['--source', 'glass', '--bitdepth', 'color', '--driver', 'wia']),
    );
    expect(naps2ListCommand({ driver: 'twain' }).args).toEqual([
      '--listdevices',
      '--driver',
      'twain',
    ]);
  });

  it('reads devices, progress and errors', () => {
    expect(parseNaps2Devices('EPSON DS-530\r\nCanon DR-C225\r\n\r\n')).toEqual([
      'EPSON DS-530',
      'Canon DR-C225',
    ]);
    expect(parseNaps2Line('Scanning page 3...')).toEqual({ kind: 'page-start', page: 3 });
    expect(parseNaps2Line('Scanned page 3.')).toEqual({ kind: 'page-done', page: 3 });
    expect(parseNaps2Line('Error: paper jam')).toEqual({ kind: 'error', problem: 'jammed' });
    expect(parseNaps2Line('No scanned pages to export.')).toEqual({
      kind: 'error',
      problem: 'no_documents',
    });
    expect(parseNaps2Line('Error: device not found')).toEqual({
      kind: 'error',
      problem: 'no_scanner',
    });
    expect(parseNaps2Line('Starting...')).toBeUndefined();
    // NAPS2's own wording (SdkResources).
    expect(parseNaps2Line('The scanner has a paper jam.')).toMatchObject({ problem: 'jammed' });
    expect(parseNaps2Line('No pages are in the feeder.')).toMatchObject({
      problem: 'no_documents',
    });
    expect(parseNaps2Line("The scanner's cover is open.")).toMatchObject({ problem: 'cover_open' });
    expect(parseNaps2Line('The selected scanner is busy.')).toMatchObject({ problem: 'busy' });
    expect(parseNaps2Line('Communication with the scanning device was interrupted.')).toMatchObject(
      { problem: 'disconnected' },
    );
    expect(parseNaps2Line('The selected scanner could not be found.')).toMatchObject({
      problem: 'no_scanner',
    });
    // The same messages on a French Windows (NAPS2's SdkResources.fr.resx).
    const french: [string, string][] = [
      ["Il n'y a aucune page dans le dispositif d'alimentation.", 'no_documents'],
      ['Le scanner a un bourrage papier.', 'jammed'],
      ['Le capot du scanner est ouvert.', 'cover_open'],
      ['Le scanner sélectionné est occupé.', 'busy'],
      ['Le scanner est en train de préchauffer.', 'busy'],
      ['La communication avec le périphérique de numérisation a été interrompue.', 'disconnected'],
      ['Le scanner sélectionné est introuvable.', 'no_scanner'],
      ['Le scanner sélectionné est éteint.', 'no_scanner'],
      ["Aucun périphérique d'acquisition n'a été trouvé.", 'no_scanner'],
      ['Une erreur est survenue avec le pilote de numérisation.', 'failed'],
    ];
    for (const [message, problem] of french)
      expect(parseNaps2Line(message), message).toEqual({ kind: 'error', problem });
    expect(parseNaps2Devices('Erreur : aucun périphérique\r\nEPSON DS-530\r\n')).toEqual([
      'EPSON DS-530',
    ]);
  });
});

describe('WIA scanner over the helper protocol (fake helper in Node: PowerShell needs Windows)', () => {
  const fake = () =>
    createWiaScanner({
      script: 'wia-scan.ps1',
      command: { command: process.execPath, prefixArgs: [fakeHelper] },
    });

  it('lists devices, scans the feeder page by page, and reports a jam', async () => {
    expect(await fake().list()).toEqual([
      { id: 'wia-1', vendor: 'Epson', model: 'DS-530', type: 'wia' },
    ]);
    const outDir = mkdtempSync(join(tmpdir(), 'wia-'));
    const seen: number[] = [];
    const pages = await fake().scan({ ...request, outDir }, { onPage: (n) => seen.push(n) }).done;
    expect(pages).toHaveLength(3);
    expect(seen).toEqual([1, 2, 3]);
    await expect(fake().scan({ ...request, device: 'jammed', outDir }).done).rejects.toMatchObject({
      problem: 'jammed',
    });
  });

  it('a helper that stops answering is killed after the idle timeout; cancel stops a scan', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'wia-'));
    const quiet = createWiaScanner({
      script: 'wia-scan.ps1',
      command: { command: process.execPath, prefixArgs: [fakeHelper] },
      idleTimeoutMs: 300,
      cancelGraceMs: 200,
    });
    const started = performance.now();
    await expect(quiet.scan({ ...request, device: 'stalls', outDir }).done).rejects.toMatchObject({
      problem: 'busy',
    });
    expect(performance.now() - started).toBeLessThan(5000);
    const job = fake().scan({ ...request, device: 'stalls', outDir });
    await new Promise((r) => setTimeout(r, 200));
    await job.cancel();
    await expect(job.done).rejects.toMatchObject({ name: 'ScanCancelled' });
  });

  it('a missing helper is "no scanner", not a hang', async () => {
    const missing = createWiaScanner({
      script: 'wia-scan.ps1',
      command: { command: join(tmpdir(), 'no-such-powershell') },
    });
    await expect(missing.list()).rejects.toMatchObject({ problem: 'no_scanner' });
    await expect(missing.scan({ ...request, outDir: tmpdir() }).done).rejects.toMatchObject({
      problem: 'no_scanner',
    });
  });
});
