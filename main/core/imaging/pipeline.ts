import sharp, { type OutputInfo, type Sharp } from 'sharp';
import { levelsFromHistogram } from './levels';
import { bytesPerPageTarget, profileSettings, type ImageProfile } from './profiles';
import { readTiffG4 } from './tiff';

/** One page ready for the PDF: G4 strips (text) or a JPEG (photo), with its size at its dpi. */
export type PreparedPage =
  | {
      kind: 'g4';
      width: number;
      height: number;
      dpi: number;
      blackIs1: boolean;
      strips: { bytes: Uint8Array; rows: number }[];
    }
  | {
      kind: 'jpeg';
      /** Page size in pixels at `dpi` (the JPEG itself may hold fewer: pixelWidth × pixelHeight). */
      width: number;
      height: number;
      pixelWidth: number;
      pixelHeight: number;
      dpi: number;
      grey: boolean;
      bytes: Uint8Array;
    };

export type Rotation = 0 | 90 | 180 | 270;

export interface PageOptions {
  profile: ImageProfile;
  /** The user's rotation from the thumbnails screen, applied after the EXIF orientation. */
  rotate?: Rotation;
  /** Used when the file does not say its resolution. */
  sourceDpi?: number;
}

const THUMB_DIVISOR = 8;

/** Oriented and rotated, as the user sees it. */
function oriented(input: string | Buffer, rotate: Rotation): Sharp {
  return sharp(input, { limitInputPixels: 120_000_000 }).autoOrient().rotate(rotate);
}

interface Analysis {
  box: { left: number; top: number; width: number; height: number };
  levels: { a: number; b: number };
}

/**
 * Works on a 1/8 thumbnail (trimming at full resolution costs seconds): finds the paper inside the
 * lid border and the levels, then scales the box back to full size.
 */
async function analyse(input: string | Buffer, rotate: Rotation, width: number, height: number) {
  const thumbWidth = Math.max(16, Math.round(width / THUMB_DIVISOR));
  const scale = width / thumbWidth;
  const thumb = await oriented(input, rotate)
    .resize({ width: thumbWidth })
    .flatten({ background: '#ffffff' })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const levels = levelsFromHistogram(thumb.data);
  const full = { left: 0, top: 0, width, height };
  let box = full;
  try {
    const trimmed = await sharp(thumb.data, {
      raw: { width: thumb.info.width, height: thumb.info.height, channels: 1 },
    })
      .trim({ threshold: 40 })
      .toBuffer({ resolveWithObject: true });
    const left = -(trimmed.info.trimOffsetLeft ?? 0);
    const top = -(trimmed.info.trimOffsetTop ?? 0);
    const margin = 1;
    const candidate = {
      left: Math.max(0, Math.floor((left - margin) * scale)),
      top: Math.max(0, Math.floor((top - margin) * scale)),
      width: 0,
      height: 0,
    };
    candidate.width = Math.min(
      width - candidate.left,
      Math.ceil((trimmed.info.width + 2 * margin) * scale),
    );
    candidate.height = Math.min(
      height - candidate.top,
      Math.ceil((trimmed.info.height + 2 * margin) * scale),
    );
    // A border is thin; a box much smaller than the scan means the "border" was the page itself.
    if (candidate.width * candidate.height >= 0.6 * width * height) box = candidate;
  } catch {
    // Nothing to trim (a uniform page): keep the whole scan.
  }
  return { box, levels } satisfies Analysis;
}

/** Raw scan (TIFF/PNG/JPEG) → one encoded page, following the document profile. */
export async function preparePage(
  input: string | Buffer,
  options: PageOptions,
): Promise<PreparedPage> {
  const rotate = options.rotate ?? 0;
  const meta = await sharp(input).metadata();
  const sourceDpi = meta.density && meta.density > 10 ? meta.density : (options.sourceDpi ?? 200);
  const quarter = rotate === 90 || rotate === 270;
  const swapped = (meta.orientation ?? 1) >= 5 !== quarter;
  const width = swapped ? meta.height : meta.width;
  const height = swapped ? meta.width : meta.height;
  const { box, levels } = await analyse(input, rotate, width, height);
  const settings = profileSettings[options.profile];
  const targetWidth = Math.max(1, Math.round((box.width * settings.dpi) / sourceDpi));
  const base = oriented(input, rotate)
    .extract(box)
    .flatten({ background: '#ffffff' })
    .resize({ width: targetWidth, kernel: 'lanczos3' })
    .linear(levels.a, levels.b);

  if (options.profile === 'text') {
    const tiff = await base
      .toColourspace('b-w')
      .threshold(150)
      .toColourspace('b-w')
      .tiff({ compression: 'ccittfax4', bitdepth: 1, miniswhite: true })
      .toBuffer();
    const g4 = readTiffG4(tiff);
    return {
      kind: 'g4',
      width: g4.width,
      height: g4.height,
      dpi: settings.dpi,
      blackIs1: g4.photometric === 1,
      strips: g4.strips.map((bytes, i) => ({
        bytes,
        rows: Math.min(g4.rowsPerStrip, g4.height - i * g4.rowsPerStrip),
      })),
    };
  }
  const grey = options.profile === 'grey';
  const oriented8 = await (grey ? base.toColourspace('b-w') : base.toColourspace('srgb'))
    .raw()
    .toBuffer({ resolveWithObject: true });
  const encoded = await jpegWithinBudget(
    oriented8.data,
    oriented8.info,
    bytesPerPageTarget[options.profile],
  );
  return { kind: 'jpeg', dpi: settings.dpi, grey, ...encoded };
}

/** Qualities tried in turn: ~60 fits ordinary pages; busy ones (full-page patterns) step down. */
const QUALITY_STEPS = [60, 50, 40, 30];

/**
 * JPEG (mozjpeg) under the page budget: quality ~60 first, lower only when a page is unusually busy,
 * then fewer pixels as a last resort (the page keeps its physical size; only its dpi drops).
 */
async function jpegWithinBudget(
  data: Buffer,
  info: OutputInfo,
  budget: number,
): Promise<{
  bytes: Uint8Array;
  width: number;
  height: number;
  pixelWidth: number;
  pixelHeight: number;
}> {
  const raw = { width: info.width, height: info.height, channels: info.channels };
  const encode = (quality: number, width: number) =>
    sharp(data, { raw })
      .resize({ width })
      .jpeg({ quality, mozjpeg: true, progressive: false })
      .toBuffer({ resolveWithObject: true });
  let width = info.width;
  for (;;) {
    for (const quality of QUALITY_STEPS) {
      const out = await encode(quality, width);
      if (out.data.length <= budget || width < 400)
        return { bytes: out.data, width: info.width, height: info.height, ...scaled(out.info) };
    }
    width = Math.round(width * 0.8);
  }
}

/** The encoded size; the PDF page size comes from the original pixel size and the profile dpi. */
function scaled(info: OutputInfo): { pixelWidth: number; pixelHeight: number } {
  return { pixelWidth: info.width, pixelHeight: info.height };
}

/** A small JPEG for the thumbnails and the preview (rotation applied). */
export async function previewImage(
  input: string | Buffer,
  rotate: Rotation = 0,
  width = 480,
): Promise<Buffer> {
  return oriented(input, rotate)
    .resize({ width })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 70, mozjpeg: true })
    .toBuffer();
}
