import { centralQuery, openEmployerChoice } from './support/account';
import { expect, test } from './support/fixtures';
import { expectScreen } from './support/screen';

test('entreprise: account, SIRET checked (Luhn), establishment confirmed, pending certification', async ({
  page,
  kiosk,
}) => {
  test.slow();
  await openEmployerChoice(page, kiosk);
  await page.getByRole('button', { name: 'Entreprise', exact: true }).tap();
  await expect(page.locator('html[data-kiosk-ready="employer"]')).toBeAttached();
  await expectScreen(page, 'employer account');
  await page.getByRole('button', { name: 'Créer un compte' }).tap();
  await expect(page.getByLabel(/^Identifiant/)).toBeFocused();
  await expectScreen(page, 'employer account', 'with errors');

  await page.getByLabel(/^Identifiant/).fill('boulangerieport');
  await page.getByLabel(/^Mot de passe/).fill('Farine-Levain-2026');
  await page.getByLabel(/^Confirmation mot de passe/).fill('Farine-Levain-2026');
  await page.getByText('Monsieur', { exact: true }).tap();
  await page.getByLabel(/^Nom/).fill('Le Gall');
  await page.getByLabel(/^Prénom/).fill('Yann');
  await page.getByLabel(/^Adresse e-mail/).fill('contact@boulangerie-port.example');
  await page.getByLabel(/^Téléphone/).fill('+33 (0)2 99 40 00 00');
  await page.getByRole('button', { name: 'Créer un compte' }).tap();
  await expect(
    page.getByText("Vous devez accepter les conditions générales d'utilisation"),
  ).toBeVisible();
  await expect(page.getByLabel(/^Nom/)).toHaveValue('Le Gall');
  await page.getByText("J'accepte les conditions générales d'utilisation").tap();
  await page.getByRole('button', { name: 'Créer un compte' }).tap();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rattacher votre établissement');
  await page.getByLabel(/^Numéro de SIRET/).fill('73282932000075');
  await page.getByRole('button', { name: 'Suivant' }).tap();
  await expect(page.getByLabel(/^Numéro de SIRET/)).toHaveAccessibleDescription(/n'existe pas/);
  await expectScreen(page, 'employer SIRET', 'with error');
  await page.getByLabel(/^Numéro de SIRET/).fill('732 829 320 00074');
  await page.getByRole('button', { name: 'Suivant' }).tap();

  await expect(
    page.getByText("Veuillez confirmer qu'il s'agit de votre établissement."),
  ).toBeVisible();
  await expect(page.getByText('BOULANGERIE DU PORT')).toBeVisible();
  await expectScreen(page, 'employer establishment');
  await page.getByRole('button', { name: 'Valider' }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Votre compte entreprise est créé',
  );
  await expect(page.getByText(/certifié par un conseiller/)).toBeVisible();
  await expectScreen(page, 'employer created');

  const [row] = centralQuery<{ siret: string; certification: string; profile_json: string }>(
    kiosk,
    "SELECT siret, certification, profile_json FROM employer_accounts WHERE identifiant = 'BOULANGERIEPORT'",
  );
  expect(row).toMatchObject({ siret: '73282932000074', certification: 'pending_adviser' });
  expect(row?.profile_json).not.toContain('Farine');
});

test('entreprise: a La Poste SIRET follows its own rule, an unknown one points to the 39 95', async ({
  page,
  kiosk,
}) => {
  await openEmployerChoice(page, kiosk);
  await page.getByRole('button', { name: 'Entreprise', exact: true }).tap();
  await page.getByLabel(/^Identifiant/).fill('postierclermont');
  await page.getByLabel(/^Mot de passe/).fill('Courrier-Tri-2026');
  await page.getByLabel(/^Confirmation mot de passe/).fill('Courrier-Tri-2026');
  await page.getByText('Madame', { exact: true }).tap();
  await page.getByLabel(/^Nom/).fill('Roux');
  await page.getByLabel(/^Prénom/).fill('Claire');
  await page.getByLabel(/^Adresse e-mail/).fill('claire.roux@laposte.example');
  await page.getByLabel(/^Téléphone/).fill('04 73 00 00 00');
  await page.getByText("J'accepte les conditions générales d'utilisation").tap();
  await page.getByRole('button', { name: 'Créer un compte' }).tap();
  // Luhn-valid, but not in the register.
  await page.getByLabel(/^Numéro de SIRET/).fill('44306184100047');
  await page.getByRole('button', { name: 'Suivant' }).tap();
  await expect(page.getByLabel(/^Numéro de SIRET/)).toHaveAccessibleDescription(/39 95/);
  // La Poste: not Luhn-valid, digits sum to 35.
  await page.getByLabel(/^Numéro de SIRET/).fill('35600000009075');
  await page.getByRole('button', { name: 'Suivant' }).tap();
  await expect(page.getByText('LA POSTE — PLATEFORME COURRIER')).toBeVisible();
});
