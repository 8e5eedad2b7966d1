import { demo, expect, signIn, test } from './support/fixtures';
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
  await dialog.getByRole('button', { name: 'Je suis encore là' }).tap();
  await expect(dialog).toBeHidden();
  await expect(greeting).toBeVisible();

  // Left alone again: the warning comes back, then the visit ends by itself.
  await expect(dialog).toBeVisible({ timeout: 5_000 });
  await expect(page.getByRole('button', { name: 'Commencer' })).toBeVisible({ timeout: 20_000 });
  expect(await page.content()).not.toContain(demo.nom);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});
