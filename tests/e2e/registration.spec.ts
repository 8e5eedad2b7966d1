import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { centralQuery, nirWithKey } from './support/account';
import { expect, fillLogin, openLogin, test } from './support/fixtures';
import { expectScreen } from './support/screen';

const printDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-print-'));
test.use({ kioskOptions: { env: { KIOSK_PRINT_CAPTURE_DIR: printDir } } });

const codes = { identifiant: 'lucieMoreau', motDePasse: 'Riviere-Loire-2026' };
// A woman born in March 1990 in Ajaccio (Corse-du-Sud: 2A).
const nir = nirWithKey('290032A004071');

const next = (page: Page) => page.getByRole('button', { name: 'Enregistrer et continuer' });
const stepTitle = (page: Page, title: string) =>
  expect(page.locator('.fr-stepper__title')).toContainText(title);

async function fillAccessCodes(page: Page) {
  await page.getByLabel(/^Identifiant/).fill(codes.identifiant);
  await page.getByRole('button', { name: 'Vérifier si ce nom est libre' }).tap();
  await expect(page.getByText('Ce nom est libre : vous pouvez le garder.')).toBeVisible();
  await page.getByLabel(/^Mot de passe/).fill(codes.motDePasse);
  await page.getByLabel(/^Confirmation du mot de passe/).fill(codes.motDePasse);
  await page.getByLabel(/^Code postal de l’adresse où vous habitez/).fill('22200');
  await page.getByLabel(/^Question secrète/).selectOption('villeNaissance');
  await page.getByLabel(/^Réponse à la question secrète/).fill('Ajaccio');
}

