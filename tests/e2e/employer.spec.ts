import { join } from 'node:path';
import { validateOfferCommand } from '../../central-api/src/employer/validateCli';
import { centralQuery, openEmployerChoice, publishedCv } from './support/account';
import { printDir, printedText } from './support/actualisation';
import { demo, expect, fillLogin, openLogin, test } from './support/fixtures';
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
  await expect(page.getByText(/Votre espace entreprise s’ouvre sur cette borne/)).toBeVisible();
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
  await expect(page.getByText('Ces cases ouvrent l’espace des demandeurs d’emploi.')).toBeVisible();
  await fillLogin(page, {
    identifiant: 'boulangerieport',
    motDePasse: 'Farine-Levain-2026',
    codePostal: '29200',
  });
  await page.getByRole('button', { name: 'Se connecter' }).tap();
  await expect(page.getByRole('alert')).toContainText('Ces codes sont ceux d’un espace employeur');
  await expect(page.getByRole('alert')).toContainText('Je suis un employeur : me connecter');
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

test('entreprise employer: publishes an offer that, once validated, a job seeker finds and applies to; the employer sees the application', async ({
  page,
  kiosk,
}) => {
  test.slow();
  await openLogin(page, kiosk);
  await page.getByRole('button', { name: 'Je suis un employeur : me connecter' }).tap();
  await page.getByLabel(/^Identifiant/).fill('boulangerport');
  await page.getByLabel(/^Mot de passe/).fill('Levain-Port-2026');
  await page.getByRole('button', { name: 'Se connecter' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon espace employeur' })).toBeVisible();
  await expect(page.getByText('Bonjour Yann Le Gall.')).toBeVisible();
  await expect(page.getByText('certifié', { exact: true })).toBeVisible();
  await expectScreen(page, 'employer dashboard');

  await page.getByRole('button', { name: 'Publier une offre' }).tap();
  await page.getByRole('button', { name: 'Relire l’offre' }).tap();
  await expect(page.getByLabel(/^Type de contrat/)).toHaveAccessibleDescription(
    /Choisissez le type/,
  );
  await expectScreen(page, 'employer publish', 'with errors');
  await page.getByLabel(/^Métier/).fill('boulangre');
  const job = page.getByRole('region', { name: 'Métiers trouvés' }).getByRole('button').first();
  const title = (await job.innerText()).trim();
  await job.tap();
  await page.getByLabel(/^Ville du poste/).fill('Saint-Malo');
  await page.getByRole('region', { name: 'Villes trouvées' }).getByRole('button').first().tap();
  await page.getByLabel(/^Type de contrat/).selectOption('CDI');
  await page.getByText('Temps plein', { exact: true }).tap();
  await page.getByText('Débutant accepté', { exact: true }).tap();
  await page.getByLabel(/^Salaire par mois, au moins/).fill('1900');
  const description =
    'Vous faites le pain et les croissants du matin, avec notre équipe de quatre.';
  await page.getByLabel(/^Le travail à faire/).fill(description);
  await page.getByRole('button', { name: 'Relire l’offre' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Relisez votre offre' })).toBeVisible();
  await expect(page.getByText(description)).toBeVisible();
  await page.getByRole('button', { name: 'Publier l’offre' }).tap();
  await expect(page.getByText(/en attente de validation/)).toBeVisible();
  const numero = ((await page.getByText(/^Numéro de l’offre : /).innerText()).match(
    /\d{6}[A-Z]/,
  ) ?? [''])[0];
  expect(numero).toMatch(/^\d{6}[A-Z]$/);
  await page.getByRole('button', { name: 'Voir mes offres' }).tap();
  await expect(page.getByText('En attente de validation')).toBeVisible();

  // An adviser validates it (the back office's command); the visit ends.
  expect(validateOfferCommand(join(kiosk.dataDir, 'central-api.db'), numero).ok).toBe(true);
  await page.getByRole('button', { name: 'Terminer' }).tap();
  await expect(page.locator('html[data-kiosk-ready="welcome"]')).toBeAttached();
  let shown = await page.evaluate(() => document.documentElement.outerHTML);
  for (const gone of ['Yann Le Gall', description]) expect(shown).not.toContain(gone);

  // A job seeker with a CV online finds the offer by its number and applies to it.
  publishedCv(kiosk, demo.identifiant, 'Boulangère');
  await page.getByRole('button', { name: 'Commencer' }).tap();
  await fillLogin(page, demo);
  await page.getByRole('button', { name: 'Se connecter' }).tap();
  await page.getByRole('button', { name: /^Offres d’emploi/ }).tap();
  await page.getByText('Par numéro d’offre').tap();
  await page.getByLabel(/^Numéro de l’offre/).fill(numero);
  await page.getByRole('button', { name: 'Rechercher' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await expect(page.getByText('BOULANGERIE DU PORT')).toBeVisible();
  await page.getByRole('button', { name: 'Postuler à cette offre' }).tap();
  await page.getByLabel(/^Boulangère/).check({ force: true });
  const message = 'Je suis disponible tout de suite, à bientôt.';
  await page.getByLabel(/^Message à l’employeur/).fill(message);
  await page.getByRole('button', { name: 'Relire ma candidature' }).tap();
  await page.getByRole('button', { name: 'Envoyer ma candidature' }).tap();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Votre candidature est envoyée' }),
  ).toBeFocused();
  await page.getByRole('button', { name: 'Terminer' }).tap();

  // The employer, back at the kiosk, sees it with its message and its CV.
  await expect(page.locator('html[data-kiosk-ready="welcome"]')).toBeAttached();
  await page.getByRole('button', { name: 'Commencer' }).tap();
  await page.getByRole('button', { name: 'Je suis un employeur : me connecter' }).tap();
  await page.getByLabel(/^Identifiant/).fill('boulangerport');
  await page.getByLabel(/^Mot de passe/).fill('Levain-Port-2026');
  await page.getByRole('button', { name: 'Se connecter' }).tap();
  await page.getByRole('button', { name: 'Mes offres' }).tap();
  await expect(page.getByText('Publiée', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: `Voir la candidature (1) pour ${title}` }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Camille Martin' })).toBeVisible();
  await expect(page.getByText(message)).toBeVisible();
  // The offer's number is drawn at random when it is published.
  await expectScreen(page, 'employer candidatures', 'default', {
    mask: [page.getByText(/offre n° \d{6}[A-Z]/)],
  });
  await page.getByRole('button', { name: 'Voir le CV de Camille Martin' }).tap();
  await expect(page.getByRole('heading', { name: 'CV de Camille Martin' })).toBeVisible();
  await expect(page.getByText('Page 1 sur 1')).toBeVisible();
  await page.getByRole('button', { name: 'Terminer' }).tap();

  // The visit ends: nothing of the employer's screens is left.
  await expect(page.locator('html[data-kiosk-ready="welcome"]')).toBeAttached();
  shown = await page.evaluate(() => document.documentElement.outerHTML);
  for (const gone of ['Yann Le Gall', description, message]) expect(shown).not.toContain(gone);
});
