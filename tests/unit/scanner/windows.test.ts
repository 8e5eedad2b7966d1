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
});
