import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demo, expect, openWelcome, signIn, test } from './support/fixtures';
import { expectScreen } from './support/screen';

test.use({ kioskOptions: { idleWarningAfterSeconds: 2, idleCountdownSeconds: 10 } });

test('an idle visit is warned with a countdown, can be kept, and is then ended and wiped', async ({
  page,
  kiosk,
}) => {
  await signIn(page, kiosk);
  const greeting = page.getByRole('heading', {
    level: 1,
    name: `Bonjour ${demo.prenom} ${demo.nom}`,
  });
  await expect(greeting).toBeVisible();

  const dialog = page.getByRole('alertdialog', { name: 'Êtes-vous toujours là ?' });
  await expect(dialog).toBeVisible({ timeout: 5_000 });
  await expect(dialog).toContainText(/tout effacer dans \d+ secondes?/);
  await expect(dialog.getByRole('button', { name: 'Je suis encore là' })).toBeFocused();
  // The countdown's figure changes every second: the rules hold, the pixels are not compared.
  await expectScreen(page, 'idle warning', 'default', { pixels: false });
  // The page behind is inert: the dialog itself carries the adviser call, and its cancellation.
  await dialog.getByRole('button', { name: 'Appeler un conseiller' }).tap();
  await expect(dialog.getByRole('status')).toContainText(
    'Un conseiller a été appelé. Restez près de la borne.',
  );
  await dialog.getByRole('button', { name: "Annuler l'appel" }).tap();
  await expect(dialog.getByRole('status')).toContainText("L'appel est annulé.");
  await dialog.getByRole('button', { name: 'Je suis encore là' }).tap();
  await expect(dialog).toBeHidden();
  await expect(greeting).toBeVisible();

  // Left alone again: the warning comes back, then the visit ends by itself.
  await expect(dialog).toBeVisible({ timeout: 5_000 });
  await expect(page.getByRole('button', { name: 'Commencer' })).toBeVisible({ timeout: 20_000 });
  // The fresh welcome screen says so, for the owner who comes back and the next person alike.
  await expect(page.getByRole('alert')).toHaveText(
    'Votre visite est terminée. Vos informations ont été effacées.',
  );
  expect(await page.content()).not.toContain(demo.nom);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

test.describe('the maximum visit length', () => {
  // 6 s a visit, warned 4 s ahead, one extension of 6 s: the whole walk takes about 12 s.
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-max-length-'));
  const config = join(dir, 'kiosk.json');
  writeFileSync(
    config,
    JSON.stringify({
      visit: {
        maxVisitMinutes: 0.1,
        maxWarningSeconds: 4,
        extensionMinutes: 0.1,
        maxExtensions: 1,
      },
    }),
  );
  test.use({ kioskOptions: { env: { KIOSK_CONFIG: config } } });

  test('is announced ahead, extended once by « Prolonger », then ends the visit', async ({
    page,
    kiosk,
  }) => {
    await openWelcome(page, kiosk);
    await page.getByRole('button', { name: 'Commencer' }).tap();
    const started = Date.now();
    const heading = page.getByRole('heading', {
      level: 1,
      name: 'Se connecter à mon espace personnel',
    });
    await expect(heading).toBeVisible();

    const dialog = page.getByRole('alertdialog', { name: 'Votre visite va bientôt se terminer' });
    await expect(dialog).toContainText(/Il reste \d+ secondes?\./, { timeout: 5_000 });
    await dialog.getByRole('button', { name: /^Prolonger de/ }).tap();
    await expect(dialog).toBeHidden();

    // Warned again before the new deadline, with no extension left this time.
    await expect(dialog).toContainText('Vous ne pouvez plus prolonger', { timeout: 10_000 });
    await expect(dialog.getByRole('button', { name: /^Prolonger/ })).toHaveCount(0);
    await dialog.getByRole('button', { name: "J'ai compris" }).tap();
    await expect(heading).toBeVisible();
    await expect(page.getByRole('button', { name: 'Commencer' })).toBeVisible({ timeout: 10_000 });
    // Longer than the 6 s without the extension: main moved its deadline.
    expect(Date.now() - started).toBeGreaterThan(9_000);
    await expect(page.getByRole('alert')).toHaveText(
      'Votre visite est terminée. Vos informations ont été effacées.',
    );
  });
});
