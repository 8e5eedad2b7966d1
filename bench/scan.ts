/**
 * Scan → PDF figures (issue 8): bytes and seconds per page for each profile, side by side with what
 * an IT department would script (Debian's img2pdf over scanimage's output), as ratios; and how much
 * of a known text tesseract (fra) reads back from our PDF and from the baseline.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assemblePdf,
  bytesPerPageTarget,
  preparePage,
  type ImageProfile,
} from '../main/core/imaging';
import { createSaneScanner } from '../main/core/scanner';
import { writeSaneTestConfig } from '../tests/fixtures/sane';
import { syntheticTextPage, textPageWords } from '../tests/fixtures/textPage';

const dir = mkdtempSync(join(tmpdir(), 'bench-scan-'));

async function scan(picture: 'Grid' | 'Color pattern', mode: 'Gray' | 'Color'): Promise<string> {
  const scanner = createSaneScanner({ env: { SANE_CONFIG_DIR: writeSaneTestConfig({ picture }) } });
  const outDir = mkdtempSync(join(dir, 'scan-'));
  const [file] = await scanner.scan({
    device: 'test:0',
    resolution: 200,
    mode,
    source: 'flatbed',
    outDir,
  }).done;
  return file!;
}

interface Case {
  label: string;
  input: string;
  profile: ImageProfile;
}

interface Figures {
  bytes: number;
  ms: number;
  pdf: string;
}

async function ours(c: Case, runs: number): Promise<Figures> {
  let best = Infinity;
  let bytes: Uint8Array = new Uint8Array();
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    bytes = await assemblePdf([await preparePage(c.input, { profile: c.profile })]);
    best = Math.min(best, performance.now() - started);
  }
  const pdf = join(dir, `ours-${c.profile}-${c.label.replace(/\W+/g, '-')}.pdf`);
  writeFileSync(pdf, bytes);
  return { bytes: bytes.length, ms: best, pdf };
}

function baseline(c: Case, runs: number): Figures {
  const pdf = join(dir, `baseline-${c.profile}-${c.label.replace(/\W+/g, '-')}.pdf`);
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    execFileSync('img2pdf', [c.input, '-o', pdf]);
    best = Math.min(best, performance.now() - started);
  }
  return { bytes: statSync(pdf).size, ms: best, pdf };
}

/** Share of the known words tesseract (fra) finds on page 1 rendered at 300 dpi. */
function ocrShare(pdf: string): number {
  const prefix = join(dir, `ocr-${Math.random().toString(36).slice(2)}`);
  execFileSync('pdftoppm', [
    '-r',
    '300',
    '-gray',
    '-png',
    '-singlefile',
    '-f',
    '1',
    '-l',
    '1',
    pdf,
    prefix,
  ]);
  const text = execFileSync('tesseract', [`${prefix}.png`, '-', '-l', 'fra'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).toLowerCase();
  const found = textPageWords.filter((w) => text.includes(w.toLowerCase()));
  return found.length / textPageWords.length;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export async function runScanBench(runs = 3): Promise<string[]> {
  const textPng = join(dir, 'text-page.png');
  writeFileSync(textPng, await syntheticTextPage(300));
  const grid = await scan('Grid', 'Gray');
  const colour = await scan('Color pattern', 'Color');
  const cases: Case[] = [
    { label: 'text page (synthetic, 300 dpi)', input: textPng, profile: 'text' },
    { label: 'SANE Grid, 200 dpi grey', input: grid, profile: 'text' },
    { label: 'SANE Grid, 200 dpi grey', input: grid, profile: 'grey' },
    { label: 'SANE Color pattern, 200 dpi', input: colour, profile: 'colour' },
  ];
  const lines = [
    '',
    'Scan → PDF, one page (ours: sharp + pdf-lib; baseline: img2pdf over the raw scan; best of ' +
      `${runs})`,
    `${'page / profile'.padEnd(44)}${'ours'.padStart(11)}${'target'.padStart(13)}${'baseline'.padStart(12)}${'size ×'.padStart(9)}${'ours s'.padStart(9)}${'base s'.padStart(9)}${'time ×'.padStart(9)}`,
  ];
  for (const c of cases) {
    const o = await ours(c, runs);
    const b = baseline(c, runs);
    const target = bytesPerPageTarget[c.profile];
    lines.push(
      `${`${c.label} → ${c.profile}`.padEnd(44)}${kb(o.bytes).padStart(11)}${`${o.bytes <= target ? '✓' : '✗'} ${kb(target)}`.padStart(13)}${kb(b.bytes).padStart(12)}${(o.bytes / b.bytes).toFixed(3).padStart(9)}${(o.ms / 1000).toFixed(2).padStart(9)}${(b.ms / 1000).toFixed(2).padStart(9)}${(o.ms / b.ms).toFixed(2).padStart(9)}`,
    );
  }
  // A 5-page mixed file (3 text, 1 grey, 1 colour) against the 1 MB target.
  const pages = [
    await preparePage(textPng, { profile: 'text' }),
    await preparePage(grid, { profile: 'text' }),
    await preparePage(textPng, { profile: 'text' }),
    await preparePage(grid, { profile: 'grey' }),
    await preparePage(colour, { profile: 'colour' }),
  ];
  const five = await assemblePdf(pages);
  lines.push(
    `5-page mixed PDF: ${kb(five.length)} (${five.length <= 1_000_000 ? '✓' : '✗'} < 1 MB)`,
  );

  const oursText = await ours(cases[0]!, 1);
  const baseText = baseline(cases[0]!, 1);
  const shareOurs = ocrShare(oursText.pdf);
  const shareBase = ocrShare(baseText.pdf);
  lines.push(
    `tesseract (fra) words recognised on the text page: ours ${(shareOurs * 100).toFixed(0)} %, baseline ${(shareBase * 100).toFixed(0)} % (${textPageWords.length} known words)`,
  );
  const check = execFileSync('qpdf', ['--check', oursText.pdf], { encoding: 'utf8' });
  lines.push(
    `qpdf --check on our PDF: ${/No syntax or stream encoding errors/.test(check) ? 'clean' : 'PROBLEM'}`,
  );
  return lines;
}
