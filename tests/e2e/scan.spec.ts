import { writeSaneTestConfig } from '../fixtures/sane';
import {
  chooseType,
  openDocuments,
  pdfinfoPages,
  receivedDocuments,
  scanOnePage,
} from './support/documents';
import { expect, signIn, test } from './support/fixtures';
import { expectScreen } from './support/screen';

// The SANE `test` backend for real: a SANE_CONFIG_DIR enabling it with A4 geometry.
const saneEnv = (
  options: Parameters<typeof writeSaneTestConfig>[0] = {},
  device = 'test:0',
  extra: Record<string, string> = {},
) => ({
  KIOSK_SANE_CONFIG_DIR: writeSaneTestConfig(options),
  KIOSK_SCANNER_DEVICE: device,
  ...extra,
});

test.describe('scanning with the flatbed and the feeder', () => {
  test.use({ kioskOptions: { env: saneEnv() } });

  test('3 flatbed pages, one rotated and one deleted: the central API receives a valid 2-page PDF', async ({
    page,
    kiosk,
  }) => {
    await signIn(page, kiosk);
    await openDocuments(page);
    await expectScreen(page, 'documents', 'empty');
    await scanOnePage(page, 1);
    // The instruction follows the pages: after page 1 it asks for page 2, not "la première page".
    await expect(
      page.getByText(/^Posez la page 2 sur la vitre, le texte contre la vitre\./),
    ).toBeVisible();
    await expect(page.getByText(/première page/)).toHaveCount(0);
    for (const n of [2, 3]) await scanOnePage(page, n);
    await expect(page.getByText('3 pages scannées.')).toBeVisible();
    await expect(
      page.getByText(/^Posez la page 4 sur la vitre, le texte contre la vitre\./),
    ).toBeVisible();
    await expectScreen(page, 'documents', '3 pages');

    // Each page's actions show their word, not an icon alone.
    const action = (n: number, word: string) =>
      page.getByRole('group', { name: `Actions pour la page ${n}` }).getByRole('button', {
        name: word,
      });
    for (const word of ['Tourner', 'Avancer', 'Reculer', 'Supprimer'])
      await expect(action(2, word)).toHaveText(word);
    const before = await page.getByRole('img', { name: 'Page 1' }).getAttribute('src');
    await action(1, 'Tourner').tap();
    await expect(page.getByRole('img', { name: 'Page 1' })).not.toHaveAttribute('src', before!);
    await action(2, 'Supprimer').tap();
    await expect(page.getByRole('img', { name: 'Page 3' })).toHaveCount(0);
    await expect(page.getByText('2 pages scannées.')).toBeVisible();

    await page.getByRole('button', { name: 'J’ai fini de scanner' }).tap();
    // The new step says where the person is: its heading has the focus, the title names it.
    await expect(page.getByRole('heading', { name: 'Quel document envoyez-vous ?' })).toBeFocused();
    await expect(page).toHaveTitle(/^Quel document envoyez-vous \? — Envoyer un document/);
    await chooseType(page, 'Bulletin de salaire');
    await page.getByRole('button', { name: 'Envoyer le document' }).tap();
    // The month is required for a payslip: the message sits next to the field, the choice stays.
    await expect(page.getByText('Choisissez le mois concerné par ce document.')).toBeVisible();
    await expect(page.getByLabel('Bulletin de salaire')).toBeChecked();
    await expectScreen(page, 'details', 'with an error');
    const month = await page.locator('#doc-month option').nth(1).getAttribute('value');
    await page.getByLabel(/Mois du document/).selectOption(month);
    await page.getByRole('button', { name: 'Envoyer le document' }).tap();

    await expect(page.getByRole('heading', { name: 'Document envoyé' })).toBeVisible({
      timeout: 20_000,
    });
    // Its success alert, inside the step's section, takes the focus; the title names the step.
    await expect(page).toHaveTitle(/^Document envoyé — Envoyer un document/);
    const reference = (await page.getByText(/^Référence : DOC-/).textContent())!.replace(
      'Référence : ',
      '',
    );
    await expectScreen(page, 'document sent');
    const received = receivedDocuments(kiosk.dataDir);
    expect(received.map((d) => d.reference)).toEqual([reference]);
    expect(received[0]!.pages).toBe(2);
    expect(pdfinfoPages(received[0]!.pdf)).toBe(2);
  });

  test('the feeder scans a 10-page batch in one go', async ({ page, kiosk }) => {
    await signIn(page, kiosk);
    await openDocuments(page);
    await page.getByRole('button', { name: 'Scanner avec le chargeur' }).tap();
    await expect(page.getByText('10 pages scannées.')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('img', { name: /^Page \d+$/ })).toHaveCount(10);
    await page.getByRole('button', { name: 'J’ai fini de scanner' }).tap();
    await chooseType(page, 'Attestation employeur');
    await page.getByRole('button', { name: 'Envoyer le document' }).tap();
    await expect(page.getByRole('heading', { name: 'Document envoyé' })).toBeVisible({
      timeout: 30_000,
    });
    expect(pdfinfoPages(receivedDocuments(kiosk.dataDir)[0]!.pdf)).toBe(10);
  });

  test('the whole scan flow works with the keyboard alone', async ({ page, kiosk }) => {
    await signIn(page, kiosk);
    await page.getByRole('button', { name: /Envoyer un document/ }).focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Envoyer un document' }),
    ).toBeFocused();
    await page.getByRole('button', { name: 'Scanner une page' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('img', { name: 'Page 1' })).toBeVisible({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Scanner une autre page' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('img', { name: 'Page 2' })).toBeVisible({ timeout: 20_000 });
    // Reorder with the keyboard: page 2 moves before page 1.
    const second = await page.getByRole('img', { name: 'Page 2' }).getAttribute('src');
    await page.getByRole('button', { name: 'Avancer la page 2' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('img', { name: 'Page 1' })).toHaveAttribute('src', second!);
    await page.getByRole('button', { name: 'J’ai fini de scanner' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('RIB (relevé d’identité bancaire)').focus();
    await page.keyboard.press('Space');
    await expect(page.getByLabel('RIB (relevé d’identité bancaire)')).toBeChecked();
    await page.getByRole('button', { name: 'Envoyer le document' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Document envoyé' })).toBeVisible({
      timeout: 20_000,
    });
  });
});

test.describe('a slow scan', () => {
  test.use({
    kioskOptions: {
      env: saneEnv({ readDelayUs: 200_000 }, 'test:0', {
        KIOSK_SCANNER_RESOLUTION: '600',
        KIOSK_SCANNER_MODE: 'Color',
      }),
    },
  });

  test('is cancelled halfway: the scanner stops and the screen says so', async ({
    page,
    kiosk,
  }) => {
    await signIn(page, kiosk);
    await openDocuments(page);
    await page.getByRole('button', { name: 'Scanner une page' }).tap();
    await expect(page.getByRole('progressbar', { name: 'Avancement du scanner' })).toBeVisible();
    await expect(page.getByText(/Le scanner lit la page 1 : \d+ %/)).toBeVisible();
    await page.getByRole('button', { name: 'Arrêter le scanner' }).tap();
    // Nothing was scanned yet: the message does not speak of pages kept.
    await expect(page.getByText('Le scanner est arrêté.', { exact: true })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Page \d+$/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Scanner une page' })).toBeVisible();
    await expectScreen(page, 'scan cancelled');
  });
});

test.describe('a scanner that does not exist', () => {
  test.use({ kioskOptions: { env: saneEnv({}, 'nope:0') } });

  test('shows a clear screen with the adviser button, never a frozen one', async ({
    page,
    kiosk,
  }) => {
    await signIn(page, kiosk);
    await openDocuments(page);
    await page.getByRole('button', { name: 'Scanner une page' }).tap();
    await expect(
      page.getByRole('heading', { name: 'Le scanner n’a pas pu lire la page' }),
    ).toBeVisible({
      timeout: 15_000,
    });
    await expect(page.getByText(/Le scanner ne marche pas sur cette borne/)).toBeVisible();
    // No instruction to lay a page on a scanner that is not there.
    await expect(page.getByText(/^Posez/)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Appeler un conseiller' })).toHaveCount(2);
    await expectScreen(page, 'no scanner');
    await page.getByRole('button', { name: 'Appeler un conseiller' }).last().tap();
    await expect(
      page.getByText('Un conseiller a été appelé. Restez près de la borne.'),
    ).toBeVisible();
  });
});

test.describe('a jammed feeder', () => {
  test.use({ kioskOptions: { env: saneEnv({ readStatus: 'SANE_STATUS_JAMMED' }) } });

  test('is named as such, with "Réessayer"', async ({ page, kiosk }) => {
    await signIn(page, kiosk);
    await openDocuments(page);
    await page.getByRole('button', { name: 'Scanner avec le chargeur' }).tap();
    // The test backend scans the first page before it reports the jam; slow under CI's two workers.
    await expect(page.getByText(/Le papier est coincé dans le scanner/)).toBeVisible({
      timeout: 45_000,
    });
    await expect(page.getByRole('button', { name: 'Réessayer' })).toBeVisible();
    await expectScreen(page, 'scanner problem', 'paper jam');
  });
});
