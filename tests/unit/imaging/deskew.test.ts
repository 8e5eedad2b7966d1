import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  assemblePdf,
  estimateSkew,
  preparePage,
  type PreparedPage,
} from '../../../main/core/imaging';
import { skewedTextPage } from '../../fixtures/skewedPage';

/** On a ~75 dpi greyscale thumbnail, as the pipeline measures. */
async function skewOf(image: Buffer): Promise<number> {
  const { data, info } = await sharp(image)
    .resize({ width: 620, withoutEnlargement: true })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return estimateSkew(data, info.width, info.height).angle;
}

const g4Bytes = (p: PreparedPage) =>
  p.kind === 'g4' ? Buffer.concat(p.strips.map((s) => s.bytes)) : Buffer.from(p.bytes);

describe('deskew', () => {
  it.each([2, -2, 5, -5, 10, -10])(
    'finds a page laid %s° askew on the glass within 0.3°',
    async (angle) => {
      expect(Math.abs((await skewOf(await skewedTextPage(angle, 200))) - angle)).toBeLessThan(0.3);
    },
  );

  it('leaves a straight page untouched', async () => {
    const straight = await skewedTextPage(0, 200);
    expect(await skewOf(straight)).toBe(0);
    const withDeskew = await preparePage(straight, { profile: 'text' });
    const without = await preparePage(straight, { profile: 'text', deskew: false });
    expect(g4Bytes(withDeskew).equals(g4Bytes(without))).toBe(true);
  });

  it('a skewed text page comes out of the pipeline straight, at its paper size', async () => {
    const skewed = await skewedTextPage(5, 300);
    const page = await preparePage(skewed, { profile: 'text' });
    const unturned = await preparePage(skewed, { profile: 'text', deskew: false });
    expect(await renderedSkew(page)).toBe(0);
    expect(Math.abs((await renderedSkew(unturned)) - 5)).toBeLessThan(0.3);
    // A straightened A4 stays about 210 mm wide at 200 dpi (1654 px).
    expect(page.width).toBeGreaterThan(1500);
    expect(page.width).toBeLessThanOrEqual(1654);
  }, 30_000);
});

/** The skew of the page as a PDF reader shows it (pdftoppm at 75 dpi). */
async function renderedSkew(page: PreparedPage): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'deskew-'));
  writeFileSync(join(dir, 'p.pdf'), await assemblePdf([page]));
  execFileSync('pdftoppm', [
    '-r',
    '75',
    '-gray',
    '-png',
    '-singlefile',
    join(dir, 'p.pdf'),
    join(dir, 'p'),
  ]);
  return skewOf(readFileSync(join(dir, 'p.png')));
}
