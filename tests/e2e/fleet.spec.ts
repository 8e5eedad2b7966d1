import { expect, openWelcome, test } from './support/fixtures';
import { expectNoViolations } from './support/axe';
import { expectScreen } from './support/screen';

test('IT pushes a configuration and puts the kiosk out of service and back from the console', async ({
  page,
  kiosk,
  browser,
}) => {
  await openWelcome(page, kiosk);
  const apiUrl = /embedded reference server at (http\S+)/.exec(kiosk.output())?.[1];
  expect(apiUrl, 'the embedded central API address').toBeTruthy();

  // IT's console, in an ordinary desktop browser of the agency.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const console_ = await context.newPage();
  await console_.goto(`${apiUrl}/console/`);
  await console_.getByLabel('Identifiant').fill('it.national');
  await console_.getByLabel('Mot de passe').fill('Parc-Bornes-2026');
  await console_.getByRole('button', { name: 'Se connecter' }).click();
  await console_.getByRole('link', { name: 'Parc de bornes' }).click();
  await expect(console_.getByRole('heading', { level: 1, name: 'Parc de bornes' })).toBeVisible();
  const row = console_.getByRole('row').filter({ hasText: 'PARIS11' });
  await expect(row.getByText('En ligne')).toBeVisible();
  await expectNoViolations(console_, 'console: parc de bornes');

  await row.getByRole('button', { name: /^Voir la borne/ }).click();
  const detail = console_.getByRole('region', { name: /^Borne / });
  await expect(detail.getByText(/version 0 demandée \/ version 0 appliquée/)).toBeVisible();
  // A value the kiosk's own schema refuses: the reason is shown, what was typed stays.
  const maxVisit = detail.getByLabel("Durée maximale d'une visite (minutes)");
  await maxVisit.fill('9999');
  await detail.getByRole('button', { name: 'Envoyer la configuration' }).click();
  await expect(
    detail.getByText(/La configuration est refusée : visit\.maxVisitMinutes/),
  ).toBeVisible();
  await expect(maxVisit).toHaveValue('9999');
  await maxVisit.fill('30');
  await detail.getByRole('button', { name: 'Envoyer la configuration' }).click();
  await expect(detail.getByText('Configuration version 1 envoyée.')).toBeVisible();
  // The kiosk applies it (no visit is on) and says so within seconds.
  await expect(detail.getByText(/version 1 demandée \/ version 1 appliquée/)).toBeVisible({
    timeout: 5000,
  });

  await detail.getByRole('button', { name: 'Mettre hors service' }).click();
  await expect(detail.getByText(/Mettre la borne .* hors service \?/)).toBeVisible();
  await expectNoViolations(console_, 'console: confirmation');
  await detail.getByRole('button', { name: 'Confirmer' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Borne momentanément indisponible' }),
  ).toBeVisible({ timeout: 5000 });
  await expect(page.getByRole('button', { name: 'Commencer' })).toHaveCount(0);
  await expect(row.getByText('Hors service')).toBeVisible();
  await expectScreen(page, 'outOfService');

  await detail.getByRole('button', { name: 'Remettre en service' }).click();
  await detail.getByRole('button', { name: 'Confirmer' }).click();
  await page.getByRole('button', { name: 'Commencer' }).tap({ timeout: 5000 });
  await expect(page.getByRole('heading', { level: 1, name: /Se connecter/ })).toBeVisible();
  await context.close();
});
