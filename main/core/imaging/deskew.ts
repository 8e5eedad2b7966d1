/**
 * Skew estimate for scanned or photographed text pages, on a small greyscale thumbnail.
 *
 * Projection profile of ink edges: every place where a row goes from paper to ink (or back) is a
 * point; the points are projected across the candidate text direction and the sum of squares of
 * the per-line counts peaks when the projection runs along the text lines. Edges rather than dark
 * pixels, so a solid lid border or a dark triangle left by a skewed page adds about one point per
 * row at every angle and cannot pull the estimate. Coarse 0.5° steps over ±15°, then 0.05° around
 * the best.
 */
import { greyPercentiles } from './levels';

export interface SkewEstimate {
  /**
   * Angle of the text lines in degrees, clockwise as displayed (y down): rotating the image by
   * −angle straightens it. 0 when the page is straight or shows no line structure.
   */
  angle: number;
  /** Best score ÷ score at 0°: near 1 means the angle hardly mattered (photo, blank page). */
  gain: number;
}

export interface SkewOptions {
  /** Largest skew searched, in degrees. */
  maxAngle?: number;
  /** Below this the page counts as straight (not worth a resampling). */
  minAngle?: number;
}

const COARSE_STEP = 0.5;
const FINE_STEP = 0.05;
/** A real text page gains far more than this from its best angle; a photo or blank page does not. */
const MIN_GAIN = 1.05;
/** Bounds the work on very busy thumbnails (a stride over the points keeps them spread). */
const MAX_POINTS = 60_000;

export function estimateSkew(
  grey: Uint8Array,
  width: number,
  height: number,
  options: SkewOptions = {},
): SkewEstimate {
  const maxAngle = options.maxAngle ?? 15;
  const minAngle = options.minAngle ?? 0.3;
  const points = inkEdges(grey, width, height, MAX_POINTS);
  if (points.count < 50) return { angle: 0, gain: 1 };
  const diagonal = Math.ceil(Math.hypot(width, height)) + 2;
  const bins = new Float64Array(diagonal * 2);
  const score = (degrees: number, set = points) => projectionScore(set, degrees, bins, diagonal);

  // The coarse pass only has to land within a step of the peak: a fifth of the points will do.
  const few = every(points, 5);
  let coarse = 0;
  let coarseScore = -1;
  for (let a = -maxAngle; a <= maxAngle + 1e-9; a += COARSE_STEP) {
    const s = score(a, few);
    if (s > coarseScore) [coarse, coarseScore] = [a, s];
  }
  let best = coarse;
  let bestScore = -1;
  for (let a = coarse - COARSE_STEP; a <= coarse + COARSE_STEP + 1e-9; a += FINE_STEP) {
    const s = score(a);
    if (s > bestScore) [best, bestScore] = [a, s];
  }
  const gain = bestScore / Math.max(1, score(0));
  const angle = Math.round(best * 100) / 100;
  if (Math.abs(angle) < minAngle || gain < MIN_GAIN) return { angle: 0, gain };
  return { angle, gain };
}

interface Points {
  xs: Float32Array;
  ys: Float32Array;
  count: number;
}

function every(points: Points, n: number): Points {
  const count = Math.floor(points.count / n);
  const xs = new Float32Array(count);
  const ys = new Float32Array(count);
  for (let i = 0; i < count; i++) [xs[i], ys[i]] = [points.xs[i * n]!, points.ys[i * n]!];
  return { xs, ys, count };
}

/** Paper↔ink transitions along each row, centred on the image middle. */
function inkEdges(grey: Uint8Array, width: number, height: number, maxPoints: number): Points {
  const threshold = midLevel(grey);
  let total = 0;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 1; x < width; x++)
      if (grey[row + x]! < threshold !== grey[row + x - 1]! < threshold) total += 1;
  }
  const stride = Math.max(1, Math.ceil(total / maxPoints));
  const xs = new Float32Array(Math.ceil(total / stride) + 1);
  const ys = new Float32Array(xs.length);
  let count = 0;
  let seen = 0;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 1; x < width; x++) {
      if (grey[row + x]! < threshold === grey[row + x - 1]! < threshold) continue;
      if (seen++ % stride !== 0) continue;
      xs[count] = x - width / 2;
      ys[count] = y - height / 2;
      count += 1;
    }
  }
  return { xs, ys, count };
}

/** Halfway between the ink (1st percentile) and the paper (90th percentile). */
function midLevel(grey: Uint8Array): number {
  const [ink, paper] = greyPercentiles(grey, [0.01, 0.9]) as [number, number];
  return (ink + paper) / 2;
}

function projectionScore(points: Points, degrees: number, bins: Float64Array, offset: number) {
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  bins.fill(0);
  for (let i = 0; i < points.count; i++) {
    const r = points.ys[i]! * cos - points.xs[i]! * sin + offset;
    // Linear split between the two nearest lines: smooth in the angle, so fine steps mean something.
    const low = Math.floor(r);
    const frac = r - low;
    bins[low]! += 1 - frac;
    bins[low + 1]! += frac;
  }
  let sum = 0;
  for (const b of bins) sum += b * b;
  return sum;
}
