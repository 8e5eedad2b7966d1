/**
 * The results screen after « Rechercher », in browser mode, against a kiosk whose embedded central
 * API holds 20,000 offers: from the tap until the first result (or « Aucune offre ») is drawn and
 * a frame has passed, measured inside the page. Job titles typed as people type them (typos), with
 * Paris picked as the place on every other run. Also alone: `npx tsx bench/offresScreen.ts`.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/fixtures/chromium';
import { startKiosk } from '../tests/fixtures/kiosk';
import { formatRow, stats, type Stats } from './stats';

const TITLES = [
  'boulangre',
  'serveur',
  'aide soignant',
  'macon',
  'comptable',
  'vendeuse',
  'cariste',
  'infirmier',
];

/**
 * Taps « Rechercher » in the page and resolves with the ms until results are on screen. Plain
 * JavaScript text: tsx would add helpers to a TypeScript function that the page does not have.
 */
const TIME_SEARCH = `new Promise((resolve) => {
  const button = [...document.querySelectorAll('button')].find(
    (b) => b.textContent.trim() === 'Rechercher',
  );
  const started = performance.now();
  const observer = new MutationObserver(() => {
    const done =
      document.querySelector('article') !== null ||
      /Aucune offre ne correspond/.test(document.body.textContent);
    if (!done) return;
    observer.disconnect();
    requestAnimationFrame(() => resolve(performance.now() - started));
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  button.click();
})`;
const timeSearch = (page: Page) => page.evaluate<number>(TIME_SEARCH);

export async function measureResultsScreen(browser: Browser, runs: number): Promise<Stats> {
  const kiosk = await startKiosk({ env: { KIOSK_API_DEMO_OFFERS: '20000' } });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  try {
    await page.goto(kiosk.url);
    await page.locator('html[data-kiosk-ready="welcome"]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Chercher des offres d’emploi' }).click();
    const samples: number[] = [];
    for (let i = 0; i < runs + 1; i += 1) {
      await page.getByLabel(/^Métier/).fill(TITLES[i % TITLES.length]!);
      if (i % 2 === 0) {
        await page.getByLabel(/^Lieu de travail/).fill('Paris');
        await page.getByRole('button', { name: /^Paris \(75\) Ville/ }).click();
      }
      const ms = await timeSearch(page);
      // The first search warms the host, the central API's statements and the ROME index.
      if (i > 0) samples.push(ms);
      await page.getByRole('button', { name: 'Nouvelle recherche' }).click();
      if (i % 2 === 0) await page.getByRole('button', { name: 'Changer de lieu' }).click();
    }
    return stats(samples);
  } finally {
    await page.close();
    await kiosk.stop();
  }
}

if (process.argv[1]?.endsWith('offresScreen.ts')) {
  void (async () => {
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const figures = await measureResultsScreen(browser, Number(process.env.BENCH_RUNS ?? 15));
      console.log(formatRow('measure', null));
      console.log(formatRow('offer results screen after Rechercher (ms)', figures));
    } finally {
      await browser.close();
    }
  })();
}
