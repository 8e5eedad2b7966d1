import type { Browser, Page } from '@playwright/test';
import { readKioskLog } from '../tests/fixtures/kiosk';
import type { SignInPacer } from './signInPacer';
import { stats, type Stats } from './stats';

const demo = { identifiant: '1234567A', motDePasse: 'Kiosque2026!', codePostal: '75011' };

export async function waitForWelcome(page: Page): Promise<void> {
  await page.locator('html[data-kiosk-ready="welcome"]').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Commencer' }).waitFor();
}

/** One visit as a user makes it: Commencer, sign in, see the dashboard. Ends before "Terminer". */
export async function signedInVisit(page: Page, pacer: SignInPacer): Promise<void> {
  await page.getByRole('button', { name: 'Commencer' }).click();
  await page.getByLabel(/^Identifiant/).fill(demo.identifiant);
  await page.getByLabel(/^Mot de passe/).fill(demo.motDePasse);
  await page.getByLabel(/^Code postal/).fill(demo.codePostal);
  await pacer.beforeSignIn();
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { level: 1, name: /Bonjour/ }).waitFor();
}

/** The wipe durations (ms) of the audit lines written so far. */
export function wipeDurations(dataDir: string): number[] {
  return readKioskLog(dataDir)
    .split('\n')
    .filter((line) => line.includes('"event":"visit.ended"'))
    .map((line) => (JSON.parse(line) as { wipeMs: number }).wipeMs);
}

/**
 * Visit turnover in browser mode: "Terminer" pressed until the next welcome screen is interactive
 * (browser mode's wipe: RPC, Clear-Site-Data page, reload, React mount); and the wipe itself as the
 * audit line reports it (main's part: hooks, temp folder). Each visit signs a demo user in first.
 */
export async function measureTurnover(
  browser: Browser,
  kiosk: { url: string; dataDir: string },
  runs: number,
  pacer: SignInPacer,
): Promise<{ turnover: Stats; wipe: Stats }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(kiosk.url);
  await waitForWelcome(page);
  const wipesBefore = wipeDurations(kiosk.dataDir).length;
  const samples: number[] = [];
  for (let i = 0; i < runs + 1; i += 1) {
    await signedInVisit(page, pacer);
    const started = performance.now();
    await page.getByRole('button', { name: 'Terminer' }).click();
    await waitForWelcome(page);
    if (i > 0) samples.push(performance.now() - started);
  }
  await context.close();
  const wipes = wipeDurations(kiosk.dataDir).slice(wipesBefore + 1);
  return { turnover: stats(samples), wipe: stats(wipes) };
}
