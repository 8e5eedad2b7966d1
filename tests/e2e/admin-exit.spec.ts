import { hashPin } from '../../main/core/admin/pin';
import { readKioskLog } from '../fixtures/kiosk';
import { expect, openLogin, test } from './support/fixtures';
import { expectScreen } from './support/screen';

const PIN = '73914562';

test.describe('hidden admin exit (browser mode)', () => {
  test.beforeAll(async () => {
    process.env.TEST_ADMIN_PIN_HASH = await hashPin(PIN, { N: 1024, r: 8, p: 1 });
  });
  test.use({
    // Playwright reads a fixture's dependencies from this destructuring: it must be there, empty.
    // eslint-disable-next-line no-empty-pattern
    kioskOptions: async ({}, use) => {
      await use({ env: { KIOSK_ADMIN_PIN_HASH: process.env.TEST_ADMIN_PIN_HASH ?? '' } });
    },
  });

  test('the key sequence opens the PIN prompt; a wrong PIN is refused; the right one stops the kiosk', async ({
    page,
    kiosk,
  }) => {
    await openLogin(page, kiosk);
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Control+Shift+Q');
    const dialog = page.getByRole('dialog', { name: 'Sortie administrateur' });
    await expect(dialog).toBeVisible();
    const field = dialog.getByLabel(/^Code PIN administrateur/);
    await expect(field).toBeFocused();
    await expectScreen(page, 'admin exit');

    await field.fill('0000');
    await field.press('Enter');
    await expect(dialog.getByText('Code PIN incorrect.')).toBeVisible();

    await field.fill(PIN);
    await dialog.getByRole('button', { name: 'Quitter la borne' }).tap();
    // The visit in progress is ended and wiped first (the page goes through the wipe URL).
    await expect.poll(() => kiosk.output(), { timeout: 10_000 }).toContain('Admin exit');
    await expect.poll(() => readKioskLog(kiosk.dataDir)).toContain('"event":"kiosk.stopped"');
    const log = readKioskLog(kiosk.dataDir);
    expect(log).toContain('"event":"admin.exit"');
    expect(log).toMatch(/"event":"visit.ended".*"reason":"adviser"/);
    expect(log).not.toContain(PIN);
    expect(kiosk.output()).not.toContain(PIN);
  });
});
