import { readKioskLog } from '../fixtures/kiosk';
import { expect, signIn, test } from './support/fixtures';
import {
  INSIDE,
  answer,
  answerAndGo,
  expectQuestion,
  next,
  plain,
  printDir,
  printedText,
  questions,
  startActualisation,
  tile,
} from './support/actualisation';
import { expectLayoutRules, expectScreen } from './support/screen';

const printed = printDir();
test.use({ kioskOptions: { apiNow: INSIDE, printCaptureDir: printed } });

test('a month with no activity: declared, sent, receipt printed with every answer, no NIR', async ({
  page,
  kiosk,
}) => {
  await signIn(page, kiosk);
  await expect(tile(page)).toContainText('À faire');
  await expect(tile(page)).toContainText('octobre 2026');
  await expectScreen(page, 'dashboard', 'actualisation to do');
  await tile(page).tap();
  await expect(page.getByRole('heading', { level: 1, name: /octobre 2026/ })).toBeVisible();
  await expect(page.getByText('dimanche 15 novembre 2026 inclus')).toBeVisible();
  await expectScreen(page, 'actualisation intro');
  await page.getByRole('button', { name: 'Commencer mon actualisation' }).tap();

  await expectQuestion(page, 0);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('radiogroup', { name: questions[0] })).toBeVisible();
  await expectScreen(page, 'question 1');
  for (let i = 0; i < 7; i += 1) await answerAndGo(page, i, 'Non');
  await answerAndGo(page, 7, 'Oui');

  await expect(
    page.getByRole('heading', { level: 1, name: /Vérifiez votre déclaration/ }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /^Modifier la réponse/ })).toHaveCount(8);
  await expectScreen(page, 'review');
  await page.getByRole('button', { name: 'Valider ma déclaration' }).tap();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Votre actualisation est envoyée' }),
  ).toBeVisible();
  const reference = (await page.getByText(/^Référence : ACT-202610-/).textContent())!.slice(12);
  expect(reference).toMatch(/^ACT-202610-[A-Z0-9]{6}$/);
  await expect(page.getByText('État : Envoyée à France Travail')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Envoyer mes justificatifs' })).toHaveCount(0);
  await expectScreen(page, 'confirmation');

  await page.getByRole('button', { name: 'Voir mon justificatif' }).tap();
  const onScreen = page.getByRole('region', { name: /Justificatif d’actualisation/ });
  await expect(onScreen).toContainText(reference);
  await expect(onScreen).toContainText(questions[7]);
  await expectScreen(page, 'receipt on screen');

  await page.getByRole('button', { name: 'Imprimer mon justificatif' }).tap();
  await expect(page.getByText('Votre justificatif est imprimé')).toBeVisible();
  const text = await printedText(printed);
  expect(text).toContain(reference);
  expect(text).toContain('Période déclarée : octobre 2026');
  expect(text).toContain('État : Envoyée à France Travail');
  questions.forEach((question, i) =>
    expect(text).toContain(plain(`${i + 1}. ${question} Réponse : ${i === 7 ? 'Oui' : 'Non'}`)),
  );
  expect(text).not.toContain('1234567A');

  await page.getByRole('button', { name: 'Retour à mon espace' }).tap();
  await expect(tile(page)).toContainText(/Faite le .*novembre 2026/);
});

test('two employers and a sick-leave period, then "Envoyer mes justificatifs"', async ({
  page,
  kiosk,
}) => {
  await signIn(page, kiosk);
  await startActualisation(page);
  await answerAndGo(page, 0, 'Non');

  await expectQuestion(page, 1);
  await answer(page, 'Oui');
  await expect(
    page.getByText(/Le salaire brut : votre salaire avant que l’on enlève les cotisations/),
  ).toBeVisible();
  const first = page.getByRole('group', { name: 'Employeur ou activité 1' });
  await first.getByLabel(/^Nom de l’employeur/).fill('Boulangerie Durand');
  await first.getByLabel(/^Heures travaillées/).fill('35');
  await first.getByLabel(/^Salaire brut/).fill('1 234,56');
  await page.getByRole('button', { name: 'Ajouter un employeur' }).tap();
  const second = page.getByRole('group', { name: 'Employeur ou activité 2' });
  await second.getByLabel(/^Nom de l’employeur/).fill('Mairie de Lannion');
  await second.getByLabel(/^Heures travaillées/).fill('12');
  await second.getByLabel(/^Salaire brut/).fill('180');
  await expectScreen(page, 'employers');
  await next(page);

  await answerAndGo(page, 2, 'Non');
  await expectQuestion(page, 3);
  await answer(page, 'Oui');
  await page.getByLabel(/^Premier jour/).fill('05/10/2026');
  await page.getByLabel(/^Dernier jour/).fill('09/10/2026');
  await expectScreen(page, 'sick leave');
  await next(page);
  for (let i = 4; i < 7; i += 1) await answerAndGo(page, i, 'Non');
  await answerAndGo(page, 7, 'Oui');

  const review = page.getByRole('list').filter({ hasText: questions[0] });
  await expect(review).toContainText('Boulangerie Durand : 35 heures, 1 234,56 € brut');
  await expect(review).toContainText('Mairie de Lannion : 12 heures, 180,00 € brut');
  await expect(review).toContainText('du 05/10/2026 au 09/10/2026');

  // "Modifier" goes to that question and straight back to the review.
  await page.getByRole('button', { name: `Modifier la réponse à : ${questions[2]}` }).tap();
  await expectQuestion(page, 2);
  await expect(page.getByRole('radio', { name: 'Non' })).toHaveAttribute('aria-checked', 'true');
  await next(page);
  await expect(page.getByRole('heading', { level: 1, name: /Vérifiez/ })).toBeVisible();

  await page.getByRole('button', { name: 'Valider ma déclaration' }).tap();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Votre actualisation est envoyée' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Imprimer mon justificatif' }).tap();
  const text = await printedText(printed);
  expect(text).toContain('Boulangerie Durand : 35 heures, 1 234,56 € brut');
  expect(text).toContain('Mairie de Lannion : 12 heures, 180,00 € brut');
  expect(text).toContain('du 05/10/2026 au 09/10/2026');
  expect(text).toContain(plain(`4. ${questions[3]} Réponse : Oui`));

  await page.getByRole('button', { name: 'Envoyer mes justificatifs' }).tap();
  // Hours and a sick leave were declared: the documents flow opens next.
  await expect(page.locator('html[data-kiosk-ready="documents"]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1, name: 'Envoyer un document' })).toBeVisible();
});

