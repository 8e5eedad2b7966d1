import { createRequire } from 'node:module';
import { join } from 'node:path';

/** A cv.Mat: WebAssembly memory that JavaScript's GC never frees; every one needs delete(). */
export interface Mat {
  rows: number;
  cols: number;
  data: Uint8Array;
  data32S: Int32Array;
  delete(): void;
}
export interface MatVector {
  size(): number;
  get(i: number): Mat;
  delete(): void;
}
interface Size {
  width: number;
  height: number;
}

/** The part of OpenCV.js the camera uses (the package's own types pull in DOM types main has not). */
export interface OpenCv {
  Mat: { new (): Mat; new (rows: number, cols: number, type: number): Mat };
  MatVector: new () => MatVector;
  Size: new (width: number, height: number) => Size;
  Point: new (x: number, y: number) => unknown;
  Scalar: new (...values: number[]) => unknown;
  CV_8UC1: number;
  CV_8UC3: number;
  CV_32FC2: number;
  RETR_EXTERNAL: number;
  CHAIN_APPROX_SIMPLE: number;
  THRESH_BINARY: number;
  THRESH_OTSU: number;
  MORPH_RECT: number;
  INTER_LINEAR: number;
  BORDER_REPLICATE: number;
  matFromArray(rows: number, cols: number, type: number, values: number[]): Mat;
  GaussianBlur(src: Mat, dst: Mat, size: Size, sigma: number): void;
  Canny(src: Mat, dst: Mat, low: number, high: number): void;
  threshold(src: Mat, dst: Mat, thresh: number, max: number, type: number): number;
  getStructuringElement(shape: number, size: Size): Mat;
  dilate(src: Mat, dst: Mat, kernel: Mat): void;
  findContours(src: Mat, contours: MatVector, hierarchy: Mat, mode: number, method: number): void;
  contourArea(contour: Mat): number;
  arcLength(contour: Mat, closed: boolean): number;
  approxPolyDP(contour: Mat, out: Mat, epsilon: number, closed: boolean): void;
  convexHull(contour: Mat, out: Mat, clockwise: boolean, returnPoints: boolean): void;
  isContourConvex(contour: Mat): boolean;
  getPerspectiveTransform(src: Mat, dst: Mat): Mat;
  warpPerspective(
    src: Mat,
    dst: Mat,
    m: Mat,
    size: Size,
    flags: number,
    border: number,
    value: unknown,
  ): void;
}

type LoadedOpenCv = { cv: OpenCv; loadMs: number };
let loading: Promise<LoadedOpenCv> | undefined;

/**
 * OpenCV.js (~7.6 MB of JavaScript with its WebAssembly inlined), loaded on the first camera use
 * and never at startup. The module is an Emscripten "thenable" whose then() resolves to itself, so
 * it must never be awaited or returned from a promise: we wait for onRuntimeInitialized and wrap it.
 */
export function loadOpenCv(): Promise<LoadedOpenCv> {
  if (loading) return loading;
  const pending = new Promise<LoadedOpenCv>((resolve, reject) => {
    const started = performance.now();
    try {
      // In the bundle __filename is dist/main/*.cjs; under tests the working directory is the checkout.
      const require = createRequire(
        typeof __filename === 'string' ? __filename : join(process.cwd(), 'index.js'),
      );
      const cv = require('@techstark/opencv-js') as OpenCv & { onRuntimeInitialized?: () => void };
      const done = () => resolve({ cv, loadMs: Math.round(performance.now() - started) });
      if (typeof cv.Mat === 'function') done();
      else cv.onRuntimeInitialized = done;
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  }).catch((error: unknown) => {
    // A failed load is not kept: the next camera use tries again.
    loading = undefined;
    throw error;
  });
  loading = pending;
  return pending;
}
