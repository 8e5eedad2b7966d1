import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INSIDE } from './support/actualisation';
import { expect, signIn, test } from './support/fixtures';
import { expectScreen } from './support/screen';

const printed = mkdtempSync(join(tmpdir(), 'e2e-attestations-'));
test.use({ kioskOptions: { apiNow: INSIDE, printCaptureDir: printed } });

test('the dashboard says what matters first; Mes paiements explains; an attestation is checked, viewed and printed', async ({
  page,
  kiosk,
}) => {
  await signIn(page, kiosk);
  // 5 November: October can be declared until the 15th, and Camille has not declared it yet.
  const tile = (name: RegExp) => page.getByRole('button', { name });
  await expect(tile(/Mes paiements/)).toContainText('Paiement après l’actualisation');
  await expect(tile(/Mes échanges/)).toContainText('3 courriers non lus');
  await expect(tile(/Mes échanges/)).toContainText(/Rendez-vous le .* novembre 2026/);
  await expect(tile(/M'actualiser/)).toContainText('À faire d’ici le 15 novembre');

  await tile(/Mes paiements/).tap();
  await expect(page.locator('html[data-kiosk-ready="paiements"]')).toBeAttached();
  const next = page.getByRole('region', { name: 'Mon prochain paiement' });
  await expect(next).toContainText('Faites d’abord votre actualisation');
  await expect(next.getByRole('button', { name: 'M’actualiser' })).toBeVisible();
  // September: 30 days at 48,30 € gross and 2,90 € withheld a day.
  await expect(page.getByRole('region', { name: 'Mes derniers paiements' })).toContainText(
    /Pour septembre 2026, 30 jours payés : 1\s449,00\s€ brut, moins 87,00\s€ de retenues\. Vous avez reçu 1\s362,00\s€/,
  );
  await expect(page.getByRole('region', { name: 'Mes droits' })).toContainText(
    /48,30\s€ brut, soit 45,40\s€ net/,
  );
  await expectScreen(page, 'Mes paiements');

  await page.getByRole('button', { name: 'Imprimer une attestation' }).tap();
  await page.locator('label', { hasText: 'Attestation de paiement' }).tap();
  await expect(page.getByRole('radio', { name: /Attestation de paiement/ })).toBeChecked();
  await page.getByLabel(/Du mois de/).selectOption('2026-09');
  await page.getByLabel(/Jusqu’au mois de/).selectOption('2026-08');
  await page.getByRole('button', { name: 'Voir l’attestation' }).tap();
  // Bad input: said next to the field, the start month kept.
  await expect(page.getByText('Le dernier mois doit venir après le premier.')).toBeVisible();
  await expect(page.getByLabel(/Du mois de/)).toHaveValue('2026-09');
  await expectScreen(page, 'Imprimer une attestation', 'with field errors');
  await page.getByLabel(/Jusqu’au mois de/).selectOption('2026-09');
  await page.getByRole('button', { name: 'Voir l’attestation' }).tap();

  const canvas = page.getByRole('img', { name: /Attestation de paiement/ });
  await expect(canvas).toHaveAttribute('data-rendered', 'true', { timeout: 20_000 });
  await expect(page.getByText(/^Référence : ATT-20261105-[0-9A-Z]{6}$/)).toBeVisible();

  await page.getByRole('button', { name: 'Imprimer', exact: true }).tap();
  await expect(page.getByText('L’attestation est partie à l’imprimante.')).toBeVisible();
  const file = readdirSync(printed).find((f) => f.endsWith('-attestation.pdf'));
  expect(file).toBeDefined();
  const path = join(printed, file!);
  execFileSync('qpdf', ['--check', path]);
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Camille Martin');
  expect(text).toContain('Mois de septembre 2026');
  expect(text).toMatch(/1\s362,00\s€/);
  expect(text).toMatch(/Code de vérification : [2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}/);
  // No IBAN and no NIR on paper: the account by its last four digits only.
  expect(text).toContain('se terminant par 0189');
  expect(text).not.toMatch(/FR\d{2}|\b[12]\d{12}(\d{2})?\b/);

  // Back to the choice, as it was: another attestation starts from it.
  await page.getByRole('button', { name: 'Fermer l’attestation' }).tap();
  await expect(page.getByLabel(/Jusqu’au mois de/)).toHaveValue('2026-09');
});
