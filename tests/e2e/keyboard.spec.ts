import type { Page } from '@playwright/test';
import { demo, expect, openLogin, test } from './support/fixtures';
import { expectScreen } from './support/screen';

test.use({ kioskOptions: { keyboard: 'auto' } });

const keyboard = (page: Page) => page.getByRole('region', { name: 'Clavier à l’écran' });

/** Taps each character's key; a capital is Majuscule, then its letter. */
async function tapKeys(page: Page, text: string): Promise<void> {
  for (const char of text) {
    if (char !== char.toLowerCase()) {
      await keyboard(page).getByRole('button', { name: 'Majuscule' }).tap();
    }
    await keyboard(page).getByRole('button', { name: char, exact: true }).tap();
  }
}

test('sign-in by touch alone through the on-screen keyboard; a physical key hides it', async ({
  page,
  kiosk,
}) => {
  await openLogin(page, kiosk);
  await expect(keyboard(page)).toBeHidden();
  const identifiant = page.getByLabel(/^Identifiant/);
  await identifiant.tap();
  await expect(keyboard(page)).toBeVisible();
  await expectScreen(page, 'sign-in', 'on-screen keyboard');

  await tapKeys(page, demo.identifiant);
  await expect(identifiant).toHaveValue(demo.identifiant);
  await expect(identifiant).toBeFocused();
  await page.getByLabel(/^Mot de passe/).tap();
  await tapKeys(page, demo.motDePasse);
  const codePostal = page.getByLabel(/^Code postal/);
  await codePostal.tap();
  // A numeric field: the digit pad, no letters.
  await expect(keyboard(page).getByRole('button', { name: 'a', exact: true })).toBeHidden();
  await tapKeys(page, demo.codePostal);
  await expect(codePostal).toHaveValue(demo.codePostal);
  await keyboard(page).getByRole('button', { name: 'Valider' }).tap();
  await expect(
    page.getByRole('heading', { level: 1, name: `Bonjour ${demo.prenom} ${demo.nom}` }),
  ).toBeVisible();
  await expect(keyboard(page)).toBeHidden();

  // Next visit: the keyboard again, until a key of a physical keyboard is pressed.
  await page.getByRole('button', { name: 'Terminer' }).tap();
  await page.getByRole('button', { name: 'Commencer' }).tap();
  await page.getByLabel(/^Identifiant/).tap();
  await expect(keyboard(page)).toBeVisible();
  await page.keyboard.press('1');
  await expect(keyboard(page)).toBeHidden();
  await page.getByLabel(/^Code postal/).tap();
  await expect(keyboard(page)).toBeHidden();
});

test.describe('with keyboard: never', () => {
  test.use({ kioskOptions: { keyboard: 'never' } });
  test('no keyboard on a touched field', async ({ page, kiosk }) => {
    await openLogin(page, kiosk);
    await page.getByLabel(/^Identifiant/).tap();
    await expect(page.getByLabel(/^Identifiant/)).toBeFocused();
    await expect(keyboard(page)).toBeHidden();
  });
});
