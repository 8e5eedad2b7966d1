import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCentralApi, type RunningCentralApi } from '../../central-api/src/index';
import { startKiosk } from '../fixtures/kiosk';
import { enrolmentCodeFor } from '../fixtures/enrolment';
import { expect, signIn, test } from './support/fixtures';
import {
  INSIDE,
  OUTSIDE,
  answer,
  answerAndGo,
  expectQuestion,
  karim,
  next,
  printDir,
  printedText,
  startActualisation,
  tile,
} from './support/actualisation';
import { expectScreen } from './support/screen';

test.describe('inside the window', () => {
  const printed = printDir();
  test.use({ kioskOptions: { apiNow: INSIDE, printCaptureDir: printed } });

  test('bad hours, amounts and dates get a message next to their field; nothing typed is lost', async ({
    page,
    kiosk,
  }) => {
    await signIn(page, kiosk);
    await startActualisation(page);
    await next(page);
    await expect(page.getByText('Choisissez « Oui » ou « Non ».')).toBeVisible();
    await expect(page.getByRole('radiogroup')).toHaveAttribute('aria-invalid', 'true');
    await answerAndGo(page, 0, 'Non');

    await expectQuestion(page, 1);
    await answer(page, 'Oui');
    const nom = page.getByLabel(/^Nom de l’employeur/);
    const heures = page.getByLabel(/^Heures travaillées/);
    const brut = page.getByLabel(/^Salaire brut/);
    await nom.fill('Boulangerie Durand');
    await heures.fill('7,5');
    await brut.fill('-3');
    await next(page);
    await expect(heures).toHaveAccessibleDescription(/nombre d’heures entier/);
    await expect(brut).toHaveAccessibleDescription(/sans le signe moins/);
    await expect(heures).toBeFocused();
    await expect(nom).toHaveValue('Boulangerie Durand');
    await expect(nom).not.toHaveAttribute('aria-invalid', 'true');
    await expectScreen(page, 'employers', 'with errors');

    await heures.fill('745'); // October has 744 hours
    await brut.fill('150 000');
    await next(page);
    await expect(heures).toHaveAccessibleDescription(/plus que le mois entier/);
    await expect(brut).toHaveAccessibleDescription(/semble trop grand/);
    await expect(nom).toHaveValue('Boulangerie Durand');

    await heures.fill('35');
    await brut.fill('1 234,56');
    await next(page);
    await answerAndGo(page, 2, 'Non');

    await expectQuestion(page, 3);
    await answer(page, 'Oui');
    const debut = page.getByLabel(/^Premier jour/);
    const fin = page.getByLabel(/^Dernier jour/);
    await next(page);
    await expect(debut).toHaveAccessibleDescription(/Écrivez le premier jour/);
    await debut.fill('30/09/2026');
    await fin.fill('02/11/2026');
    await next(page);
    await expect(debut).toHaveAccessibleDescription(/dans le mois déclaré/);
    await expect(fin).toHaveAccessibleDescription(/dans le mois déclaré/);
    await expectScreen(page, 'dates', 'with errors');
    await debut.fill('20/10/2026');
    await fin.fill('10/10/2026');
    await next(page);
    await expect(fin).toHaveAccessibleDescription(/après le premier jour/);
    await expect(debut).toHaveValue('20/10/2026');
    await fin.fill('22/10/2026');
    await next(page);
    await expectQuestion(page, 4);

    // Going back finds every answer as it was left.
    await page.getByRole('button', { name: 'Précédent' }).tap();
    await expectQuestion(page, 3);
    await expect(debut).toHaveValue('20/10/2026');
    await page.getByRole('button', { name: 'Précédent' }).tap();
    await page.getByRole('button', { name: 'Précédent' }).tap();
    await expectQuestion(page, 1);
    await expect(page.getByLabel(/^Salaire brut/)).toHaveValue('1 234,56');
  });

  test('already declared (Karim Benali): the declaration and its receipt, never a second one', async ({
    page,
    kiosk,
  }) => {
    await signIn(page, kiosk, karim);
    await expect(tile(page)).toContainText(/Faite le/);
    await expectScreen(page, 'dashboard', 'actualisation done');
    await tile(page).tap();
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'Vous avez déjà déclaré votre situation d’octobre 2026',
      }),
    ).toBeVisible();
    await expect(page.getByText('Référence : ACT-202610-KB7654')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Commencer mon actualisation' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Voir mon justificatif' }).tap();
    await expect(page.getByRole('region', { name: /Justificatif/ })).toContainText(
      'Crêperie Ar Mor : 20 heures, 245,00 € brut',
    );
    await expectScreen(page, 'already declared');
    await page.getByRole('button', { name: 'Imprimer mon justificatif' }).tap();
    const text = await printedText(printed);
    expect(text).toContain('ACT-202610-KB7654');
    expect(text).toContain('Crêperie Ar Mor : 20 heures, 245,00 € brut');
    expect(text).toContain('Karim Benali');
    expect(text).not.toContain(karim.identifiant);
  });
});

