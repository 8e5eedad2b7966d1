import { readFileSync } from 'node:fs';
import { centralQuery, mailedSecrets } from './support/account';
import { demo, expect, fillLogin, openLogin, test } from './support/fixtures';
import { expectScreen } from './support/screen';

const temporary = { identifiant: '3456789D', motDePasse: 'Provisoire-2026', codePostal: '33000' };
/** Whether this branch's central API can answer 429 account_locked (its OpenAPI document says so). */
const serverLocks = readFileSync(
  new URL('../../shared/api/openapi.json', import.meta.url),
  'utf8',
).includes('account_locked');

const karim = { identifiant: '7654321B', motDePasse: 'Soleil-Juin-8', codePostal: '22200' };

test('first sign-in with a temporary password asks for a new one before the dashboard', async ({
  page,
  kiosk,
}) => {
  await openLogin(page, kiosk);
  await fillLogin(page, temporary);
  await page.getByRole('button', { name: 'Se connecter' }).tap();
  await expect(page.locator('html[data-kiosk-ready="passwordChange"]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choisissez votre mot de passe');
  await expectScreen(page, 'password change');
  await page.getByLabel(/^Nouveau mot de passe/).fill('Bordeaux');
  await page.getByLabel(/^Confirmez/).fill('Bordeaux');
  await page.getByRole('button', { name: 'Valider' }).tap();
  await expect(page.getByLabel(/^Nouveau mot de passe/)).toHaveAccessibleDescription(
    /au moins 12 caractères/,
  );
  await expectScreen(page, 'password change', 'with errors');
  await page.getByLabel(/^Nouveau mot de passe/).fill('Bordeaux-Quais-2026');
  await page.getByLabel(/^Confirmez/).fill('Bordeaux-Quais-2026');
  await page.getByRole('button', { name: 'Valider' }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mot de passe modifié');
  await expectScreen(page, 'password change', 'done');
  await page.getByRole('button', { name: 'Accéder à mon espace' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Nora Lefèvre' })).toBeVisible();

  // Next visit: the new password works and no change is asked any more.
  await page.getByRole('button', { name: 'Terminer' }).tap();
  await expect(page.locator('html[data-kiosk-ready="welcome"]')).toBeAttached();
  await page.getByRole('button', { name: 'Commencer' }).tap();
  await fillLogin(page, { ...temporary, motDePasse: 'Bordeaux-Quais-2026' });
  await page.getByRole('button', { name: 'Se connecter' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Nora Lefèvre' })).toBeVisible();
});

test('forgotten password: the secret answer gets a temporary password by e-mail, never shown', async ({
  page,
  kiosk,
}) => {
  await openLogin(page, kiosk);
  // Forgotten identifiant: sent home, never shown, the same words whoever asks.
  await page.getByRole('button', { name: 'Identifiant oublié ?' }).tap();
  await page.getByLabel(/^Nom/).fill('MARTIN');
  await page.getByLabel(/^Prénom/).fill('camille');
  await page.getByLabel(/^Code postal/).fill('75011');
  await page.getByRole('button', { name: 'Recevoir mon identifiant' }).tap();
  await expect(page.getByText(/Choisissez comment recevoir votre identifiant/)).toBeVisible();
  await expect(page.getByLabel(/^Nom/)).toHaveValue('MARTIN');
  await page.getByText('Par courrier, à votre adresse').tap();
  await page.getByRole('button', { name: 'Recevoir mon identifiant' }).tap();
  const sentWords = page.getByText(/Si ces informations sont celles d’un compte/);
  await expect(sentWords).toBeVisible();
  await expectScreen(page, 'forgotten identifiant', 'sent');
  expect(await page.content()).not.toContain('1234567A');
  expect(
    centralQuery(kiosk, "SELECT user_id FROM outgoing_emails WHERE kind = 'identifiant_reminder'"),
  ).toHaveLength(1);
  await page.getByRole('button', { name: 'Retour à la connexion' }).tap();

  // An account without a secret question is sent to the reception desk, not shown a decoy.
  await page.getByRole('button', { name: 'Mot de passe oublié ?' }).tap();
  await expect(page.locator('html[data-kiosk-ready="passwordForgotten"]')).toBeAttached();
  await expectScreen(page, 'forgotten password');
  await page.getByLabel(/^Identifiant/).fill(demo.identifiant);
  await page.getByRole('button', { name: 'Continuer' }).tap();
  await expect(page.getByRole('heading', { name: 'Demandez à l’accueil' })).toBeVisible();
  await expect(page.getByLabel(/Nom de votre ville de naissance|question/i)).toHaveCount(0);
  await page.getByRole('button', { name: 'Retour à la connexion' }).tap();
  await page.getByRole('button', { name: 'Mot de passe oublié ?' }).tap();
  await page.getByLabel(/^Identifiant/).fill(karim.identifiant);
  await page.getByRole('button', { name: 'Continuer' }).tap();
  const answer = page.getByLabel(/Nom de votre ville de naissance/);
  await answer.fill('Brest');
  await page.getByRole('button', { name: 'Recevoir un mot de passe provisoire' }).tap();
  await expect(page.getByRole('alert')).toContainText(
    'Votre identifiant ou votre réponse n’est pas bon',
  );
  await expect(answer).toHaveValue('Brest');
  await expectScreen(page, 'forgotten password', 'with error');
  await answer.fill('guingamp');
  await page.getByRole('button', { name: 'Recevoir un mot de passe provisoire' }).tap();
  // Where it went, masked: Karim's address is karim.benali@example.fr.
  await expect(page.getByText(/provisoire à l’adresse k…@e…fr\./)).toBeVisible();
  await expect(page.getByText('karim.benali', { exact: false })).toHaveCount(0);
  await expectScreen(page, 'forgotten password', 'sent');

  const { temporaryPassword = '' } = mailedSecrets(kiosk, 'temporary_password');
  // Easy to read aloud from a phone and type: two groups of five, no look-alike characters.
  expect(temporaryPassword).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
  expect(await page.content()).not.toContain(temporaryPassword);

  await page.getByRole('button', { name: 'Retour à la connexion' }).tap();
  await fillLogin(page, { ...karim, motDePasse: temporaryPassword });
  await page.getByRole('button', { name: 'Se connecter' }).tap();
  await expect(page.locator('html[data-kiosk-ready="passwordChange"]')).toBeAttached();
});

test('the digit pad types a numeric password (the legacy code confidentiel)', async ({
  page,
  kiosk,
}) => {
  await openLogin(page, kiosk);
  await page.getByLabel(/^Identifiant/).fill('2345678C');
  await page.getByRole('button', { name: 'Saisir avec le clavier à chiffres' }).tap();
  const pad = page.getByRole('group', { name: /Clavier à chiffres/ });
  await expectScreen(page, 'sign-in', 'with the digit pad');
  for (const digit of '482913') await pad.getByRole('button', { name: digit, exact: true }).tap();
  await page.getByLabel(/^Code postal/).fill('69003');
  await page.getByRole('button', { name: 'Se connecter' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Léa Dubois' })).toBeVisible();
});

test('five wrong passwords lock the account and say how long to wait', async ({ page, kiosk }) => {
  // The central API locks the account (sessions route, 429 account_locked with
  // retryAfterSeconds); the message is proven by tests/renderer/signin-paths.test.tsx. Skipped
  // against a central API that does not lock.
  test.fixme(!serverLocks, 'the central API of this branch has no sign-in lockout yet');
  await openLogin(page, kiosk);
  for (let i = 0; i < 5; i += 1) {
    await fillLogin(page, { ...demo, motDePasse: `PasLeBon-${i}` });
    await page.getByRole('button', { name: 'Se connecter' }).tap();
    await expect(page.getByRole('alert')).toBeVisible();
  }
  await fillLogin(page, demo);
  await page.getByRole('button', { name: 'Se connecter' }).tap();
  await expect(page.getByRole('alert')).toContainText(/bloqué pendant \d+ minute/);
});
