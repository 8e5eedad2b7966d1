import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  assemblePdf,
  bytesPerPageTarget,
  preparePage,
  previewImage,
  type PreparedPage,
} from '../../../main/core/imaging';
import { createSaneScanner } from '../../../main/core/scanner';
import { writeSaneTestConfig } from '../../fixtures/sane';
import { syntheticTextPage } from '../../fixtures/textPage';

const dir = mkdtempSync(join(tmpdir(), 'imaging-'));
const pageBytes = (p: PreparedPage) =>
  p.kind === 'jpeg' ? p.bytes.length : p.strips.reduce((sum, s) => sum + s.bytes.length, 0);

function writePdf(name: string, bytes: Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}
const qpdfCheck = (file: string) => execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
const pdfPages = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
/** Renders page n in grey at 50 dpi and returns the share of white pixels. */
async function whiteShare(file: string, page: number): Promise<number> {
  const prefix = join(dir, `render-${page}-${Math.random().toString(36).slice(2)}`);
  execFileSync('pdftoppm', [
    '-r',
    '50',
    '-gray',
    '-png',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
    prefix,
  ]);
  const { data } = await sharp(`${prefix}.png`)
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let white = 0;
  for (const v of data) if (v > 200) white += 1;
  return white / data.length;
}

let grid: string;
let colour: string;
beforeAll(async () => {
  const scan = async (picture: 'Grid' | 'Color pattern', mode: 'Gray' | 'Color') => {
    const scanner = createSaneScanner({
      env: { SANE_CONFIG_DIR: writeSaneTestConfig({ picture }) },
    });
    const out = mkdtempSync(join(dir, 'scan-'));
    const [file] = await scanner.scan({
      device: 'test:0',
      resolution: 200,
      mode,
      source: 'flatbed',
      outDir: out,
    }).done;
    return file!;
  };
  grid = await scan('Grid', 'Gray');
  colour = await scan('Color pattern', 'Color');
}, 60_000);

describe('image pipeline', () => {
  it('a text page becomes a small G4 page that renders as white paper with dark text', async () => {
    const input = await syntheticTextPage(300);
    // How long this takes is bench/scan.ts's to measure, not a deadline for a loaded test machine.
    const page = await preparePage(input, { profile: 'text' });
    expect(page.kind).toBe('g4');
    expect(page.dpi).toBe(200);
    // The lid border is cropped: the page is narrower than 210 mm at 200 dpi (1654 px).
    expect(page.width).toBeLessThan(1654);
    expect(page.width).toBeGreaterThan(1500);
    expect(pageBytes(page)).toBeLessThan(bytesPerPageTarget.text);
    const file = writePdf('text.pdf', await assemblePdf([page]));
    expect(qpdfCheck(file)).toMatch(/No syntax or stream encoding errors/);
    const share = await whiteShare(file, 1);
    // Paper pushed to white (not the grey it was), text still there.
    expect(share).toBeGreaterThan(0.9);
    expect(share).toBeLessThan(0.999);
  });

  it('SANE test pictures: grey and colour JPEG pages under their targets; 5 pages under 1 MB', async () => {
    const text = await preparePage(grid, { profile: 'text' });
    const grey = await preparePage(grid, { profile: 'grey' });
    const col = await preparePage(colour, { profile: 'colour' });
    expect(pageBytes(text)).toBeLessThan(bytesPerPageTarget.text);
    expect(pageBytes(grey)).toBeLessThan(bytesPerPageTarget.grey);
    expect(pageBytes(col)).toBeLessThan(bytesPerPageTarget.colour);
    expect(grey.kind === 'jpeg' && grey.dpi).toBe(150);
    const pdf = await assemblePdf([text, grey, col, text, grey]);
    expect(pdf.length).toBeLessThan(1_000_000);
    const file = writePdf('five.pdf', pdf);
    expect(pdfPages(file)).toBe(5);
    expect(qpdfCheck(file)).toMatch(/No syntax or stream encoding errors/);
  }, 30_000);

  it('rotation by a quarter turn swaps the page to landscape', async () => {
    const upright = await preparePage(grid, { profile: 'text' });
    const turned = await preparePage(grid, { profile: 'text', rotate: 90 });
    expect(turned.width).toBe(upright.height);
    const file = writePdf('turned.pdf', await assemblePdf([turned]));
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(
      execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
    );
    expect(Number(size?.[1])).toBeGreaterThan(Number(size?.[2]));
  });

  it('makes a small preview image', async () => {
    const preview = await previewImage(grid, 0, 240);
    const meta = await sharp(preview).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.width).toBe(240);
    expect(preview.length).toBeLessThan(60_000);
  });
});
