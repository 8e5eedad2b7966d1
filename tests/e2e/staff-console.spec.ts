import { demo, expect, openWelcome, test } from './support/fixtures';
import { expectNoViolations } from './support/axe';

/**
 * The agency's side of "Appeler un conseiller": a person calls from the kiosk, the adviser signed
 * in to the staff console (served by the same central API, in another browser context) sees the
 * call within a second, says "J'arrive", and the kiosk tells the person who is coming.
 */
test('an adviser sees a call live in the console, takes it, and the kiosk says who is coming', async ({
  page,
  kiosk,
  browser,
}) => {
  // The kiosk prints its embedded central API's URL just after its own.
  const embedded = () =>
    /embedded reference server at (http:\/\/[^\s)]+)/.exec(kiosk.output())?.[1];
  await expect.poll(embedded).toBeDefined();
  const apiUrl = embedded();
  const consoleContext = await browser.newContext({
    viewport: { width: 1280, height: 1024 },
    hasTouch: true,
  });
  try {
    const adviser = await consoleContext.newPage();
    await adviser.goto(`${apiUrl}/console/`);
    await adviser.getByLabel('Identifiant').fill('conseiller.paris');
    await adviser.getByLabel('Mot de passe').fill('pas-le-bon');
    await adviser.getByRole('button', { name: 'Se connecter' }).tap();
    await expect(adviser.getByText('Identifiant ou mot de passe incorrect.')).toBeVisible();
    // What was typed stays: only the password is typed again.
    await expect(adviser.getByLabel('Identifiant')).toHaveValue('conseiller.paris');
    await expectNoViolations(adviser, 'console sign-in with an error');
    await adviser.getByLabel('Mot de passe').fill('Conseil-Paris-2026');
    await adviser.getByRole('button', { name: 'Se connecter' }).tap();
    await expect(adviser.getByRole('heading', { level: 1, name: "Demandes d'aide" })).toBeVisible();
    await expect(adviser.getByText('Sophie Lambert')).toBeVisible();
    await expect(adviser.getByText('Mise à jour en direct')).toBeVisible();
    await expect(adviser.getByText("Aucune demande d'aide en attente.")).toBeVisible();

    await openWelcome(page, kiosk);
    await page.getByRole('button', { name: 'Appeler un conseiller' }).tap();
    const called = Date.now();
    const row = adviser.getByRole('row', { name: /Accueil de la borne/ });
    await expect(row).toBeVisible({ timeout: 1000 });
    expect(Date.now() - called).toBeLessThan(1000);
    await expect(row).toContainText('En attente');
    await expectNoViolations(adviser, 'console help requests');

    await row.getByRole('button', { name: "J'arrive" }).tap();
    await expect(row).toContainText('Vous y allez');
    await expect(
      page.getByRole('status').filter({
        hasText: 'Un conseiller arrive. Sophie vient vous aider. Restez près de la borne.',
      }),
    ).toBeVisible({ timeout: 4000 });

    await row.getByRole('button', { name: 'Terminer' }).tap();
    await expect(adviser.getByText("Aucune demande d'aide en attente.")).toBeVisible();
    await expect(page.getByRole('button', { name: 'Appeler un conseiller' })).toBeVisible({
      timeout: 4000,
    });
    // Nothing of a person reached the console: it never had any.
    expect(await adviser.content()).not.toContain(demo.identifiant);
  } finally {
    await consoleContext.close();
  }
});
