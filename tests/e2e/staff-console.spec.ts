import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as http } from '@playwright/test';
import { startKiosk, type RunningKiosk } from '../fixtures/kiosk';
import { demo, expect, openWelcome, test } from './support/fixtures';
import { expectNoViolations } from './support/axe';

const SECOND = 'borne-paris-11-b';

/**
 * A second terminal of the same agency on the first kiosk's central API, enrolled as a real
 * deployment is: IT issues its one-time code, its config names its label and agency.
 */
async function startSecondTerminal(apiUrl: string): Promise<RunningKiosk> {
  const it = await http.newContext({ baseURL: apiUrl });
  try {
    const signedIn = await it.post('/v1/staff/sessions', {
      data: { identifiant: 'it.national', motDePasse: 'Parc-Bornes-2026' },
      headers: { 'Idempotency-Key': crypto.randomUUID(), 'X-Staff-Console': '1' },
    });
    expect(signedIn.status()).toBe(201);
    const issued = await it.post('/v1/staff/enrolment-codes', {
      data: { label: SECOND, agencyCode: 'PARIS11' },
      headers: { 'Idempotency-Key': crypto.randomUUID(), 'X-Staff-Console': '1' },
    });
    expect(issued.status()).toBe(201);
    const { code } = (await issued.json()) as { code: string };
    const config = join(mkdtempSync(join(tmpdir(), 'kiosk-b-')), 'kiosk.json');
    writeFileSync(config, JSON.stringify({ terminal: { label: SECOND, agencyCode: 'PARIS11' } }));
    return await startKiosk({ apiUrl, enrolmentCode: code, env: { KIOSK_CONFIG: config } });
  } finally {
    await it.dispose();
  }
}

/**
 * The agency's side of "Appeler un conseiller": a person calls from the kiosk, the adviser signed
 * in to the staff console (served by the same central API, in another browser context) sees the
 * call within a second, says "J'arrive", and the kiosk tells the person who is coming.
 */
test('an adviser sees two terminals calling live in the console, takes one, and that kiosk says who is coming', async ({
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
    const rows = adviser.getByRole('row', { name: /Accueil de la borne/ });
    const row = rows.filter({ hasNotText: SECOND });
    await expect(row).toBeVisible({ timeout: 1000 });
    expect(Date.now() - called).toBeLessThan(1000);
    await expect(row).toContainText('En attente');

    // A second terminal of the agency calls too: both wait in the list, each under its label.
    const second = await startSecondTerminal(String(apiUrl));
    const secondContext = await browser.newContext({ hasTouch: true });
    try {
      const other = await secondContext.newPage();
      await openWelcome(other, second);
      await other.getByRole('button', { name: 'Appeler un conseiller' }).tap();
      const otherRow = rows.filter({ hasText: SECOND });
      await expect(otherRow).toContainText('En attente', { timeout: 1000 });
      await expect(rows).toHaveCount(2);
      await expectNoViolations(adviser, 'console help requests');

      // Taking the first call tells that terminal only.
      await row.getByRole('button', { name: "J'arrive" }).tap();
      await expect(row).toContainText('Vous y allez');
      await expect(
        page.getByRole('status').filter({ hasText: 'Un conseiller arrive.' }),
      ).toBeVisible({ timeout: 4000 });
      await expect(otherRow).toContainText('En attente');
      await expect(other.getByText('Un conseiller arrive.', { exact: false })).toHaveCount(0);
    } finally {
      await secondContext.close();
      await second.stop();
    }

    await expect(
      page.getByRole('status').filter({
        hasText: 'Un conseiller arrive. Sophie vient vous aider. Restez près de la borne.',
      }),
    ).toBeVisible({ timeout: 4000 });

    await row.getByRole('button', { name: 'Terminer' }).tap();
    // The second terminal's call, unanswered, stays until it is taken or withdrawn.
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText(SECOND);
    await expect(page.getByRole('button', { name: 'Appeler un conseiller' })).toBeVisible({
      timeout: 4000,
    });
    // Nothing of a person reached the console: it never had any.
    expect(await adviser.content()).not.toContain(demo.identifiant);
  } finally {
    await consoleContext.close();
  }
});
