/**
 * IT's « Mises à jour » page of the staff console, in Chromium against a real central API: publish
 * a release, a wrong version said beside its field, the staged rollout set for one agency, axe
 * clean. (The terminals' side of updates is tested in tests/electron/updater.test.ts.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCentralApi, type RunningCentralApi } from '../../central-api/src';
import { expectNoViolations } from './support/axe';
import { expect, test } from './support/fixtures';

test.describe('staff console: Mises à jour', () => {
  let api: RunningCentralApi;
  let dir: string;
  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'console-updates-'));
    api = await startCentralApi({
      dbPath: join(dir, 'central.db'),
      demoOffers: 0,
      passwordHashing: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
    });
  });
  test.afterAll(async () => {
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('IT publishes a release and offers it to one agency', async ({ page }) => {
    await page.goto(`${api.url}/console/`);
    await page.getByLabel('Identifiant').fill('it.national');
    await page.getByLabel('Mot de passe').fill('Parc-Bornes-2026');
    await page.getByRole('button', { name: 'Se connecter' }).tap();
    await page.getByRole('link', { name: 'Mises à jour' }).tap();
    await expect(page.getByRole('heading', { name: 'Mises à jour', level: 1 })).toBeVisible();
    await expect(page.getByText("Aucune version n'est proposée aux bornes")).toBeVisible();

    const version = page.getByLabel('Numéro de version');
    const installer = {
      name: 'Borne France Travail Setup 1.4.0.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.alloc(300 * 1024, 7),
    };
    await page.getByLabel("Fichier d'installation").setInputFiles(installer);
    await version.fill('1.4');
    await page.getByRole('button', { name: 'Publier' }).tap();
    await expect(page.getByText('Écrivez la version comme 1.4.0')).toBeVisible();
    // Nothing chosen is lost: the version is corrected, the file is still there.
    await version.fill('1.4.0');
    await page.getByRole('button', { name: 'Publier' }).tap();
    await expect(page.getByText('Version 1.4.0 publiée.')).toBeVisible();
    await expect(page.getByRole('row', { name: /1\.4\.0 Windows 0,3 Mo/ })).toBeVisible();

    await page.getByLabel('Version à proposer').selectOption('1.4.0');
    await page.getByLabel('Part des bornes (en %)').fill('10');
    await page.getByText('Toutes les agences', { exact: true }).tap();
    await page.getByText('Agence France Travail Paris 11e Voltaire').tap();
    await page.getByRole('button', { name: 'Enregistrer la diffusion' }).tap();
    await expect(page.getByText('Diffusion enregistrée.')).toBeVisible();
    await expect(
      page.getByText(
        'Version 1.4.0 proposée à 10 % des bornes (Agence France Travail Paris 11e Voltaire)',
      ),
    ).toBeVisible();
    await expectNoViolations(page, 'console mises à jour, diffusion enregistrée');
  });
});
