import type { Page } from '@playwright/test';
import { centralQuery, mailedSecrets, nirWithKey, openEmployerChoice } from './support/account';
import { expect, test } from './support/fixtures';
import { expectScreen } from './support/screen';

// Seed 000's person: Monsieur, born 23 May 1995 in Clermont-Ferrand (63113).
const nir = nirWithKey('1950563113012');
const badKeyNir = `${nir.slice(0, 13)}${String((Number(nir.slice(13)) % 97) + 1).padStart(2, '0')}`;

/** What a person knows: which of the three words is a colour, an animal, a fruit. */
const categories: Record<string, string[]> = {
  couleur: ['violet', 'rouge', 'vert', 'jaune', 'bleu'],
  animal: ['chat', 'cheval', 'lapin', 'mouton', 'canard'],
  fruit: ['pomme', 'poire', 'cerise', 'fraise', 'banane'],
};
const categoryOf: Record<string, string> = {
  'une couleur': 'couleur',
  'un animal': 'animal',
  'un fruit': 'fruit',
};

const next = (page: Page) => page.getByRole('button', { name: 'Valider et continuer' });
const stepTitle = (page: Page, title: string) =>
  expect(page.locator('.fr-stepper__title')).toContainText(title);
const answerField = (page: Page) => page.getByLabel(/^Quel mot parmi ces trois propositions/);

/** The question on screen → [right word, a wrong word]. */
async function readQuestion(page: Page): Promise<[string, string]> {
  await expect(answerField(page)).toBeVisible();
  const label = (await page.locator('label[for="pem-answer"]').innerText()).split('\n')[0] ?? '';
  const match = /est (une couleur|un animal|un fruit) : (.+) \?/.exec(label);
  expect(match, label).not.toBeNull();
  const words = (match?.[2] ?? '').split(', ');
  const inCategory = categories[categoryOf[match?.[1] ?? ''] ?? ''] ?? [];
  const right = words.find((w) => inCategory.includes(w)) ?? '';
  const wrong = words.find((w) => !inCategory.includes(w)) ?? '';
  return [right, wrong];
}

