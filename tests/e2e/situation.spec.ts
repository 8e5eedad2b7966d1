import { centralQuery } from './support/account';
import { printDir, printedText } from './support/actualisation';
import { expect, signIn, test } from './support/fixtures';
import { expectScreen } from './support/screen';

const printed = printDir();
// The central API's clock is the real one here: the change's dates are typed relative to today,
// and both the kiosk and the central API check them against their own today.
test.use({ kioskOptions: { apiNow: undefined, printCaptureDir: printed } });

/** A Paris calendar day `days` from today, as typed: JJ/MM/AAAA. */
const typed = (days: number) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

test('a change of situation is declared, reviewed, receipted once; past declarations reprinted', async ({
  page,
  kiosk,
}) => {
  await signIn(page, kiosk);
  await page.getByRole('button', { name: /^Déclarer un changement/ }).tap();
  await expect(page.locator('html[data-kiosk-ready="situation"]')).toBeAttached();
  await page.getByRole('button', { name: 'Je pars plus de 7 jours' }).tap();

  const first = page.getByLabel(/^Premier jour/);
  const last = page.getByLabel(/^Dernier jour/);
  await first.fill(typed(3));
  await last.fill(typed(1));
  await page.getByRole('button', { name: 'Continuer' }).tap();
  await expect(last).toHaveAccessibleDescription(/Le dernier jour est avant le premier jour/);
  await expect(first).toHaveValue(typed(3));
  await last.fill(typed(12));
  await page.getByRole('button', { name: 'Continuer' }).tap();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Vérifiez votre changement' }),
  ).toBeVisible();
  await expect(page.getByText(/France Travail ne vous paie pas ces jours-là/)).toBeVisible();
  await expectScreen(page, 'situation review');
  await page.getByRole('button', { name: 'Valider mon changement' }).tap();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Votre changement est envoyé' }),
  ).toBeVisible();
  const reference = (await page.getByText(/^Référence : CHG-/).textContent())!.slice(12);
  await expectScreen(page, 'situation done');
  await page.getByRole('button', { name: 'Imprimer mon justificatif' }).tap();
  const receipt = await printedText(printed);
  expect(receipt).toContain(reference);
  expect(receipt).toContain('Je pars plus de 7 jours');
  expect(receipt).toContain(`Date de fin : ${typed(12)}`);
  expect(receipt).not.toContain('1234567A');
  expect(
    centralQuery(kiosk, 'SELECT 1 FROM situation_changes WHERE reference = ?', reference),
  ).toHaveLength(1);

  // The same change again: the central API refuses it, the kiosk says so in plain words.
  await page.getByRole('button', { name: 'Retour à mon espace' }).tap();
  await page.getByRole('button', { name: /^Déclarer un changement/ }).tap();
  await page.getByRole('button', { name: 'Je pars plus de 7 jours' }).tap();
  await page.getByLabel(/^Premier jour/).fill(typed(3));
  await page.getByLabel(/^Dernier jour/).fill(typed(12));
  await page.getByRole('button', { name: 'Continuer' }).tap();
  await page.getByRole('button', { name: 'Valider mon changement' }).tap();
  await expect(page.getByRole('alert')).toContainText('Vous avez déjà déclaré ce changement');
  expect(centralQuery(kiosk, 'SELECT 1 FROM situation_changes')).toHaveLength(1);

  // « Mes actualisations »: the seeded months, each receipt shown and reprinted.
  await page.getByRole('button', { name: 'Modifier' }).tap();
  await page.getByRole('button', { name: 'Retour' }).tap();
  await page.getByRole('button', { name: 'Retour à mon espace' }).tap();
  await page.getByRole('button', { name: /^Mes actualisations/ }).tap();
  const items = page.getByRole('heading', { level: 2, name: /^Déclaration de / });
  await expect(items).toHaveCount(11);
  const month = ((await items.nth(1).textContent()) ?? '').replace('Déclaration de ', '');
  await page.getByRole('button', { name: `Voir le justificatif de ${month}` }).tap();
  await expect(page.getByRole('region', { name: /Justificatif d’actualisation/ })).toContainText(
    'Boulangerie Ménilmontant',
  );
  await expectScreen(page, 'history', 'a receipt shown');
  await page.getByRole('button', { name: `Imprimer le justificatif de ${month}` }).tap();
  await expect(page.getByText('Votre justificatif est imprimé')).toBeVisible();
  const reprinted = await printedText(printed);
  expect(reprinted).toContain(`Période déclarée : ${month}`);
  expect(reprinted).toContain('Boulangerie Ménilmontant');
});
