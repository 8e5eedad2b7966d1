import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../central-api/src/db/open';
import { setDocumentStatus } from '../../central-api/src/routes/documents';
import { speechUtterances } from '../fixtures/kiosk';
import { writeSaneTestConfig } from '../fixtures/sane';
import { chooseType, openDocuments, scanOnePage } from './support/documents';
import { expect, signIn, test } from './support/fixtures';
import { expectScreen } from './support/screen';

const printDir = mkdtempSync(join(tmpdir(), 'e2e-print-'));

test.use({
  kioskOptions: {
    env: {
      KIOSK_SANE_CONFIG_DIR: writeSaneTestConfig(),
      KIOSK_SCANNER_DEVICE: 'test:0',
      KIOSK_PRINT_CAPTURE_DIR: printDir,
    },
  },
});

test('Mes échanges: a letter opens in the in-app viewer under the CSP and prints', async ({
  page,
  kiosk,
  externalRequests,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, kiosk);
  await page.getByRole('button', { name: /Mes échanges/ }).tap();
  await expect(page.locator('html[data-kiosk-ready="exchanges"]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 2, name: 'Mes courriers' })).toBeVisible();
  await expect(page.getByText('Convocation à un entretien')).toBeVisible();
  await expect(page.getByText('Sophie Laurent', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'À venir' })).toBeVisible();
  await expect(page.getByText(/Entretien de suivi/)).toBeVisible();
  await expect(page.getByText(/Réussir son CV/)).toBeVisible();
  // The adviser's agency can be found: its street, then its code postal and town.
  const adviser = page.getByRole('region', { name: 'Mon conseiller' });
  await expect(adviser.getByText('Sophie Laurent', { exact: true })).toBeVisible();
  await expect(adviser).toContainText(/1 rue de la Démonstration\s*75011 Paris/);
  await expectScreen(page, 'Mes échanges');

  await page.getByRole('button', { name: 'Lire « Convocation à un entretien »' }).tap();
  const canvas = page.getByRole('img', { name: 'Courrier : Convocation à un entretien' });
  await expect(canvas).toHaveAttribute('data-rendered', 'true', { timeout: 20_000 });
  // The canvas holds the drawn letter: some dark pixels (text) on white paper.
  const dark = await canvas.evaluate((node) => {
    const c = node as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 100) n += 1;
    return n;
  });
  expect(dark).toBeGreaterThan(500);
  await expectScreen(page, 'letter viewer');

  // The letter's words come from the PDF's text layer, as text a voice can read, not a picture.
  await page.getByRole('button', { name: 'Lire le texte du courrier' }).tap();
  const text = page.getByRole('region', { name: 'Texte du courrier' });
  await expect(text).toContainText('Vous êtes invité(e) à un entretien avec votre conseiller');
  await page.getByRole('button', { name: 'Écouter' }).tap();
  await expect
    .poll(() => speechUtterances(kiosk.dataDir).join(' '))
    .toContain('Merci de vous munir de votre CV à jour');

  const before = readdirSync(printDir).length;
  await page.getByRole('button', { name: 'Imprimer', exact: true }).tap();
  await expect(
    page.getByText('Le courrier a été envoyé à l’imprimante.', { exact: false }),
  ).toBeVisible();
  const printed = readdirSync(printDir).filter((f) => f.endsWith('-letter.pdf'));
  expect(printed.length).toBe(before + 1);
  expect(
    readFileSync(join(printDir, printed.at(-1)!))
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');

  await page.getByRole('button', { name: 'Fermer le courrier' }).tap();
  await expect(
    page.getByRole('button', { name: 'Lire « Convocation à un entretien »' }),
  ).toBeVisible();
  expect(violations).toEqual([]);
  expect(externalRequests).toEqual([]);
});

test('a document sent, its status changed on the central API, seen on the dashboard and in Mes échanges', async ({
  page,
  kiosk,
}) => {
  await signIn(page, kiosk);
  await openDocuments(page);
  await scanOnePage(page, 1);
  await page.getByRole('button', { name: 'J’ai fini de scanner' }).tap();
  await chooseType(page, 'Autre document');
  await page.getByRole('button', { name: 'Envoyer le document' }).tap();
  await expect(page.getByText('Décrivez le document en quelques mots.')).toBeVisible();
  await page.getByLabel(/Description courte/).fill('Contrat de travail');
  await page.getByRole('button', { name: 'Envoyer le document' }).tap();
  await expect(page.getByRole('heading', { name: 'Document envoyé' })).toBeVisible({
    timeout: 20_000,
  });
  const reference = (await page.getByText(/^Référence : DOC-/).textContent())!.replace(
    'Référence : ',
    '',
  );

  // The back office refuses it, with a reason.
  const db = openDatabase(join(kiosk.dataDir, 'central-api.db'));
  try {
    expect(
      setDocumentStatus(db, reference, 'refuse', 'Document illisible, merci de le renvoyer'),
    ).toBe(true);
  } finally {
    db.close();
  }
  await page.getByRole('button', { name: 'Retour à mon espace' }).tap();
  const item = page.locator(`[data-reference="${reference}"]`);
  await expect(item).toContainText('Refusé');
  await expect(item).toContainText('Motif : Document illisible, merci de le renvoyer');
  await expect(item).toContainText('Contrat de travail');
  await expectScreen(page, 'dashboard', 'with documents');

  await page.getByRole('button', { name: /Mes échanges/ }).tap();
  await expect(page.locator(`[data-reference="${reference}"]`)).toContainText('Refusé');
});
