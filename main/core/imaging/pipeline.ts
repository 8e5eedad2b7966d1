import sharp, { type Sharp } from 'sharp';
import { levelsFromHistogram } from './levels';
import { bytesPerPageTarget, profileSettings, type ImageProfile } from './profiles';
import { estimateSkew, type SkewEstimate } from './deskew';
import { jpegWithinBudget } from './jpeg';
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
  /**
   * Straighten a skewed page (projection profile, ±15°). Default: on for text pages; the camera
   * path, whose perspective correction already squares the page, may still ask for it.
   */
  deskew?: boolean;
}

const THUMB_DIVISOR = 8;
/** Deskew thumbnail width: ~75 dpi for A4, enough for 0.05° steps, ~30 ms to search. */
const DESKEW_WIDTH = 620;
const WHITE = { r: 255, g: 255, b: 255 };

/** Oriented and rotated, as the user sees it. */
function oriented(input: string | Buffer, rotate: Rotation): Sharp {
  return sharp(input, { limitInputPixels: 120_000_000 }).autoOrient().rotate(rotate);
}

/** A decoded page in memory: greyscale (1 channel) or sRGB (3), at the profile's dpi. */
interface RawPage {
  data: Buffer;
  width: number;
  height: number;
  channels: 1 | 3;
}

const fromRaw = (page: RawPage) =>
  sharp(page.data, {
    raw: { width: page.width, height: page.height, channels: page.channels },
  });

async function toRaw(image: Sharp): Promise<RawPage> {
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels as 1 | 3 };
}

/**
 * Finds the paper inside the lid border and the levels on a small thumbnail of the decoded page
 * (trimming at full resolution costs seconds).
 */
async function analyse(page: RawPage, thumbWidth: number) {
  const scale = page.width / thumbWidth;
  const thumb = await fromRaw(page)
    .resize({ width: thumbWidth })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const levels = levelsFromHistogram(thumb.data);
  const full = { left: 0, top: 0, width: page.width, height: page.height };
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
      page.width - candidate.left,
      Math.ceil((trimmed.info.width + 2 * margin) * scale),
    );
    candidate.height = Math.min(
      page.height - candidate.top,
      Math.ceil((trimmed.info.height + 2 * margin) * scale),
    );
    // A border is thin; a box much smaller than the scan means the "border" was the page itself.
    if (candidate.width * candidate.height >= 0.6 * page.width * page.height) box = candidate;
  } catch {
    // Nothing to trim (a uniform page): keep the whole scan.
  }
  return { box, levels };
}

/** The page's skew, measured on a ~75 dpi greyscale thumbnail. */
async function measureSkew(page: RawPage): Promise<SkewEstimate> {
  const width = Math.min(page.width, DESKEW_WIDTH);
  const thumb = await fromRaw(page)
    .resize({ width })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return estimateSkew(thumb.data, thumb.info.width, thumb.info.height);
}

/**
 * Rotates the whole scan by −angle, keeping its size. The corners that turn in take the colour of
 * the scan's top-left pixel — the lid around a page laid askew — so the border crop that follows
 * finds a straight page in a uniform border, with no dark wedges left inside it.
 */
async function straighten(page: RawPage, angle: number): Promise<RawPage> {
  const [r, g, b] = page.channels === 1 ? [page.data[0]!, page.data[0]!, page.data[0]!] : page.data;
  const rad = (Math.abs(angle) * Math.PI) / 180;
  // The turned bounding box, rounded down so the centred cut-out always lies inside it.
  const turnedWidth = Math.floor(page.width * Math.cos(rad) + page.height * Math.sin(rad));
  const turnedHeight = Math.floor(page.width * Math.sin(rad) + page.height * Math.cos(rad));
  return toRaw(
    fromRaw(page)
      .rotate(-angle, { background: { r: r!, g: g!, b: b! } })
      .extract({
        left: Math.floor((turnedWidth - page.width) / 2),
        top: Math.floor((turnedHeight - page.height) / 2),
        width: page.width,
        height: page.height,
      }),
  );
}

/**
 * Raw scan (TIFF/PNG/JPEG) → one encoded page, following the document profile. The scan is decoded
 * once, already reduced to the profile's dpi (and to grey unless colour); skew, border and levels
 * are found on thumbnails of that, and only the turn, the crop and the encode touch the page.
 */
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
  const settings = profileSettings[options.profile];
  const colour = options.profile === 'colour';
  const decoded = oriented(input, rotate).flatten({ background: WHITE });
  let page = await toRaw(
    (colour ? decoded.toColourspace('srgb') : decoded.greyscale()).resize({
      width: Math.max(1, Math.round((width * settings.dpi) / sourceDpi)),
      kernel: 'lanczos3',
    }),
  );
  if (options.deskew ?? options.profile === 'text') {
    const skew = await measureSkew(page);
    if (skew.angle !== 0) page = await straighten(page, skew.angle);
  }
  const { box, levels } = await analyse(page, Math.max(16, Math.round(width / THUMB_DIVISOR)));
  // The crop and the levels in one pass (sharp extracts before it applies linear).
  const whole = box.width === page.width && box.height === page.height;
  const levelled = (whole ? fromRaw(page) : fromRaw(page).extract(box)).linear(levels.a, levels.b);

  if (options.profile === 'text') {
    const tiff = await levelled
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
  const levelledPage = await toRaw(levelled);
  const encoded = await jpegWithinBudget(
    levelledPage.data,
    levelledPage,
    bytesPerPageTarget[options.profile],
  );
  return {
    kind: 'jpeg',
    dpi: settings.dpi,
    grey: !colour,
    width: levelledPage.width,
    height: levelledPage.height,
    bytes: encoded.bytes,
    pixelWidth: encoded.pixelWidth,
    pixelHeight: encoded.pixelHeight,
  };
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
