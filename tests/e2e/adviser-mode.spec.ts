import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { readKioskLog } from '../fixtures/kiosk';
import { demo, expect, openLogin, test } from './support/fixtures';
import { expectScreen } from './support/screen';

/** « Espace conseiller » → Sophie Lambert (PARIS11, the demo terminal's agency) → 246810 on the pad. */
async function unlock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Espace conseiller' }).tap();
  const dialog = page.getByRole('dialog', { name: 'Mode conseiller' });
  await dialog.getByText('Sophie Lambert', { exact: true }).tap();
  // The dialog's own digit pad: its keys move at each opening, so they are found by their digit.
  const pad = dialog.getByRole('group', { name: /^Clavier à chiffres/ });
  for (const digit of '246810') await pad.getByRole('button', { name: digit, exact: true }).tap();
  await expect(dialog.getByLabel(/^Votre code conseiller/)).toHaveValue('246810');
}

test('an adviser unlocks adviser mode, gives more time, leaves it, then ends the visit', async ({
  page,
  kiosk,
}) => {
  await openLogin(page, kiosk);
  // What the person typed before calling: it must be there again when the adviser leaves.
  await page.getByLabel(/^Identifiant/).fill(demo.identifiant);
  await page.getByRole('button', { name: 'Appeler un conseiller' }).tap();

  await unlock(page);
  // What is checked is the dialog over the screen; « Se connecter » behind it (under the call's
  // status at 1280×1024) is the sign-in screen's own concern, checked by its specs.
  await expectScreen(page, 'adviser unlock', 'code on the digit pad', {
    mainActionMayScroll: true,
    // Its keys are in a new order at each opening.
    mask: [page.getByRole('group', { name: /^Clavier à chiffres/ })],
  });
  await page.getByRole('button', { name: 'Ouvrir le mode conseiller' }).tap();
  const tools = page.getByRole('dialog', { name: 'Outils du conseiller' });
  await expect(tools).toBeVisible();
  await expect(page.getByText('Un conseiller est présent : Sophie')).toBeAttached();
  await tools.getByRole('button', { name: 'Donner 15 minutes de plus' }).tap();
  await expect(tools.getByText('La visite dure 15 minutes de plus.')).toBeVisible();
  await expectScreen(page, 'adviser tools', 'visit extended', { mainActionMayScroll: true });

  await tools.getByRole('button', { name: 'Quitter le mode conseiller' }).tap();
  await expect(tools).toBeHidden();
  await expect(page.getByText(/Un conseiller est présent/)).toBeHidden();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Se connecter à mon espace personnel' }),
  ).toBeVisible();
  await expect(page.getByLabel(/^Identifiant/)).toHaveValue(demo.identifiant);

  await unlock(page);
  await page.getByRole('button', { name: 'Ouvrir le mode conseiller' }).tap();
  await tools.getByRole('button', { name: 'Terminer la visite pour la personne' }).tap();
  await page.getByRole('button', { name: 'Oui, terminer la visite' }).tap();
  // The normal wipe: the welcome screen, with nothing of the visit or of the adviser left.
  await expect(page.getByRole('button', { name: 'Commencer' })).toBeVisible();
  await expect(page.getByText(/Un conseiller est présent|Sophie/)).toHaveCount(0);
  await expect
    .poll(() => readKioskLog(kiosk.dataDir))
    .toMatch(/"event":"visit.ended".*"reason":"adviser"/);
  const log = readKioskLog(kiosk.dataDir);
  expect(log).not.toContain('246810');
  expect(log).not.toContain('Sophie');

  // Every adviser action is in the staff audit, under the adviser, naming only the terminal.
  const db = new Database(join(kiosk.dataDir, 'central-api.db'), { readonly: true });
  try {
    const actions = db
      .prepare("SELECT action FROM staff_audit WHERE action LIKE 'kiosk_%' ORDER BY id")
      .all() as { action: string }[];
    expect(actions.map((row) => row.action)).toEqual([
      'kiosk_unlock',
      'kiosk_extend',
      'kiosk_leave',
      'kiosk_unlock',
      'kiosk_end_visit',
    ]);
  } finally {
    db.close();
  }
});
