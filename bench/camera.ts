/**
 * Camera capture figures: OpenCV.js's first load (in this process, as main pays it on the
 * first camera use), live detection on a small frame (what the guide frame polls), and a full
 * capture (detection + perspective correction + JPEG) of a 1920×1080 photo of a skewed A4 page.
 */
import { detectFrame, loadOpenCv, straightenFrame } from '../main/core/camera';
import { cameraPhoto, cameraPhotoJpeg } from '../tests/fixtures/cameraPhoto';
import { formatRow, stats } from './stats';

export async function runCameraBench(runs = 15): Promise<string[]> {
  const { loadMs } = await loadOpenCv();
  const live = await cameraPhotoJpeg(await cameraPhoto({ width: 480, height: 270 }), 60);
  const full = await cameraPhotoJpeg(await cameraPhoto({ width: 1920, height: 1080 }), 92);
  const time = async (work: () => Promise<unknown>) => {
    await work(); // warm-up
    const samples: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      await work();
      samples.push(performance.now() - started);
    }
    return stats(samples);
  };
  const once = { median: loadMs, p95: loadMs, min: loadMs, max: loadMs };
  return [
    formatRow('camera: OpenCV.js first load (ms)', once),
    formatRow('camera: live detection, 480×270 frame (ms)', await time(() => detectFrame(live))),
    formatRow('camera: capture 1920×1080 → A4 page (ms)', await time(() => straightenFrame(full))),
  ];
}

// `npx tsx bench/camera.ts` runs these alone.
if (process.argv[1]?.endsWith('camera.ts')) {
  void runCameraBench().then((lines) => {
    console.log(formatRow('measure', null));
    for (const line of lines) console.log(line);
  });
}
