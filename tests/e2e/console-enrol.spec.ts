import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCentralApi, type RunningCentralApi } from '../../central-api/src/index';
import { expectNoViolations } from './support/axe';
import { expect, test } from './support/fixtures';

// IT's « Enrôler une borne » in the staff console: a one-time code for one terminal, shown once,
// which enrols that terminal and no other; the shared token cannot take the label any more.
test.describe('staff console: enrolling a terminal', () => {
  let api: RunningCentralApi;
  test.beforeAll(async () => {
    api = await startCentralApi({
      dbPath: join(mkdtempSync(join(tmpdir(), 'console-enrol-')), 'central.db'),
      passwordHashing: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
      demoOffers: 0,
    });
  });
  test.afterAll(() => api.close());

  test('IT issues a code; it enrols the terminal once; the demo token is refused', async ({
    page,
  }) => {
    await page.goto(`${api.url}/console/`);
    await page.getByLabel('Identifiant').fill('it.national');
    await page.getByLabel('Mot de passe').fill('Parc-Bornes-2026');
    await page.getByRole('button', { name: 'Se connecter' }).tap();
    await page.getByRole('link', { name: 'Enrôler une borne' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Enrôler une borne' })).toBeVisible();

    // A bad agency code is said beside its field; the label typed stays.
    await page.getByLabel('Nom de la borne').fill('paris-11-borne-9');
    await page.getByLabel("Code de l'agence (facultatif)").fill('nulle part');
    await page.getByRole('button', { name: 'Créer le code' }).tap();
    await expect(page.getByText("Ce code d'agence n'existe pas.")).toBeVisible();
    await expect(page.getByLabel('Nom de la borne')).toHaveValue('paris-11-borne-9');

    await page.getByLabel("Code de l'agence (facultatif)").fill('paris11');
    await page.getByRole('button', { name: 'Créer le code' }).tap();
    const issued = page.getByRole('status', { name: /^Code pour la borne/ });
    await expect(
      issued.getByRole('heading', { name: 'Code pour la borne paris-11-borne-9' }),
    ).toBeVisible();
    await expect(issued).toContainText('Valable une seule fois');
    await expectNoViolations(page, 'console: Enrôler une borne');
    const code = (await issued.locator('code').textContent()) ?? '';

    const enrol = (body: Record<string, string>) =>
      page.request.post(`${api.url}/v1/terminals/enrol`, { data: body });
    const first = await enrol({ enrolmentCode: code, label: 'paris-11-borne-9' });
    expect(first.status()).toBe(201);
    expect((await enrol({ enrolmentCode: code, label: 'paris-11-borne-9' })).status()).toBe(401);
    const stolenToken = await enrol({
      enrolmentToken: 'demo-enrolment-token',
      label: 'paris-11-borne-9',
    });
    expect(stolenToken.status()).toBe(409);

    // The refusals show on the page for IT.
    await page.reload();
    await expect(page.getByText(/2 refus, aucune adresse bloquée/)).toBeVisible();
  });
});