test.describe('outside the window', () => {
  test.use({ kioskOptions: { apiNow: OUTSIDE } });

  test('says the window is closed and when the next one opens', async ({ page, kiosk }) => {
    await signIn(page, kiosk);
    await expect(tile(page)).toContainText('Pas maintenant');
    await expectScreen(page, 'dashboard', 'window closed');
    await tile(page).tap();
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'Vous ne pouvez pas vous actualiser en ce moment',
      }),
    ).toBeVisible();
    await expect(
      page.getByText(
        'Pour le mois de novembre 2026, vous pourrez le faire à partir du samedi 28 novembre 2026.',
      ),
    ).toBeVisible();
    await expect(page.getByText(/jusqu’au mardi 15 décembre 2026 inclus/)).toBeVisible();
    await expectScreen(page, 'window closed');
    await page.getByRole('button', { name: 'Retour à mon espace' }).tap();
    await expect(page.locator('html[data-kiosk-ready="dashboard"]')).toBeAttached();
  });
});

test.describe('the central API down at validation', () => {
  const fastHashing = { memoryCost: 1024, timeCost: 1, parallelism: 1 };
  let dbPath: string;
  let api: RunningCentralApi;
  const now = () => new Date(Date.parse(INSIDE) + (Date.now() - started));
  const started = Date.now();
  const startApi = (port = 0) =>
    startCentralApi({ dbPath, port, passwordHashing: fastHashing, now });

  test.beforeEach(async () => {
    dbPath = join(mkdtempSync(join(tmpdir(), 'kiosk-central-')), 'central.db');
    api = await startApi();
  });
  test.afterEach(async () => {
    await api.close();
  });

  test('with the durable outbox: queued, the receipt says so, delivered when the API returns', async ({
    page,
  }) => {
    const kiosk = await startKiosk({ apiUrl: api.url, enrolmentCode: enrolmentCodeFor(dbPath) });
    try {
      await signIn(page, kiosk);
      await startActualisation(page);
      for (let i = 0; i < 7; i += 1) await answerAndGo(page, i, 'Non');
      await answerAndGo(page, 7, 'Oui');
      const port = Number(new URL(api.url).port);
      await api.close();
      await page.getByRole('button', { name: 'Valider ma déclaration' }).tap();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Votre actualisation est enregistrée' }),
      ).toBeVisible();
      await expect(
        page.getByText('État : Enregistrée sur la borne, sera envoyée dès que possible'),
      ).toBeVisible();
      await expectScreen(page, 'confirmation', 'saved, to be sent');
      const reference = (await page.getByText(/^Référence : /).textContent())!.slice(12);
      api = await startApi(port);
      await expect.poll(() => declaredReferences(dbPath), { timeout: 60_000 }).toContain(reference);
    } finally {
      await kiosk.stop();
    }
  });
});

/** What the central API has recorded, read straight from its database. */
function declaredReferences(dbPath: string): string[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    const rows = db
      .prepare("SELECT reference FROM actualisations WHERE terminal_id != 'seed'")
      .all();
    return rows.map((row) => (row as { reference: string }).reference);
  } finally {
    db.close();
  }
}
