import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { detectFrame, straightenFrame, type Quad } from '../../../main/core/camera';
import { loadOpenCv } from '../../../main/core/camera/opencv';
import { preparePage } from '../../../main/core/imaging';
import { cameraPhoto, cameraPhotoJpeg } from '../../fixtures/cameraPhoto';

const worstError = (found: Quad, truth: Quad) =>
  Math.max(...found.map((p, i) => Math.hypot(p.x - truth[i]!.x, p.y - truth[i]!.y)));

describe('camera page detection and perspective correction (real OpenCV.js)', () => {
  it('loads OpenCV.js on first use, once', async () => {
    const first = await loadOpenCv();
    const again = await loadOpenCv();
    expect(again).toBe(first);
    expect(first.loadMs).toBeGreaterThanOrEqual(0);
  });

  it('finds a skewed A4 page on a dark desk within a few pixels of its corners', async () => {
    const photo = await cameraPhoto();
    const result = await straightenFrame(await cameraPhotoJpeg(photo));
    expect(result.found).toBe(true);
    // Detection runs at 800 px wide (×2 back to this 1600 px frame): a few pixels of the truth.
    expect(worstError(result.corners!, photo.truth!)).toBeLessThan(8);
    // A4 proportions, portrait, at 150–200 dpi.
    expect(result.height / result.width).toBeCloseTo(297 / 210, 2);
    expect(result.dpi).toBeGreaterThanOrEqual(150);
    expect(result.dpi).toBeLessThanOrEqual(200);
    const meta = await sharp(result.jpeg).metadata();
    expect([meta.width, meta.height, meta.density]).toEqual([
      result.width,
      result.height,
      result.dpi,
    ]);
  });

  it('the straightened page is the page: white paper, with its text lines, no desk left', async () => {
    const photo = await cameraPhoto();
    const { jpeg, width, height } = await straightenFrame(await cameraPhotoJpeg(photo));
    const inset = Math.round(width * 0.02);
    // The page's margins (the desk would be dark there): light all around.
    for (const region of [
      { left: inset, top: inset, width: width - 2 * inset, height: inset },
      { left: inset, top: height - 2 * inset, width: width - 2 * inset, height: inset },
    ]) {
      const stats = await sharp(jpeg).extract(region).greyscale().stats();
      expect(stats.channels[0]!.mean).toBeGreaterThan(200);
    }
    // The text lines are there (dark pixels in the body).
    const body = await sharp(jpeg)
      .extract({
        left: inset * 5,
        top: Math.round(height * 0.1),
        width: Math.round(width / 2),
        height: Math.round(height / 2),
      })
      .greyscale()
      .stats();
    expect(body.channels[0]!.min).toBeLessThan(80);
  });

  it('finds a landscape page and a page seen from another angle', async () => {
    const landscape: Quad = [
      { x: 180, y: 260 },
      { x: 1400, y: 200 },
      { x: 1450, y: 1050 },
      { x: 150, y: 980 },
    ];
    const photo = await cameraPhoto({ truth: landscape, seed: 3 });
    const result = await straightenFrame(await cameraPhotoJpeg(photo));
    expect(result.found).toBe(true);
    expect(worstError(result.corners!, landscape)).toBeLessThan(8);
    expect(result.width / result.height).toBeCloseTo(297 / 210, 2);
  });

  it('live detection on a small frame gives the corners as fractions of the frame', async () => {
    const photo = await cameraPhoto({ width: 640, height: 480 });
    const result = await detectFrame(await cameraPhotoJpeg(photo, 70));
    expect(result.corners).not.toBeNull();
    const truth = photo.truth!.map((p) => ({ x: p.x / 640, y: p.y / 480 })) as Quad;
    expect(worstError(result.corners!, truth)).toBeLessThan(0.01);
  });

  it('a frame with no page falls back to the whole frame', async () => {
    const photo = await cameraPhoto({ truth: null });
    const detection = await detectFrame(await cameraPhotoJpeg(photo));
    expect(detection.corners).toBeNull();
    const result = await straightenFrame(await cameraPhotoJpeg(photo));
    expect(result.found).toBe(false);
    expect([result.width, result.height]).toEqual([1600, 1200]);
  });

  it('the straightened page goes through the imaging pipeline like a scanned page', async () => {
    const { jpeg } = await straightenFrame(await cameraPhotoJpeg(await cameraPhoto()));
    const text = await preparePage(jpeg, { profile: 'text' });
    expect(text.kind).toBe('g4');
    const colour = await preparePage(jpeg, { profile: 'colour' });
    expect(colour.kind).toBe('jpeg');
  });

  it('frees its Mats: the WebAssembly heap does not grow over 50 frames', async () => {
    const { cv } = await loadOpenCv();
    const heap = () => (cv as unknown as { HEAP8: Int8Array }).HEAP8.length;
    const frame = await cameraPhotoJpeg(await cameraPhoto({ width: 960, height: 720 }));
    await straightenFrame(frame);
    await detectFrame(frame);
    const before = heap();
    for (let i = 0; i < 50; i += 1) {
      await straightenFrame(frame);
      await detectFrame(frame);
    }
    expect(heap()).toBe(before);
  }, 120_000);
});
