import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cameraPhoto } from '../fixtures/cameraPhoto';
import { chromiumLaunchOptions } from '../fixtures/chromium';
import { writeY4m } from '../fixtures/y4m';
import { landscape } from '../fixtures/screenProfiles';
import { chooseType, openDocuments, pdfinfoPages, receivedDocuments } from './support/documents';
import type { RunningKiosk } from '../fixtures/kiosk';
import { expect, signIn, test } from './support/fixtures';
import { expectScreen } from './support/screen';

/**
 * Document capture with the camera, in Debian's Chromium with a fake camera that films a synthetic
 * photo of a skewed A4 page (a Y4M file made at test time). Extra Chromium flags for this spec only.
 */
async function launch(extraArgs: string[]): Promise<{ browser: Browser; page: Page }> {
  const base = chromiumLaunchOptions();
  const browser = await chromium.launch({ ...base, args: [...(base.args ?? []), ...extraArgs] });
  const context = await browser.newContext({
    viewport: landscape.viewport,
    hasTouch: true,
    locale: 'fr-FR',
  });
  // The kiosk works with no network: nothing may leave localhost.
  await context.route(/^(?!https?:\/\/(localhost|127\.0\.0\.1)[:/]).*/, (route) => route.abort());
  return { browser, page: await context.newPage() };
}

/** Chromium's fake camera filming `video`, with the permission granted as the kiosk's gate would. */
const filming = (video: string) => [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-video-capture=${video}`,
];

/** Signs in, opens "Prendre en photo" in a browser launched with `args`, runs `steps`, closes. */
async function withCameraScreen(
  kiosk: RunningKiosk,
  args: string[],
  steps: (page: Page) => Promise<void>,
): Promise<void> {
  const { browser, page } = await launch(args);
  try {
    await signIn(page, kiosk);
    await openDocuments(page);
    await page.getByRole('button', { name: 'Prendre en photo' }).tap();
    await steps(page);
  } finally {
    await browser.close();
  }
}

/** Live detection has found the page (the detector runs in main: allow for a slow first frame). */
const pageFound = (page: Page) =>
  expect(page.getByText('Page trouvée : vous pouvez prendre la photo.')).toBeVisible({
    timeout: 20_000,
  });

test.describe('taking a document with the camera', () => {
  let video: string;
  test.beforeAll(async () => {
    video = join(mkdtempSync(join(tmpdir(), 'e2e-camera-')), 'page.y4m');
    writeY4m(video, await cameraPhoto({ width: 1280, height: 720 }));
  });

  test('the page is found, straightened, kept and sent: the central API receives a valid 1-page PDF', async ({
    kiosk,
  }) => {
    await withCameraScreen(kiosk, filming(video), async (page) => {
      await expect(
        page.getByRole('heading', { name: 'Prendre le document en photo' }),
      ).toBeVisible();
      // Live detection draws the page's outline and says so.
      await pageFound(page);
      await expect(page.locator('[data-outline="page"]')).toBeAttached();
      // A live picture: the rules hold, the pixels move with the fake camera's film.
      await expectScreen(page, 'camera', 'live', { pixels: false });

      // A double tap takes one photo, not two (the later count says "1 page").
      const shutter = await page.getByRole('button', { name: 'Prendre la photo' }).boundingBox();
      const [x, y] = [shutter!.x + shutter!.width / 2, shutter!.y + shutter!.height / 2];
      await page.touchscreen.tap(x, y);
      await page.touchscreen.tap(x, y);
      await expect(page.getByRole('heading', { name: 'Votre page' })).toBeVisible({
        timeout: 20_000,
      });
      await expect(page.getByText('La page a été redressée.', { exact: false })).toBeVisible();
      const result = page.getByRole('img', { name: 'La page photographiée' });
      // The straightened page is A4 portrait (its preview keeps the proportions).
      const ratio = await result.evaluate(
        (img: HTMLImageElement) => img.naturalHeight / img.naturalWidth,
      );
      expect(ratio).toBeCloseTo(297 / 210, 1);
      await expectScreen(page, 'camera', 'review', { pixels: false });

      // "Reprendre" drops the page and brings the camera back; the second photo is kept.
      await page.getByRole('button', { name: 'Reprendre' }).tap();
      await pageFound(page);
      await page.getByRole('button', { name: 'Prendre la photo' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Garder cette page' }).tap();
      await expect(page.getByText('1 page scannée.')).toBeVisible();
      await expect(page.getByRole('img', { name: 'Page 1' })).toBeVisible();

      await page.getByRole('button', { name: 'J’ai fini de scanner' }).tap();
      await chooseType(page, 'Attestation employeur');
      await page.getByRole('button', { name: 'Envoyer le document' }).tap();
      await expect(page.getByRole('heading', { name: 'Document envoyé' })).toBeVisible({
        timeout: 20_000,
      });
      const received = receivedDocuments(kiosk.dataDir);
      expect(received).toHaveLength(1);
      expect(received[0]!.pages).toBe(1);
      expect(pdfinfoPages(received[0]!.pdf)).toBe(1); // qpdf --check inside
    });
  });

  test('a camera that is refused shows a clear screen with the scanner and the adviser', async ({
    kiosk,
  }) => {
    const refused = ['--use-fake-device-for-media-stream', '--deny-permission-prompts'];
    await withCameraScreen(kiosk, refused, async (page) => {
      await expect(
        page.getByRole('heading', { name: 'La caméra n’est pas autorisée' }),
      ).toBeVisible({
        timeout: 20_000,
      });
      const problem = page.locator('section', {
        has: page.getByRole('heading', { name: 'La caméra n’est pas autorisée' }),
      });
      await expect(problem.getByRole('button', { name: 'Appeler un conseiller' })).toBeVisible();
      await expectScreen(page, 'camera refused');
      await page.getByRole('button', { name: 'Utiliser le scanner' }).tap();
      await expect(page.getByRole('button', { name: 'Scanner une page' })).toBeVisible();
    });
  });

  test('a camera lost mid-use shows a clear screen; "Réessayer" brings it back', async ({
    kiosk,
  }) => {
    await withCameraScreen(kiosk, filming(video), async (page) => {
      await pageFound(page);
      // What Chromium does when the camera is unplugged: the track ends.
      await page.locator('video').evaluate((v: HTMLVideoElement) => {
        for (const track of (v.srcObject as MediaStream).getVideoTracks())
          track.dispatchEvent(new Event('ended'));
      });
      await expect(page.getByRole('heading', { name: 'La caméra s’est arrêtée' })).toBeVisible();
      await expectScreen(page, 'camera lost');
      await page.getByRole('button', { name: 'Réessayer' }).tap();
      await pageFound(page);
    });
  });

  test('a terminal with no camera does not offer the photo', async ({ kiosk, page }) => {
    await signIn(page, kiosk);
    await openDocuments(page);
    await expect(page.getByRole('button', { name: 'Scanner une page' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Prendre en photo' })).toHaveCount(0);
  });
});
