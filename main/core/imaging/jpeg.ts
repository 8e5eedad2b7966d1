import sharp from 'sharp';

/** Raw pixels: 1 channel (grey) or 3 (sRGB). */
export interface RawSize {
  width: number;
  height: number;
  channels: 1 | 3;
}

export interface EncodedJpeg {
  bytes: Uint8Array;
  /** Pixels in the JPEG (fewer than the page's only when the last resort dropped the dpi). */
  pixelWidth: number;
  pixelHeight: number;
  quality: number;
}

/** From ~60 (ordinary pages) down for busy ones (full-page patterns, photos). */
const QUALITIES = [60, 55, 50, 45, 40, 35, 30] as const;
/** Sample bands: 16-row multiples keep the JPEG blocks of the sample aligned like the page's. */
const BAND_ROWS = 32;
const BANDS = 8;
/** The sample's estimate is within a few per cent; aim this far under the budget. */
const MARGIN = 0.92;

const jpegOptions = (quality: number) => ({ quality, mozjpeg: true, progressive: false }) as const;

/**
 * mozjpeg JPEG under the page budget with one full encode for nearly every page: the quality is
 * chosen on a sample (8 bands of 32 rows spread over the page, ~1/7 of it), whose size scales to
 * the page's, instead of encoding the whole page at each quality step (trellis quantisation makes
 * a full encode the dearest step of the pipeline). Should the page still overshoot, lower steps
 * follow, then fewer pixels as a last resort (the page keeps its physical size; only its dpi drops).
 */
export async function jpegWithinBudget(
  data: Buffer,
  info: RawSize,
  budget: number,
): Promise<EncodedJpeg> {
  const raw = { width: info.width, height: info.height, channels: info.channels };
  const { quality, scale } = await predictQuality(data, info, budget);
  const encode = (q: number, width: number) =>
    (width === info.width ? sharp(data, { raw }) : sharp(data, { raw }).resize({ width }))
      .jpeg(jpegOptions(q))
      .toBuffer({ resolveWithObject: true });
  let width = Math.round(info.width * scale);
  let steps: readonly number[] = QUALITIES.filter((q) => q <= quality);
  for (;;) {
    for (const q of steps) {
      const out = await encode(q, width);
      if (out.data.length <= budget || width < 400)
        return {
          bytes: out.data,
          pixelWidth: out.info.width,
          pixelHeight: out.info.height,
          quality: q,
        };
    }
    width = Math.round(width * 0.8);
    steps = [QUALITIES.at(-1)!];
  }
}

/**
 * The highest quality whose sample-predicted page size fits the budget; past the lowest, the width
 * scale that should fit at it (bytes go roughly with the pixel count).
 */
async function predictQuality(
  data: Buffer,
  info: RawSize,
  budget: number,
): Promise<{ quality: number; scale: number }> {
  const sample = sampleBands(data, info);
  if (!sample) return { quality: QUALITIES[0], scale: 1 };
  const predicted = async (q: number) => {
    const out = await sharp(sample.data, { raw: sample.raw }).jpeg(jpegOptions(q)).toBuffer();
    return out.length / sample.fraction;
  };
  const aim = budget * MARGIN;
  if ((await predicted(QUALITIES[0])) <= aim) return { quality: QUALITIES[0], scale: 1 };
  const lowest = QUALITIES.length - 1;
  const atLowest = await predicted(QUALITIES[lowest]!);
  if (atLowest > aim)
    return { quality: QUALITIES[lowest]!, scale: Math.max(0.3, Math.sqrt(aim / atLowest)) };
  // Binary search over the steps between: size falls as quality falls.
  let low = 1;
  let high = lowest;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((await predicted(QUALITIES[mid]!)) <= aim) high = mid;
    else low = mid + 1;
  }
  return { quality: QUALITIES[low]!, scale: 1 };
}

function sampleBands(data: Buffer, info: RawSize) {
  const rowBytes = info.width * info.channels;
  const bands = Math.min(BANDS, Math.floor(info.height / BAND_ROWS));
  if (bands < 4) return undefined;
  const out = Buffer.alloc(bands * BAND_ROWS * rowBytes);
  const spacing = (info.height - BAND_ROWS) / (bands - 1);
  for (let i = 0; i < bands; i++) {
    // Band tops on the page's 16-row block grid: edges keep the block phase they have in the page.
    const top = Math.floor((i * spacing) / 16) * 16;
    data.copy(out, i * BAND_ROWS * rowBytes, top * rowBytes, (top + BAND_ROWS) * rowBytes);
  }
  return {
    data: out,
    raw: { width: info.width, height: bands * BAND_ROWS, channels: info.channels },
    fraction: (bands * BAND_ROWS) / info.height,
  };
}
