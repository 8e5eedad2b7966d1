import type { Mat, OpenCv } from './opencv';

export interface Point {
  x: number;
  y: number;
}
/** A page's corners in image pixels: top-left, top-right, bottom-right, bottom-left. */
export type Quad = [Point, Point, Point, Point];

/** A page smaller than this share of the frame is too far away to read (or is not the page). */
const MIN_AREA = 0.12;
/** A "page" filling the whole frame is the frame's own border. */
const MAX_AREA = 0.97;

/**
 * Finds the page in a greyscale frame: blur, then two masks (Otsu threshold: a light page on a
 * darker desk; Canny edges, dilated to close gaps: a page on a light desk), their outer contours,
 * and the largest convex quadrilateral of reasonable area. Every Mat is freed before returning.
 */
export function findPage(cv: OpenCv, grey: Uint8Array, width: number, height: number): Quad | null {
  const mats: { delete(): void }[] = [];
  const track = <T extends { delete(): void }>(m: T): T => {
    mats.push(m);
    return m;
  };
  try {
    const src = track(new cv.Mat(height, width, cv.CV_8UC1));
    src.data.set(grey);
    const blurred = track(new cv.Mat());
    cv.GaussianBlur(src, blurred, new cv.Size(5, 5), 0);
    const otsu = track(new cv.Mat());
    cv.threshold(blurred, otsu, 0, 255, cv.THRESH_BINARY + cv.THRESH_OTSU);
    const edges = track(new cv.Mat());
    cv.Canny(blurred, edges, 50, 150);
    const kernel = track(cv.getStructuringElement(cv.MORPH_RECT, new cv.Size(3, 3)));
    cv.dilate(edges, edges, kernel);

    const frameArea = width * height;
    let best: { quad: Quad; area: number } | undefined;
    for (const mask of [otsu, edges]) {
      const contours = track(new cv.MatVector());
      const hierarchy = track(new cv.Mat());
      cv.findContours(mask, contours, hierarchy, cv.RETR_EXTERNAL, cv.CHAIN_APPROX_SIMPLE);
      for (let i = 0; i < contours.size(); i += 1) {
        const contour = track(contours.get(i));
        const area = cv.contourArea(contour);
        if (area < MIN_AREA * frameArea || area > MAX_AREA * frameArea) continue;
        if (best && area <= best.area) continue;
        // The hull ignores notches (a thumb on the edge, a text line touching the border).
        const hull = track(new cv.Mat());
        cv.convexHull(contour, hull, false, true);
        const approx = track(new cv.Mat());
        cv.approxPolyDP(hull, approx, 0.02 * cv.arcLength(hull, true), true);
        if (approx.rows !== 4 || !cv.isContourConvex(approx)) continue;
        const p = approx.data32S;
        const quad = orderCorners([
          { x: p[0]!, y: p[1]! },
          { x: p[2]!, y: p[3]! },
          { x: p[4]!, y: p[5]! },
          { x: p[6]!, y: p[7]! },
        ]);
        if (!plausible(quad)) continue;
        best = { quad, area: cv.contourArea(approx) };
      }
    }
    return best?.quad ?? null;
  } finally {
    for (const m of mats) m.delete();
  }
}

/** Top-left has the smallest x+y, bottom-right the largest; top-right the smallest y−x. */
export function orderCorners(points: Point[]): Quad {
  const bySum = [...points].sort((a, b) => a.x + a.y - (b.x + b.y));
  const byDiff = [...points].sort((a, b) => a.y - a.x - (b.y - b.x));
  return [bySum[0]!, byDiff[0]!, bySum[3]!, byDiff[3]!];
}

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** Sides of the quad: mean of the top and bottom edges, mean of the left and right edges. */
export function quadSides(q: Quad): { across: number; down: number } {
  return {
    across: (dist(q[0], q[1]) + dist(q[3], q[2])) / 2,
    down: (dist(q[0], q[3]) + dist(q[1], q[2])) / 2,
  };
}

/** A sheet seen at an angle, not a thin strip: each side at least a third of its opposite side. */
function plausible(q: Quad): boolean {
  const { across, down } = quadSides(q);
  const ratio = Math.max(across, down) / Math.min(across, down);
  return (
    ratio < 3 && dist(q[0], q[1]) > dist(q[3], q[2]) / 3 && dist(q[3], q[2]) > dist(q[0], q[1]) / 3
  );
}

export const A4 = { shortInches: 8.27, longInches: 11.69 };

/**
 * The size of the straightened page: A4 proportions, portrait or landscape as the quad is, at the
 * resolution the photo really has (clamped to 150–200 dpi: less is unreadable, more is invented).
 */
export function pageSize(q: Quad): { width: number; height: number; dpi: number } {
  const { across, down } = quadSides(q);
  const portrait = down >= across;
  const dpi = Math.min(200, Math.max(150, Math.round(Math.max(across, down) / A4.longInches)));
  const long = Math.round(A4.longInches * dpi);
  const short = Math.round(A4.shortInches * dpi);
  return portrait ? { width: short, height: long, dpi } : { width: long, height: short, dpi };
}

/** Perspective-corrects the quad of an RGB image into `size`; frees its Mats. */
export function straighten(
  cv: OpenCv,
  rgb: Uint8Array,
  width: number,
  height: number,
  quad: Quad,
  size: { width: number; height: number },
): Uint8Array {
  const mats: Mat[] = [];
  const track = (m: Mat): Mat => {
    mats.push(m);
    return m;
  };
  try {
    const src = track(new cv.Mat(height, width, cv.CV_8UC3));
    src.data.set(rgb);
    const from = track(
      cv.matFromArray(
        4,
        1,
        cv.CV_32FC2,
        quad.flatMap((p) => [p.x, p.y]),
      ),
    );
    const { width: w, height: h } = size;
    const to = track(cv.matFromArray(4, 1, cv.CV_32FC2, [0, 0, w, 0, w, h, 0, h]));
    const m = track(cv.getPerspectiveTransform(from, to));
    const out = track(new cv.Mat());
    cv.warpPerspective(
      src,
      out,
      m,
      new cv.Size(w, h),
      cv.INTER_LINEAR,
      cv.BORDER_REPLICATE,
      new cv.Scalar(),
    );
    return Uint8Array.from(out.data);
  } finally {
    for (const m of mats) m.delete();
  }
}
