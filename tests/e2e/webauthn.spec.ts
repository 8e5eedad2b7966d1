import type { CDPSession, Page } from '@playwright/test';
import { centralQuery } from './support/account';
import { demo, expect, openLogin, signIn, test } from './support/fixtures';
import { expectScreen } from './support/screen';

/**
 * Chromium's virtual authenticator (CDP WebAuthn domain) stands for the user's own USB security
 * key: ctap2 over usb, resident keys, user verification. Never the platform authenticator.
 */
async function plugSecurityKey(page: Page, isUserVerified: boolean) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'usb',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

test('a security key registered from the dashboard signs in without identifiant or password', async ({
  page,
  kiosk,
}) => {
  test.slow();
  expect(new URL(kiosk.url).hostname).toBe('localhost');
  const key = await plugSecurityKey(page, true);
  await signIn(page, kiosk);
  await page.getByRole('button', { name: /Ma clé de sécurité/ }).tap();
  await expect(page.locator('html[data-kiosk-ready="securityKey"]')).toBeAttached();
  await expectScreen(page, 'security key');
  await page.getByRole('button', { name: 'Enregistrer ma clé' }).tap();
  await expect(page.getByRole('alert')).toContainText('Votre clé de sécurité est enregistrée');
  const { credentials } = await key.cdp.send('WebAuthn.getCredentials', {
    authenticatorId: key.authenticatorId,
  });
  expect(credentials).toHaveLength(1);
  expect(credentials[0]?.isResidentCredential).toBe(true);
  expect(centralQuery(kiosk, 'SELECT id FROM webauthn_credentials')).toHaveLength(1);

  await page.getByRole('button', { name: 'Terminer' }).tap();
  await expect(page.locator('html[data-kiosk-ready="welcome"]')).toBeAttached();
  await page.getByRole('button', { name: 'Commencer' }).tap();
  await page
    .getByRole('button', { name: 'Connexion sans mot de passe, avec ma clé de sécurité' })
    .tap();
  await expect(
    page.getByRole('heading', { level: 1, name: `Bonjour ${demo.prenom} ${demo.nom}` }),
  ).toBeVisible();
});

test('a key that cannot verify its user (no PIN, no fingerprint) gets a clear message', async ({
  page,
  kiosk,
}) => {
  test.slow();
  // Register with a verifying key, then sign in with one that fails user verification.
  const good = await plugSecurityKey(page, true);
  await signIn(page, kiosk);
  await page.getByRole('button', { name: /Ma clé de sécurité/ }).tap();
  await page.getByRole('button', { name: 'Enregistrer ma clé' }).tap();
  await expect(page.getByRole('alert')).toContainText('Votre clé de sécurité est enregistrée');
  await good.cdp.send('WebAuthn.setUserVerified', {
    authenticatorId: good.authenticatorId,
    isUserVerified: false,
  });
  await page.getByRole('button', { name: 'Terminer' }).tap();
  await expect(page.locator('html[data-kiosk-ready="welcome"]')).toBeAttached();
  await openLogin(page, kiosk);
  await page
    .getByRole('button', { name: 'Connexion sans mot de passe, avec ma clé de sécurité' })
    .tap();
  await expect(page.getByRole('alert')).toContainText(
    'Votre clé de sécurité n’a pas pu confirmer votre identité',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Se connecter à mon espace personnel',
  );
  await expectScreen(page, 'sign-in', 'with a key error');
});
