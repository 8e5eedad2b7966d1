import { test as base, expect, type Page } from '@playwright/test';
import { startKiosk, type KioskOptions, type RunningKiosk } from '../../fixtures/kiosk';
import { INSIDE } from './actualisation';

export const demo = {
  identifiant: '1234567A',
  motDePasse: 'Kiosque2026!',
  codePostal: '75011',
  prenom: 'Camille',
  nom: 'Martin',
};

type Fixtures = { kioskOptions: KioskOptions; kiosk: RunningKiosk; externalRequests: string[] };

/**
 * A data folder with the demo data seeded and the terminal enrolled, made once per worker and per
 * central API clock by a real kiosk start and stop: each test then starts from a copy of it instead
 * of hashing the demo passwords again (the first start of a kiosk is covered by the tests that
 * bring their own central API, and by the unit tests of the seed).
 */
const seeded = new Map<string, Promise<string>>();
function seededDataDir(apiNow: string | undefined): Promise<string> {
  const key = apiNow ?? '';
  let dir = seeded.get(key);
  if (!dir) {
    dir = startKiosk({ apiNow }).then(async (kiosk) => {
      await kiosk.stop();
      return kiosk.dataDir;
    });
    seeded.set(key, dir);
  }
  return dir;
}

/** One fresh kiosk (host + embedded central API + SQLite in a temp folder) per test. */
export const test = base.extend<Fixtures>({
  kioskOptions: [{}, { option: true }],
  kiosk: async ({ kioskOptions }, use) => {
    // The embedded central API's clock is pinned inside an actualisation window unless a spec
    // sets its own: the dashboard's tile and the letters' dates then look the same on any day.
    const options = kioskOptions.apiUrl ? kioskOptions : { apiNow: INSIDE, ...kioskOptions };
    const seedFrom = options.apiUrl ? undefined : await seededDataDir(options.apiNow);
    const kiosk = await startKiosk({ seedFrom, ...options });
    await use(kiosk);
    await kiosk.stop();
  },
  // The kiosk works with no network: any request leaving localhost is recorded and fails the test.
  externalRequests: async ({ context }, use) => {
    const seen: string[] = [];
    await context.route(/^(?!https?:\/\/(localhost|127\.0\.0\.1)[:/]).*/, (route) => {
      seen.push(route.request().url());
      return route.abort();
    });
    await use(seen);
    expect(seen, 'requests that left the machine').toEqual([]);
  },
});
export { expect };

export async function openWelcome(page: Page, kiosk: RunningKiosk): Promise<void> {
  await page.goto(kiosk.url);
  await expect(page.locator('html[data-kiosk-ready="welcome"]')).toBeAttached();
  await expect(page.getByRole('button', { name: 'Commencer' })).toBeVisible();
}

/** Welcome → "Commencer": a visit is open and the sign-in screen shows. */
export async function openLogin(page: Page, kiosk: RunningKiosk): Promise<void> {
  await openWelcome(page, kiosk);
  await page.getByRole('button', { name: 'Commencer' }).tap();
}

export async function fillLogin(
  page: Page,
  values: { identifiant: string; motDePasse: string; codePostal: string },
) {
  await page.getByLabel(/^Identifiant/).fill(values.identifiant);
  await page.getByLabel(/^Mot de passe/).fill(values.motDePasse);
  await page.getByLabel(/^Code postal/).fill(values.codePostal);
}

export async function signIn(page: Page, kiosk: RunningKiosk, values = demo): Promise<void> {
  await openLogin(page, kiosk);
  await fillLogin(page, values);
  await page.getByRole('button', { name: 'Se connecter' }).tap();
}
