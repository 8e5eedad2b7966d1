import { centralQuery, openEmployerChoice } from './support/account';
import { printDir, printedText } from './support/actualisation';
import { expect, fillLogin, test } from './support/fixtures';
import { expectScreen } from './support/screen';

const printed = printDir();
test.use({ kioskOptions: { printCaptureDir: printed } });

test('entreprise: account, SIRET checked (Luhn), establishment confirmed, pending certification, told where to sign in', async ({
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
  await page.getByLabel(/^Écrivez de nouveau le mot de passe/).fill('Farine-Levain-2026');
  await page.getByText('Monsieur', { exact: true }).tap();
  await page.getByLabel(/^Nom/).fill('Le Gall');
  await page.getByLabel(/^Prénom/).fill('Yann');
  await page.getByLabel(/^Adresse e-mail/).fill('contact@boulangerie-port.example');
  await page.getByLabel(/^Téléphone/).fill('+33 (0)2 99 40 00 00');
  await page.getByRole('button', { name: 'Créer un compte' }).tap();
  await expect(
    page.getByText(/cochez la case : vous acceptez les conditions générales d’utilisation/),
  ).toBeVisible();
  await expect(page.getByLabel(/^Nom/)).toHaveValue('Le Gall');
  // The conditions are read before they are accepted; closing them changes nothing typed.
  await page.getByRole('button', { name: 'Lire les conditions' }).tap();
  const cgu = page.getByRole('dialog', { name: /Conditions générales d’utilisation/ });
  await expect(cgu).toContainText('Vos codes sont personnels');
  await expectScreen(page, 'employer account', 'conditions read');
  await cgu.getByRole('button', { name: 'Fermer' }).tap();
  await expect(cgu).toHaveCount(0);
  await expect(page.getByLabel(/^Nom/)).toHaveValue('Le Gall');
  await page.getByText("J'accepte les conditions générales d'utilisation").tap();
  await page.getByRole('button', { name: 'Créer un compte' }).tap();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rattacher votre établissement');
  await page.getByLabel(/^Numéro de SIRET/).fill('73282932000075');
  await page.getByRole('button', { name: 'Suivant' }).tap();
  await expect(page.getByLabel(/^Numéro de SIRET/)).toHaveAccessibleDescription(/n’existe pas/);
  await expectScreen(page, 'employer SIRET', 'with error');
  await page.getByLabel(/^Numéro de SIRET/).fill('732 829 320 00074');
  await page.getByRole('button', { name: 'Suivant' }).tap();

  await expect(
    page.getByText('Est-ce bien votre établissement ? Si oui, touchez « Valider ».'),
  ).toBeVisible();
  await expect(page.getByText('BOULANGERIE DU PORT')).toBeVisible();
  await expectScreen(page, 'employer establishment');
  await page.getByRole('button', { name: 'Valider' }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Votre compte entreprise est créé',
  );
  await expect(page.getByText(/va certifier votre compte/)).toBeVisible();
  await expect(
    page.getByText(/Votre espace entreprise s’ouvre sur pro\.francetravail\.fr/),
  ).toBeVisible();
  await expectScreen(page, 'employer created');
  await page.getByRole('button', { name: 'Imprimer le récapitulatif' }).tap();
  await expect(page.getByText(/Le récapitulatif est imprimé/)).toBeVisible();
  const recap = await printedText(printed);
  expect(recap).toContain('Récapitulatif de création de votre compte entreprise');
  expect(recap).toContain('Monsieur Yann Le Gall');
  expect(recap).toContain('BOULANGERIE DU PORT');
  expect(recap).toContain('pro.francetravail.fr');
  expect(recap).not.toContain('Farine-Levain-2026');

  const [row] = centralQuery<{ siret: string; certification: string; profile_json: string }>(
    kiosk,
    "SELECT siret, certification, profile_json FROM employer_accounts WHERE identifiant = 'BOULANGERIEPORT'",
  );
  expect(row).toMatchObject({ siret: '73282932000074', certification: 'pending_adviser' });
  expect(row?.profile_json).not.toContain('Farine');

  // Next visit, the same codes at the job seekers' sign-in: where to go, not "incorrect".
  await page.getByRole('main').getByRole('button', { name: 'Terminer' }).tap();
  await expect(page.locator('html[data-kiosk-ready="welcome"]')).toBeAttached();
  await page.getByRole('button', { name: 'Commencer' }).tap();
  await expect(page.getByText('Cette borne ouvre l’espace des demandeurs d’emploi.')).toBeVisible();
  await fillLogin(page, {
    identifiant: 'boulangerieport',
    motDePasse: 'Farine-Levain-2026',
    codePostal: '29200',
  });
  await page.getByRole('button', { name: 'Se connecter' }).tap();
  await expect(page.getByRole('alert')).toContainText('Ces codes sont ceux d’un espace employeur');
  await expect(page.getByRole('alert')).toContainText('pro.francetravail.fr');
  await expect(page.getByRole('alert')).not.toContainText('incorrect');
  await expect(page.getByLabel(/^Mot de passe/)).toHaveValue('');
});

test('entreprise: a La Poste SIRET follows its own rule, an unknown one points to the 39 95', async ({
  page,
  kiosk,
}) => {
  await openEmployerChoice(page, kiosk);
  await page.getByRole('button', { name: 'Entreprise', exact: true }).tap();
  await page.getByLabel(/^Identifiant/).fill('postierclermont');
  await page.getByLabel(/^Mot de passe/).fill('Courrier-Tri-2026');
  await page.getByLabel(/^Écrivez de nouveau le mot de passe/).fill('Courrier-Tri-2026');
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