test('particulier employeur: état civil to confirmation, anti-robot checked by the central API, pending an adviser', async ({
  page,
  kiosk,
}) => {
  test.slow();
  await openEmployerChoice(page, kiosk);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Créer un compte employeur');
  await expectScreen(page, 'employer choice');
  await page.getByRole('button', { name: 'Particulier employeur' }).tap();

  // État civil: a NIR with a wrong key is explained beside it, everything else kept.
  await stepTitle(page, 'Votre état civil');
  await expect(page.getByText(/ne vous demande jamais vos codes/)).toBeVisible();
  await expectScreen(page, 'particulier: état civil');
  await page.getByText('Monsieur', { exact: true }).tap();
  await page.getByLabel(/^Nom de naissance/).fill('Particulier');
  await page.getByLabel(/^Prénom/).fill('Employeur');
  await page.getByLabel(/^Numéro de sécurité sociale/).fill(badKeyNir);
  await page.getByLabel(/^Né\(e\) le/).fill('23/05/1995');
  await page.getByLabel(/^Né\(e\) à/).fill('63100');
  await expect(page.getByText('Commune : Clermont-Ferrand')).toBeVisible();
  await next(page).tap();
  await expect(page.getByLabel(/^Numéro de sécurité sociale/)).toBeFocused();
  await expect(page.getByLabel(/^Numéro de sécurité sociale/)).toHaveAccessibleDescription(
    /Les 2 derniers chiffres ne vont pas avec le numéro/,
  );
  await expect(page.getByLabel(/^Nom de naissance/)).toHaveValue('Particulier');
  await expect(page.getByLabel(/^Prénom/)).toHaveValue('Employeur');
  await expect(page.getByLabel(/^Né\(e\) le/)).toHaveValue('23/05/1995');
  await expect(page.getByText('Commune : Clermont-Ferrand')).toBeVisible();
  await expectScreen(page, 'particulier: état civil', 'with a bad NIR');
  // Keyboard: correct the NIR, then Enter sends the form.
  await page.getByLabel(/^Numéro de sécurité sociale/).fill(nir);
  await page.keyboard.press('Enter');

  // Coordonnées.
  await stepTitle(page, 'Vos coordonnées');
  await page.getByLabel(/^Code postal$/).fill('63100');
  await expect(page.getByText('Commune : Clermont-Ferrand')).toBeVisible();
  await page.getByLabel(/^Numéro et nom de la rue/).fill('avenue Edouard Michelin');
  await page.getByLabel(/^Adresse e-mail/).fill('votreadressemail@adressemail.fr');
  await page.getByLabel(/^Écrivez de nouveau votre adresse e-mail/).fill('autre@adressemail.fr');
  await page.getByLabel(/^Téléphone 1/).fill('06 00 00 00 00');
  await expectScreen(page, 'particulier: coordonnées');
  await next(page).tap();
  await expect(
    page.getByLabel(/^Écrivez de nouveau votre adresse e-mail/),
  ).toHaveAccessibleDescription(/ne sont pas les mêmes/);
  await expect(page.getByLabel(/^Téléphone 1/)).toHaveValue('06 00 00 00 00');
  await page
    .getByLabel(/^Écrivez de nouveau votre adresse e-mail/)
    .fill('votreadressemail@adressemail.fr');
  await page.getByText('J’accepte de recevoir des courriels de France Travail').tap();
  await next(page).tap();

  // Question secrète.
  await stepTitle(page, 'Question secrète');
  await page.getByLabel(/^Question secrète/).selectOption('villeNaissance');
  await page.getByLabel(/^Réponse/).fill('Clermont');
  await expectScreen(page, 'particulier: question secrète');
  await next(page).tap();

  // Contrôle de sécurité: a new question (5 allowed), a wrong answer, then the right one.
  await stepTitle(page, 'Contrôle de sécurité');
  await expect(page.getByText(/vérifie que vous êtes une personne, pas un robot/)).toBeVisible();
  await readQuestion(page);
  await expectScreen(page, 'particulier: contrôle de sécurité');
  await page.getByRole('button', { name: /Changer de question \(encore 5 fois/ }).tap();
  await expect(
    page.getByRole('button', { name: /Changer de question \(encore 4 fois/ }),
  ).toBeVisible();
  const [, wrong] = await readQuestion(page);
  await answerField(page).fill(wrong);
  await page.keyboard.press('Enter');
  await expect(answerField(page)).toHaveAccessibleDescription(/pas la bonne réponse/);
  await expect(answerField(page)).toHaveValue('');
  await expectScreen(page, 'particulier: contrôle de sécurité', 'wrong answer');
  const [right] = await readQuestion(page);
  await answerField(page).fill(right.toUpperCase());
  await page.keyboard.press('Enter');

  // Review: masked NIR, "Modifier" keeps everything, nothing sent before the CGU.
  await stepTitle(page, 'Vérification');
  await expect(page.getByText('19505XXXXXXXXXX')).toBeVisible();
  await expect(page.getByText(nir)).toHaveCount(0);
  await expect(page.getByText('Monsieur Employeur Particulier')).toBeVisible();
  await expectScreen(page, 'particulier: review');
  await page.getByRole('button', { name: 'Modifier « Vos coordonnées »' }).tap();
  await stepTitle(page, 'Vos coordonnées');
  await expect(page.getByLabel(/^Adresse e-mail/)).toHaveValue('votreadressemail@adressemail.fr');
  await page.getByLabel(/^Numéro et nom de la rue/).fill('12 avenue Edouard Michelin');
  await page.getByRole('button', { name: 'Revenir à la vérification' }).tap();
  await stepTitle(page, 'Vérification');
  await expect(page.getByText(/12 avenue Edouard Michelin/)).toBeVisible();
  await page.getByRole('button', { name: 'Valider la création de mon espace' }).tap();
  await expect(
    page.getByText(/cochez la case : vous acceptez les conditions générales/),
  ).toBeVisible();
  expect(
    // Nothing created yet (beside the seeded demo spaces).
    centralQuery(
      kiosk,
      "SELECT 1 FROM employer_accounts WHERE kind = 'particulier' AND reference NOT LIKE 'DEMO-%'",
    ),
  ).toHaveLength(0);
  await page.getByText(/J’accepte les conditions générales d’utilisation de mon espace/).tap();
  await page.getByRole('button', { name: 'Valider la création de mon espace' }).tap();

  // Confirmation: the three e-mails, first sign-in, partial services until certification.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votre espace est créé');
  await expect(page.getByText('un courriel avec votre mot de passe provisoire.')).toBeVisible();
  await expect(page.getByText(/vous choisirez votre propre mot de passe/)).toBeVisible();
  await expect(
    page.getByText(/Un conseiller France Travail va certifier votre espace/),
  ).toBeVisible();
  await expect(
    page.getByText(/Votre espace Particulier employeur s’ouvre sur cette borne/),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimer le récapitulatif' })).toBeVisible();
  await expectScreen(page, 'particulier: confirmation');
  const reference = /PEM-[A-Z0-9]{8}/.exec(await page.locator('main').innerText())?.[0];
  expect(reference).toBeDefined();

  // The central API's side: the space waits for an adviser; three e-mails, no NIR in them; the
  // kiosk never showed the identifiant's temporary password.
  const [account] = centralQuery<{
    certification: string;
    must_change_password: number;
    identifiant: string;
  }>(
    kiosk,
    'SELECT certification, must_change_password, identifiant FROM employer_accounts WHERE reference = ?',
    reference,
  );
  expect(account).toMatchObject({ certification: 'pending_adviser', must_change_password: 1 });
  const emails = centralQuery<{ kind: string; body_json: string }>(
    kiosk,
    'SELECT kind, body_json FROM outgoing_emails WHERE body_json LIKE ? ORDER BY id',
    `%${reference}%`,
  );
  expect(emails.map((e) => e.kind)).toEqual([
    'employer_confirm_email',
    'employer_identifiant',
    'employer_temporary_password',
  ]);
  for (const e of emails) expect(e.body_json).not.toContain(nir.slice(0, 13));
  const { temporaryPassword = '' } = mailedSecrets(kiosk, 'employer_temporary_password');
  expect(temporaryPassword).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
  const shown = await page.locator('body').innerText();
  expect(shown).not.toContain(temporaryPassword);
  expect(shown).not.toContain(account?.identifiant);
});
