import type { Browser } from '@playwright/test';
import { stats, type Stats } from './stats';

/** A fresh context per run: no HTTP cache, no storage, as after a wipe or a relaunch. */
export async function measureColdLoad(browser: Browser, url: string, runs: number): Promise<Stats> {
  const samples: number[] = [];
  for (let i = 0; i < runs + 1; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('html[data-kiosk-ready="welcome"]').waitFor({ state: 'attached' });
    const mark = await page.evaluate(
      () => performance.getEntriesByName('kiosk:interactive')[0]?.startTime ?? NaN,
    );
    // The first run warms the host's file cache and Chromium's process pool: not counted.
    if (i > 0) samples.push(mark);
    await context.close();
  }
  return stats(samples);
}