test('a newcomer registers, then signs in with the provisional codes to a limited space', async ({
  page,
  kiosk,
}) => {
  // Nine axe-core passes on a 2-core machine shared with other suites.
  test.slow();
  await openLogin(page, kiosk);
  await page.getByRole('button', { name: "Je n'ai pas d'espace : m'inscrire" }).tap();
  await expect(page.locator('html[data-kiosk-ready="registration"]')).toBeAttached();
  await stepTitle(page, "Mes codes d'accès");
  await expect(
    page.getByText(/Ces codes marchent jusqu’à votre rendez-vous d’inscription/),
  ).toBeVisible();
  await expectScreen(page, "registration: codes d'accès");

  // Bad input: messages next to the fields, and nothing typed is lost.
  await page.getByLabel(/^Identifiant/).fill('1234567A');
  await page.getByLabel(/^Mot de passe/).fill('court');
  await next(page).tap();
  await expect(page.getByLabel(/^Identifiant/)).toHaveAccessibleDescription(
    /réservés à France Travail/,
  );
  await expect(page.getByLabel(/^Mot de passe/)).toHaveAccessibleDescription(
    /au moins 12 caractères/,
  );
  await expect(page.getByLabel(/^Identifiant/)).toBeFocused();
  await expectScreen(page, "registration: codes d'accès", 'with errors');
  await fillAccessCodes(page);
  await expect(page.locator('.kiosk-checklist__unmet')).toHaveCount(0);
  await next(page).tap();

  await stepTitle(page, 'Mon état civil');
  await expectScreen(page, 'registration: état civil');
  await page.getByText('Madame', { exact: true }).tap();
  await page.getByLabel(/^Nom de naissance/).fill('Moreau');
  await page.getByLabel(/^Prénom/).fill('Lucie');
  await page.getByLabel(/^Date de naissance/).fill('14/04/1990');
  await page.getByLabel(/^Numéro de sécurité sociale/).fill(nir);
  await next(page).tap();
  // The NIR says March, the date says April: explained next to the NIR, values kept.
  await expect(page.getByLabel(/^Numéro de sécurité sociale/)).toHaveAccessibleDescription(
    /Le mois dans le numéro n’est pas celui de votre date de naissance/,
  );
  await expect(page.getByLabel(/^Nom de naissance/)).toHaveValue('Moreau');
  await page.getByLabel(/^Date de naissance/).fill('14/03/1990');
  await page.getByLabel(/^Code postal de la commune de naissance/).fill('20000');
  await expect(page.getByText('Commune : Ajaccio')).toBeVisible();
  await next(page).tap();

  await stepTitle(page, 'Mes coordonnées');
  await page.getByLabel(/^Adresse \(numéro/).fill('5 rue Notre-Dame');
  // The code postal given with the codes is not asked again: its communes are offered.
  await expect(page.getByText('Code postal : 22200 (celui indiqué avec vos codes')).toBeVisible();
  await expect(page.getByLabel(/^Code postal/)).toHaveCount(0);
  await page.getByLabel(/^Commune/).selectOption({ label: 'Guingamp' });
  await page.getByLabel(/^Téléphone portable/).fill('01 45 67 89 10');
  await expectScreen(page, 'registration: coordonnées');
  await next(page).tap();
  await expect(page.getByLabel(/^Téléphone portable/)).toHaveAccessibleDescription(/06 ou 07/);
  await expectScreen(page, 'registration: coordonnées', 'with errors');
  await page.getByLabel(/^Téléphone portable/).fill('06 12 34 56 78');
  await page.getByLabel(/^Adresse e-mail \(/).fill('lucie.moreau@example.fr');
  await page.getByLabel(/^Confirmation de l'adresse e-mail/).fill('lucie.moreau@example.fr');
  await next(page).tap();

  await stepTitle(page, 'Ma situation');
  await page.getByLabel(/^Votre situation professionnelle/).selectOption('finContrat');
  await page.getByLabel(/^Votre qualification/).selectOption('employeQualifie');
  await next(page).tap();
  // A legal question has no answer chosen for the person: asked for beside it.
  await expect(page.getByText('Dites si vous avez déjà été inscrit')).toBeVisible();
  await expect(
    page.getByText(/cochez la case : vous acceptez les conditions générales d’utilisation/),
  ).toBeVisible();
  await page.locator('label[for="reg-dejaInscrit-1"]').tap();
  await page.getByText("J'accepte les conditions générales d'utilisation").tap();
  await expectScreen(page, 'registration: situation');
  await next(page).tap();

  await stepTitle(page, 'Vérification');
  await expect(page.getByText('29003XXXXXXXXXX')).toBeVisible();
  await expect(page.getByText(nir)).toHaveCount(0);
  await expectScreen(page, 'registration: review');
  await page.getByRole('button', { name: 'Modifier : Mes coordonnées' }).tap();
  await stepTitle(page, 'Mes coordonnées');
  await expect(page.getByLabel(/^Adresse \(numéro/)).toHaveValue('5 rue Notre-Dame');
  await page.getByLabel(/^Adresse \(numéro/).fill('7 rue Notre-Dame');
  await page.getByRole('button', { name: 'Enregistrer et revenir à la vérification' }).tap();
  await expect(page.getByText('7 rue Notre-Dame')).toBeVisible();
  await page.getByRole('button', { name: 'Envoyer ma demande' }).tap();

  await expect(
    page.getByRole('heading', { level: 1, name: /demande d’inscription est enregistrée/ }),
  ).toBeVisible();
  const reference = (await page.getByText(/Votre référence : INS-/).textContent())?.match(
    /INS-[A-Z0-9]{8}/,
  )?.[0];
  expect(reference).toBeTruthy();
  await expect(page.getByRole('radio')).toHaveCount(3);
  await expect(
    page.getByText(/Vos codes d’accès marchent jusqu’à votre rendez-vous/),
  ).toBeVisible();
  // Where to go: the agency serving Guingamp, with its address.
  await expect(page.getByText(/Agence France Travail Guingamp, 8 rue de la Trinité/)).toHaveCount(
    3,
  );
  await expectScreen(page, 'registration: confirmation');
  // The design system draws the radio inside its label: touch the label, as a user would.
  await page.locator('label[for="appointment-1"]').tap();
  await expect(page.getByRole('radio').nth(1)).toBeChecked();
  await page.getByRole('button', { name: 'Confirmer ce rendez-vous' }).tap();
  await expect(page.getByText(/Rendez-vous confirmé/)).toBeVisible();
  await page.getByRole('button', { name: 'Imprimer mon récépissé' }).tap();
  await expect(page.getByText(/Votre récépissé est imprimé/).first()).toBeVisible();

  const [file] = readdirSync(printDir).filter((f) => f.endsWith('registration-receipt.pdf'));
  const text = execFileSync('pdftotext', [join(printDir, file ?? ''), '-'], { encoding: 'utf8' });
  expect(text).toContain(reference);
  expect(text).toContain('Lucie Moreau');
  expect(text).not.toContain(nir);
  expect(text).not.toContain(codes.motDePasse);
  expect(text).toContain('8 rue de la Trinité, 22200 Guingamp');
  expect(text).toMatch(/codes d’accès marchent jusqu’à votre rendez-vous/);

  const [row] = centralQuery<{ status: string; appointment_at: string | null; draft_json: string }>(
    kiosk,
    'SELECT status, appointment_at, draft_json FROM registrations WHERE reference = ?',
    reference,
  );
  expect(row?.status).toBe('submitted');
  expect(row?.appointment_at).toBeTruthy();
  expect(JSON.parse(row?.draft_json ?? '{}').coordonnees.adresse).toBe('7 rue Notre-Dame');

  await page.getByRole('button', { name: 'Terminer' }).first().tap();
  await expect(page.locator('html[data-kiosk-ready="welcome"]')).toBeAttached();

  // Back another day: « Reprendre mon inscription » says it is sent and leads to sign-in.
  await page.getByRole('button', { name: 'Commencer' }).tap();
  await page.getByRole('button', { name: 'Reprendre mon inscription' }).tap();
  await page.getByLabel(/^Identifiant/).fill(codes.identifiant);
  await page.getByLabel(/^Mot de passe/).fill(codes.motDePasse);
  await page.getByRole('button', { name: 'Reprendre', exact: true }).tap();
  await expect(page.getByRole('alert')).toContainText('est déjà envoyée');
  await page.getByRole('button', { name: 'Me connecter avec mes codes' }).tap();
  await fillLogin(page, { ...codes, codePostal: '22200' });
  await page.getByRole('button', { name: 'Se connecter' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Lucie Moreau' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    /Vos codes marchent jusqu’à votre rendez-vous du \w+ \d+ \w+ \d{4} à/,
  );
  await expect(page.getByText('8 rue de la Trinité, 22200 Guingamp')).toBeVisible();
  await expect(page.getByRole('button', { name: /Envoyer un document/ })).toBeVisible();
  // Services that need a validated registration are not offered.
  await expect(page.getByRole('button', { name: /M'actualiser/ })).toHaveCount(0);
  await expectScreen(page, 'dashboard: provisional codes');
});

test('a draft is resumed with identifiant + mot de passe at the first unsaved step', async ({
  page,
  kiosk,
}) => {
  await openLogin(page, kiosk);
  await page.getByRole('button', { name: "Je n'ai pas d'espace : m'inscrire" }).tap();
  await fillAccessCodes(page);
  await next(page).tap();
  await stepTitle(page, 'Mon état civil');
  await page.getByText('Madame', { exact: true }).tap();
  await page.getByLabel(/^Nom de naissance/).fill('Moreau');
  await page.getByLabel(/^Prénom/).fill('Lucie');
  await page.getByLabel(/^Date de naissance/).fill('14/03/1990');
  await page.getByText("Je n'ai pas de numéro de sécurité sociale").tap();
  await page.getByLabel(/^Pays de naissance/).fill('Belgique');
  await next(page).tap();
  await stepTitle(page, 'Mes coordonnées');
  // Walk away: the visit ends and the terminal forgets everything.
  await page.getByRole('button', { name: 'Abandonner' }).tap();
  await expect(page.locator('html[data-kiosk-ready="welcome"]')).toBeAttached();

  // The access codes are right but the registration is not validated: no session, and the way back in.
  await page.getByRole('button', { name: 'Commencer' }).tap();
  await fillLogin(page, { ...codes, codePostal: '22200' });
  await page.getByRole('button', { name: 'Se connecter' }).tap();
  await expect(page.getByRole('alert')).toContainText("n'est pas finie");
  await expect(page.locator('html[data-kiosk-ready="login"]')).toBeAttached();
  await page.getByRole('button', { name: 'Reprendre mon inscription' }).tap();
  await expect(page.locator('html[data-kiosk-ready="registrationResume"]')).toBeAttached();
  await expectScreen(page, 'resume');
  await page.getByLabel(/^Identifiant/).fill(codes.identifiant);
  await page.getByLabel(/^Mot de passe/).fill('Riviere-Loire-2027');
  await page.getByRole('button', { name: 'Reprendre', exact: true }).tap();
  await expect(page.getByRole('alert')).toContainText(
    'Votre identifiant ou votre mot de passe n’est pas bon',
  );
  await page.getByLabel(/^Mot de passe/).fill(codes.motDePasse);
  await page.getByRole('button', { name: 'Reprendre', exact: true }).tap();
  await stepTitle(page, 'Mes coordonnées');
  await page.getByRole('button', { name: 'Étape précédente' }).tap();
  await stepTitle(page, 'Mon état civil');
  await expect(page.getByLabel(/^Nom de naissance/)).toHaveValue('Moreau');
  await expect(page.getByLabel(/^Pays de naissance/)).toHaveValue('Belgique');
});

test('the first registration step works with the keyboard alone', async ({ page, kiosk }) => {
  await openLogin(page, kiosk);
  await page.getByRole('button', { name: "Je n'ai pas d'espace : m'inscrire" }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByLabel(/^Identifiant/).focus();
  await page.keyboard.type('clavierSeul1');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Vérifier si ce nom est libre' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Ce nom est libre : vous pouvez le garder.')).toBeVisible();
  await page.getByLabel(/^Mot de passe/).focus();
  await page.keyboard.type('Clavier-Seul-2026');
  await page.getByLabel(/^Confirmation du mot de passe/).focus();
  await page.keyboard.type('Clavier-Seul-2026');
  await page.getByLabel(/^Code postal de l’adresse où vous habitez/).focus();
  await page.keyboard.type('69003');
  await page.getByLabel(/^Question secrète/).focus();
  await page.keyboard.press('ArrowDown');
  await page.getByLabel(/^Réponse à la question secrète/).focus();
  await page.keyboard.type('Lyon');
  await page.keyboard.press('Enter');
  await stepTitle(page, 'Mon état civil');
});