test('"Non" to question 8 explains what it means and asks for confirmation', async ({
  page,
  kiosk,
}) => {
  await signIn(page, kiosk);
  await startActualisation(page);
  for (let i = 0; i < 7; i += 1) await answerAndGo(page, i, 'Non');
  await expectQuestion(page, 7);
  await answer(page, 'Non');
  await expect(
    page.getByText(/ne cherchez plus de travail\. Votre inscription s’arrête\./),
  ).toBeVisible();
  await next(page);
  const dialog = page.getByRole('alertdialog', { name: /ne cherchez plus d’emploi/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Revenir à la question' })).toBeFocused();
  await expectScreen(page, 'confirmation dialog');
  await dialog.getByRole('button', { name: 'Revenir à la question' }).tap();
  await expect(dialog).toBeHidden();
  await expectQuestion(page, 7);

  await next(page);
  await page.getByRole('button', { name: 'Je confirme : je ne cherche plus d’emploi' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: /Vérifiez/ })).toBeVisible();
  const last = page.getByRole('listitem').filter({ hasText: questions[7] });
  await expect(last).toContainText('Non');
});

test('leaving halfway keeps nothing: the next start is blank', async ({ page, kiosk }) => {
  await signIn(page, kiosk);
  await startActualisation(page);
  await answerAndGo(page, 0, 'Oui');
  await expectQuestion(page, 1);
  await page.getByRole('button', { name: 'Retour à mon espace' }).tap();
  await expect(page.locator('html[data-kiosk-ready="dashboard"]')).toBeAttached();
  await startActualisation(page);
  await expect(page.getByRole('radio', { name: 'Oui' })).toHaveAttribute('aria-checked', 'false');
  await expect(page.getByRole('radio', { name: 'Non' })).toHaveAttribute('aria-checked', 'false');
});

test('keyboard alone, 44 px targets, and nothing personal in the logs', async ({ page, kiosk }) => {
  await signIn(page, kiosk);
  await tile(page).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Commencer mon actualisation' }).focus();
  await page.keyboard.press('Enter');
  for (let i = 0; i < 8; i += 1) {
    await expectQuestion(page, i);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await page.keyboard.press('Tab'); // onto "Oui", the group's tab stop
    if (i === 1) {
      await page.keyboard.press('Space');
      await page.getByLabel(/^Nom de l’employeur/).fill('Canari Boulangerie');
      await page.getByLabel(/^Heures travaillées/).fill('17');
      await page.getByLabel(/^Salaire brut/).fill('4 321,09');
      await expectLayoutRules(page, 'employers, filled by keyboard');
      await page.getByRole('button', { name: 'Continuer' }).focus();
    } else if (i === 7) {
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
    } else {
      await page.keyboard.press('ArrowRight'); // "Non"
      await expect(page.getByRole('radio', { name: 'Non' })).toBeFocused();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
    }
    await expect(page.getByRole('button', { name: 'Continuer' })).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 1, name: /Vérifiez/ })).toBeVisible();
  await expectLayoutRules(page, 'review');
  await page.getByRole('button', { name: 'Valider ma déclaration' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /envoyée/ })).toBeVisible();
  await page.getByRole('button', { name: 'Voir mon justificatif' }).tap();
  await expectLayoutRules(page, 'receipt on screen');

  await page.getByRole('button', { name: 'Terminer' }).tap();
  await expect(page.locator('html[data-kiosk-ready="welcome"]')).toBeAttached();
  const log = readKioskLog(kiosk.dataDir);
  expect(log).toContain('"event":"visit.ended"');
  for (const secret of ['Canari', '4 321,09', '432109', 'Camille', 'Martin', '1234567A']) {
    expect(log).not.toContain(secret);
    expect(kiosk.output()).not.toContain(secret);
  }
});
