import sharp, { type Sharp } from 'sharp';
import { A4, findPage, pageSize, straighten, type Quad } from './detect';
import { loadOpenCv } from './opencv';

/** Detection runs on a frame this wide at most: fast, and the page edges are still sharp. */
export const DETECT_WIDTH = 800;
/** A 4K frame is the most a document camera gives; larger is refused before decoding. */
const MAX_PIXELS = 4096 * 3072;

export interface Detection {
  /** Corners as fractions of the frame (0..1), for drawing over the video; null: no page seen. */
  corners: Quad | null;
  width: number;
  height: number;
  ms: number;
}

const decoder = (jpeg: Uint8Array) =>
  sharp(jpeg, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).autoOrient();

/** Greyscale at most DETECT_WIDTH wide (never enlarged): what the page is looked for on. */
const detectionImage = (image: Sharp) =>
  image
    .resize({ width: DETECT_WIDTH, withoutEnlargement: true })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });

/** A small frame from the live video → where the page is, for the guide frame. */
export async function detectFrame(jpeg: Uint8Array): Promise<Detection> {
  const { cv } = await loadOpenCv();
  const started = performance.now();
  const { data, info } = await detectionImage(decoder(jpeg));
  const quad = findPage(cv, data, info.width, info.height);
  const corners = quad
    ? (quad.map((p) => ({ x: p.x / info.width, y: p.y / info.height })) as Quad)
    : null;
  return {
    corners,
    width: info.width,
    height: info.height,
    ms: Math.round(performance.now() - started),
  };
}

export interface Straightened {
  /** JPEG (quality 92) carrying its dpi, ready for the imaging pipeline like a scanned page. */
  jpeg: Buffer;
  found: boolean;
  /** The page's corners in the full frame's pixels (none when the whole frame was kept). */
  corners: Quad | null;
  width: number;
  height: number;
  dpi: number;
  ms: number;
}

/**
 * A full-resolution photo → the page, perspective-corrected to A4 proportions. With no page found
 * the whole frame is kept (the screen says so), at the dpi that makes its long side an A4's.
 */
export async function straightenFrame(jpeg: Uint8Array): Promise<Straightened> {
  const { cv } = await loadOpenCv();
  const started = performance.now();
  // One decode: the detection image is made from the full frame, not from the JPEG again.
  const full = await decoder(jpeg)
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const small = await detectionImage(sharp(full.data, { raw: full.info }));
  const scale = full.info.width / small.info.width;
  const found = findPage(cv, small.data, small.info.width, small.info.height);
  const ms = () => Math.round(performance.now() - started);
  if (!found) {
    const dpi = Math.round(Math.max(full.info.width, full.info.height) / A4.longInches);
    const out = await sharp(full.data, { raw: full.info })
      .jpeg({ quality: 92 })
      .withMetadata({ density: dpi })
      .toBuffer();
    return {
      jpeg: out,
      found: false,
      corners: null,
      width: full.info.width,
      height: full.info.height,
      dpi,
      ms: ms(),
    };
  }
  const corners = found.map((p) => ({ x: p.x * scale, y: p.y * scale })) as Quad;
  const size = pageSize(corners);
  const rgb = straighten(cv, full.data, full.info.width, full.info.height, corners, size);
  const out = await sharp(rgb, { raw: { width: size.width, height: size.height, channels: 3 } })
    .jpeg({ quality: 92 })
    .withMetadata({ density: size.dpi })
    .toBuffer();
  return { jpeg: out, found: true, corners, ...size, ms: ms() };
}
