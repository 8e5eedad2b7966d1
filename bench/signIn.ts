import type { Browser } from '@playwright/test';
import type { SignInPacer } from './signInPacer';
import { stats, type Stats } from './stats';

const demo = { identifiant: '1234567A', motDePasse: 'Kiosque2026!', codePostal: '75011' };

export async function measureSignIn(
  browser: Browser,
  url: string,
  runs: number,
  pacer: SignInPacer,
): Promise<Stats> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const samples: number[] = [];
  await page.goto(url);
  for (let i = 0; i < runs + 1; i += 1) {
    // Each visit end reloads the page through the wipe URL; wait for the fresh welcome screen.
    await page.locator('html[data-kiosk-ready="welcome"]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Commencer' }).click();
    await page.getByLabel(/^Identifiant/).fill(demo.identifiant);
    await page.getByLabel(/^Mot de passe/).fill(demo.motDePasse);
    await page.getByLabel(/^Code postal/).fill(demo.codePostal);
    await pacer.beforeSignIn();
    const started = performance.now();
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: /Bonjour/ }).waitFor();
    if (i > 0) samples.push(performance.now() - started);
    await page.getByRole('button', { name: 'Terminer' }).click();
  }
  await context.close();
  return stats(samples);
}

/** The central API's own sign-in (argon2id verify + token write), enrolled as a terminal. */
export async function measureApiSignIn(kioskOutput: string, runs: number): Promise<Stats> {
  const apiUrl = /embedded reference server at (http\S+)/.exec(kioskOutput)?.[1];
  if (!apiUrl) throw new Error('the kiosk did not say where its embedded central API listens');
  const post = (path: string, body: unknown, token?: string) =>
    fetch(new URL(path, apiUrl), {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
  const enrol = (await (
    await post('/v1/terminals/enrol', { enrolmentToken: 'demo-enrolment-token', label: 'bench' })
  ).json()) as {
    accessToken: string;
  };
  const samples: number[] = [];
  for (let i = 0; i < runs + 1; i += 1) {
    const started = performance.now();
    const response = await post('/v1/sessions', demo, enrol.accessToken);
    if (response.status !== 201) throw new Error(`sign-in answered ${response.status}`);
    await response.arrayBuffer();
    if (i > 0) samples.push(performance.now() - started);
  }
  return stats(samples);
}
