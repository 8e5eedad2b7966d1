import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { centralQuery } from './support/account';
import { INSIDE, printDir, printedText } from './support/actualisation';
import { expect, signIn, test } from './support/fixtures';
import { expectScreen } from './support/screen';

const printed = printDir();
test.use({ kioskOptions: { apiNow: INSIDE, printCaptureDir: printed } });

const NEW_IBAN = 'FR14 2004 1010 0505 0001 3M02 606';

test('Mon profil: a wrong IBAN key and a foreign phone are said, then both changes are sent', async ({
  page,
  kiosk,
  externalRequests,
}) => {
  await signIn(page, kiosk);
  await page.getByRole('button', { name: /^Mon profil/ }).tap();
  await expect(page.locator('html[data-kiosk-ready="profil"]')).toBeAttached();
  // The values come from the central API; the account number is never shown whole.
  await expect(page.getByText('06 12 34 56 78')).toBeVisible();
  await expect(page.getByText('FR•• •••• •••• •••• 0189')).toBeVisible();
  await expect(page.getByText('FR7630006000011234567890189')).toHaveCount(0);
  await expectScreen(page, 'Mon profil');

  // A bank account with one digit wrong: the key is said to be wrong, nothing typed is lost.
  await page.getByRole('button', { name: 'Modifier : Mon compte bancaire' }).tap();
  await page.getByLabel(/^Nom de la personne/).fill('Camille Martin');
  const iban = page.getByLabel(/^IBAN : le numéro du compte/);
  await iban.fill(NEW_IBAN.replace(/606$/, '607'));
  await page.getByRole('button', { name: 'Vérifier ma modification' }).tap();
  await expect(page.getByText('La clé de l’IBAN est fausse')).toBeVisible();
  await expect(iban).toHaveValue(NEW_IBAN.replace(/606$/, '607'));
  await expectScreen(page, 'Mon profil', 'IBAN key wrong');
  await iban.fill(NEW_IBAN.toLowerCase());
  await page.getByRole('button', { name: 'Vérifier ma modification' }).tap();

  // Read back as typed, with what happens next, then sent.
  await expect(page.getByRole('heading', { name: 'Vérifiez avant d’envoyer' })).toBeVisible();
  await expect(page.getByText('FR14 2004 1010 0505 0001 3M02 606')).toBeVisible();
  await expect(page.getByText(/vos paiements vont sur l’ancien compte/)).toBeVisible();
  await page.getByRole('button', { name: 'Envoyer' }).tap();
  await expect(page.getByRole('heading', { name: 'Modification envoyée' })).toBeVisible();
  const reference = (await page.getByText(/Numéro de votre demande/).textContent())!.replace(
    /.*: /,
    '',
  );

  // The receipt names the change and the last 4 characters of the account only.
  await page.getByRole('button', { name: 'Imprimer le reçu' }).tap();
  await expect(page.getByText('Le reçu est imprimé')).toBeVisible();
  const file = join(printed, readdirSync(printed)[0]!);
  expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toMatch(
    /No syntax or stream encoding errors/,
  );
  const text = await printedText(printed);
  expect(text).toContain(`Référence : ${reference}`);
  expect(text).toContain('Compte bancaire pour les paiements');
  expect(text).toContain('2606');
  expect(text.replace(/\s/g, '')).not.toContain('FR1420041010050500013M02606');

  // Back on the profile, the new account is « en cours » beside the one in use.
  await page.getByRole('button', { name: 'Retour à mon profil' }).tap();
  await expect(
    page.getByText(/Nouveau compte en cours de vérification : FR•• .* 2606/),
  ).toBeVisible();
  await expect(page.getByText('FR•• •••• •••• •••• 0189')).toBeVisible();

  // A phone that is not French is refused next to the field; a French one is sent.
  await page.getByRole('button', { name: 'Modifier : Mon téléphone' }).tap();
  const phone = page.getByLabel(/^Numéro de téléphone/);
  await phone.fill('+44 20 7946 0958');
  await page.getByRole('button', { name: 'Vérifier ma modification' }).tap();
  await expect(page.getByText('Écrivez un numéro français')).toBeVisible();
  await phone.fill('07.81.22.33.44');
  await page.getByRole('button', { name: 'Vérifier ma modification' }).tap();
  await expect(page.getByText('07 81 22 33 44')).toBeVisible();
  await page.getByRole('button', { name: 'Envoyer' }).tap();
  await expect(page.getByRole('heading', { name: 'Modification envoyée' })).toBeVisible();
  await page.getByRole('button', { name: 'Retour à mon profil' }).tap();
  await expect(page.getByText('07 81 22 33 44')).toBeVisible();
  expect(
    centralQuery<{ kind: string }>(kiosk, 'SELECT kind FROM profile_changes ORDER BY received_at'),
  ).toEqual([{ kind: 'rib' }, { kind: 'telephone' }]);
  expect(externalRequests).toEqual([]);
});
