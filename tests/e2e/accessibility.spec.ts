import { demo, expect, fillLogin, openWelcome, signIn, test } from './support/fixtures';
import { startActualisation } from './support/actualisation';
import { expectNoViolations } from './support/axe';
import { expectLayoutRules, expectScreen } from './support/screen';

test('welcome, sign-in (blank and with errors) and dashboard have no axe violation', async ({
  page,
  kiosk,
}) => {
  await openWelcome(page, kiosk);
  await expectScreen(page, 'welcome');
  await page.getByRole('button', { name: 'Commencer' }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectScreen(page, 'sign-in');
  await page.getByRole('button', { name: 'Se connecter' }).tap();
  await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
  await expectScreen(page, 'sign-in', 'with errors');
  await page.getByRole('button', { name: 'Annuler' }).tap();
  // The visit end reloads the page through the wipe URL: wait for the new welcome screen.
  await expect(page.locator('html[data-kiosk-ready="welcome"]')).toBeAttached();
  await page.getByRole('button', { name: 'Commencer' }).tap();
  await fillLogin(page, demo);
  await page.getByRole('button', { name: 'Se connecter' }).tap();
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(demo.prenom) }),
  ).toBeVisible();
  await expectScreen(page, 'dashboard');
});

test('the whole sign-in can be done with the keyboard alone', async ({ page, kiosk }) => {
  await openWelcome(page, kiosk);
  await page.getByRole('button', { name: 'Commencer' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByLabel(/^Identifiant/).focus();
  await page.keyboard.type(demo.identifiant);
  await page.getByLabel(/^Mot de passe/).focus();
  await page.keyboard.type(demo.motDePasse);
  await page.getByLabel(/^Code postal/).focus();
  await page.keyboard.type(demo.codePostal);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(demo.nom) })).toBeVisible();
});

test('buttons are at least 44 px high and wide', async ({ page, kiosk }) => {
  await signIn(page, kiosk);
  await expect(page.getByRole('heading', { level: 1, name: /Bonjour/ })).toBeVisible();
  await expectLayoutRules(page, 'dashboard');
});

test('the strict CSP holds: no violation and nothing loaded from outside', async ({
  page,
  kiosk,
  externalRequests,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, kiosk);
  await expect(page.getByRole('heading', { level: 1, name: /Bonjour/ })).toBeVisible();
  // The DSFR's Marianne font and icons come from the kiosk itself.
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family);
  });
  expect(fonts.join(',')).toMatch(/Marianne/);
  expect(violations).toEqual([]);
  expect(externalRequests).toEqual([]);
});

test('« Affichage »: each text size and theme by touch on the main screens, reset at visit end', async ({
  page,
  kiosk,
}) => {
  const root = page.locator('html');
  const choose = async (...names: string[]) => {
    await page.getByRole('button', { name: 'Affichage' }).tap();
    for (const name of names) {
      const option = page.getByRole('button', { name });
      await option.tap();
      await expect(option).toHaveAttribute('aria-pressed', 'true');
    }
    await page.getByRole('button', { name: 'Fermer' }).tap();
    await expect(page.getByRole('heading', { name: 'Affichage' })).toBeHidden();
  };
  const holds = async (screen: string) => {
    await expectNoViolations(page, screen);
    await expectLayoutRules(page, screen);
  };

  // The default is already the large body text: 25 px, 4.8 mm capitals on a 24" screen.
  await openWelcome(page, kiosk);
  const bodySize = () => page.evaluate(() => getComputedStyle(document.body).fontSize);
  expect(await bodySize()).toBe('25px');
  await page.getByRole('button', { name: 'Affichage' }).tap();
  await expect(page.getByRole('button', { name: 'Texte normal' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await holds('welcome with the display panel open');
  await page.getByRole('button', { name: 'Fermer' }).tap();

  await choose('Texte très grand', 'Sombre');
  expect(await bodySize()).toBe('32px');
  await expect(root).toHaveAttribute('data-fr-theme', 'dark');
  await holds('welcome A++ dark');
  await page.getByRole('button', { name: 'Commencer' }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await holds('sign-in A++ dark');

  await fillLogin(page, demo);
  await page.getByRole('button', { name: 'Se connecter' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: /Bonjour/ })).toBeVisible();
  // The choice stays from screen to screen within the visit.
  expect(await bodySize()).toBe('32px');
  await choose('Texte grand', 'Contraste renforcé');
  expect(await bodySize()).toBe('28px');
  await expect(root).toHaveAttribute('data-kiosk-contrast', 'high');
  await holds('dashboard A+ high contrast');
  await startActualisation(page);
  await choose('Texte très grand');
  await holds('actualisation question A++ high contrast');

  // Terminer (nothing answered yet, so nothing to confirm): the next person finds the default.
  await page.getByRole('button', { name: 'Terminer' }).tap();
  await expect(page.locator('html[data-kiosk-ready="welcome"]')).toBeAttached();
  expect(await bodySize()).toBe('25px');
  await expect(root).toHaveAttribute('data-fr-theme', 'light');
  await expect(root).toHaveAttribute('data-kiosk-contrast', 'normal');
});
