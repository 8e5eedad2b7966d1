import type { Page } from '@playwright/test';
import { questions, startActualisation } from './support/actualisation';
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

/*
 * Whole journeys by touch alone: every character through the on-screen keys, no `fill`, no
 * `press`, no physical key (a physical key would hide the keyboard for the visit). Both journeys
 * run in one visit: one kiosk and one sign-in instead of two keep the Playwright time short.
 */
test.describe('with keyboard: always', () => {
  test.use({ kioskOptions: { keyboard: 'always' } });

  test('by touch alone: sign-in, an actualisation with hours and pay, then a CV', async ({
    page,
    kiosk,
  }) => {
    await openLogin(page, kiosk);
    await page.getByLabel(/^Identifiant/).tap();
    await tapKeys(page, demo.identifiant);
    await page.getByLabel(/^Mot de passe/).tap();
    await tapKeys(page, demo.motDePasse);
    await page.getByLabel(/^Code postal/).tap();
    await tapKeys(page, demo.codePostal);
    await keyboard(page).getByRole('button', { name: 'Valider' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: /^Bonjour/ })).toBeVisible();

    // The actualisation: an employer's name on the letters, hours and pay on the digit pad.
    await startActualisation(page);
    for (let i = 0; i < 8; i += 1) {
      await expect(page.getByRole('heading', { level: 1, name: questions[i] })).toBeVisible();
      await page.getByRole('radio', { name: i === 1 || i === 7 ? 'Oui' : 'Non' }).tap();
      if (i === 1) {
        const employer = page.getByRole('group', { name: 'Employeur ou activité 1' });
        await employer.getByLabel(/^Nom de l’employeur/).tap();
        await tapKeys(page, 'Lidl');
        await employer.getByLabel(/^Heures travaillées/).tap();
        // Numbers get the digit pad: no letters to miss.
        await expect(keyboard(page).getByRole('button', { name: 'a', exact: true })).toBeHidden();
        await tapKeys(page, '35');
        await employer.getByLabel(/^Salaire brut/).tap();
        await tapKeys(page, '950,5');
      }
      await page.getByRole('button', { name: 'Continuer' }).tap();
    }
    await expect(page.getByRole('list').filter({ hasText: questions[0] })).toContainText(
      'Lidl : 35 heures, 950,50 € brut',
    );
    await page.getByRole('button', { name: 'Valider ma déclaration' }).tap();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Votre actualisation est envoyée' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Retour à mon espace' }).tap();

    // A CV: the job searched on the AZERTY keys, then every step to the end.
    await page.getByRole('button', { name: /Mes CV/ }).tap();
    await page.getByRole('button', { name: 'Créer un CV' }).tap();
    await page.getByLabel(/^Métier recherché/).tap();
    await tapKeys(page, 'nageur');
    await page
      .getByRole('button', { name: /^Maître-nageur sauveteur/ })
      .first()
      .tap();
    await expect(page.getByText(/^Métier choisi/)).toBeVisible();
    await page.getByText('CDI', { exact: true }).tap();
    await page.getByText('Temps plein', { exact: true }).tap();
    const next = page.getByRole('button', { name: 'Enregistrer et continuer' });
    await next.tap();
    // The informations, part by part, left as they are: the gauge asks, and is answered.
    for (let part = 1; part <= 5; part += 1) {
      await expect(page.getByText(`Partie ${part} sur 5 des informations`)).toBeVisible();
      await next.tap();
    }
    await page.getByRole('button', { name: 'Ignorer et continuer' }).tap();
    await expect(page.getByText(/^Étape 3 sur 4/)).toBeVisible();
    await next.tap();
    await page.getByRole('button', { name: 'Valider mes choix' }).tap();
    await page.getByRole('button', { name: 'Ignorer et continuer' }).tap();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Votre CV est enregistré' }),
    ).toBeVisible();
  });
});
