import Database from 'better-sqlite3';
import { join } from 'node:path';
import { demo, expect, fillLogin, openWelcome, test } from './support/fixtures';
import { expectScreen } from './support/screen';

const coming = 'Un conseiller a été appelé. Restez près de la borne.';

test('"Appeler un conseiller" works on every screen and records only terminal, screen and time', async ({
  page,
  kiosk,
}) => {
  const callAdviser = async () => {
    await page.getByRole('button', { name: 'Appeler un conseiller' }).tap();
    await expect(page.getByRole('status').filter({ hasText: coming })).toBeVisible();
  };
  // The call waits (on any screen) until the adviser comes or the person cancels it.
  const cancelCall = async () => {
    await page.getByRole('button', { name: "Annuler l'appel" }).tap();
    await expect(page.getByRole('status').filter({ hasText: "L'appel est annulé." })).toBeVisible();
  };
  await openWelcome(page, kiosk);
  await callAdviser();
  await cancelCall();
  await page.getByRole('button', { name: 'Commencer' }).tap();
  await fillLogin(page, demo);
  await callAdviser();
  await cancelCall();
  await page.getByRole('button', { name: 'Se connecter' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: /Bonjour/ })).toBeVisible();
  await callAdviser();
  await expectScreen(page, 'dashboard', 'adviser called');

  const db = new Database(join(kiosk.dataDir, 'central-api.db'), { readonly: true });
  try {
    const rows = db.prepare('SELECT * FROM assist_requests ORDER BY rowid').all() as Record<
      string,
      unknown
    >[];
    expect(rows.map((row) => row.screen)).toEqual(['welcome', 'login', 'dashboard']);
    expect(rows.map((row) => row.cancelled_at !== null)).toEqual([true, true, false]);
    const stored = JSON.stringify(rows);
    for (const secret of [demo.identifiant, demo.prenom, demo.nom, demo.codePostal])
      expect(stored).not.toContain(secret);
  } finally {
    db.close();
  }
});

test.describe('when the central API cannot be reached', () => {
  // Nothing answers there, so the code is never used: a configured API needs one to start.
  test.use({ kioskOptions: { apiUrl: 'http://127.0.0.1:1', enrolmentCode: 'UNUSED-CODE-0000' } });

  test('the user is told to go to the reception desk instead', async ({ page, kiosk }) => {
    await openWelcome(page, kiosk);
    await page.getByRole('button', { name: 'Appeler un conseiller' }).tap();
    await expect(
      page.getByText("Nous n'avons pas pu prévenir un conseiller. Allez à l'accueil de l'agence."),
    ).toBeVisible();
    await expectScreen(page, 'welcome', 'adviser unreachable');
  });
});
