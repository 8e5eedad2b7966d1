import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demo, expect, signIn, test } from './support/fixtures';
import { expectScreen } from './support/screen';

const printDir = mkdtempSync(join(tmpdir(), 'kiosk-cv-print-'));
test.use({ kioskOptions: { printCaptureDir: printDir } });

async function openCvs(page: Page) {
  await page.getByRole('button', { name: /Mes CV/ }).tap();
  await expect(page.locator('html[data-kiosk-ready="cv"]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1, name: 'Mes CV' })).toBeVisible();
}

async function chooseJob(page: Page, query: string, label: string) {
  await page.getByLabel(/^Métier recherché/).fill(query);
  await page
    .getByRole('button', { name: new RegExp(`^${label}`) })
    .first()
    .tap();
  await expect(page.getByText(/^Métier choisi/)).toBeVisible();
}

async function fillDate(page: Page, id: string, month: string, year: string) {
  await page.locator(`#${id}-month`).selectOption({ label: month });
  await page.locator(`#${id}-year`).selectOption(year);
}

const next = (page: Page) => page.getByRole('button', { name: 'Enregistrer et continuer' }).tap();
const stepIs = (page: Page, n: number) =>
  expect(page.getByText(new RegExp(`^Étape ${n} sur 4`))).toBeVisible();

/** Page heights of the parts of step 2 at 1920×1080, for the report. */
const partHeights: Record<string, number> = {};

/** Arrived at a part of step 2: its heading has the focus, the parts say where the person is. */
async function partIs(page: Page, n: number, heading: string) {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused();
  await expect(page.getByText(`Partie ${n} sur 5 des informations`)).toBeVisible();
}

/**
 * A part of step 2 filled in, as a person sees it: the screen checks, and a page that is not
 * several screens long (under two screen heights at 1920×1080 for 16 px text, in proportion to the
 * text size actually drawn: the whole step once was 6,000 px).
 */
async function partFilled(page: Page, n: number, heading: string) {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expectScreen(page, `CV step 1 part ${n}`, 'filled');
  const [height, rootPx] = await page.evaluate(() => [
    document.documentElement.scrollHeight,
    parseFloat(getComputedStyle(document.documentElement).fontSize),
  ]);
  partHeights[heading] = height;
  expect(height, `height of «${heading}» at 1920×1080`).toBeLessThan(2 * 1080 * (rootPx / 16));
}

test.afterAll(() => {
  if (Object.keys(partHeights).length > 0)
    console.log(`CV step 2 part heights at 1920×1080: ${JSON.stringify(partHeights)}`);
});

test('a complete CV from scratch: two experiences, model, preview, print, publish, reopen at a new visit, duplicate', async ({
  page,
  kiosk,
}) => {
  test.setTimeout(180_000);
  await signIn(page, kiosk);
  await openCvs(page);
  await expect(page.getByText('Vous n’avez pas encore de CV.')).toBeVisible();
  await expectScreen(page, 'CV list', 'empty');
  await page.getByRole('button', { name: 'Créer un CV' }).tap();

  // Step 0: cible professionnelle.
  await stepIs(page, 1);
  await page.getByLabel(/^Métier recherché/).fill('maitre nageur');
  await expect(
    page.getByRole('button', { name: /^Maître-nageur sauveteur \/ Maître-nageuse sauveteuse/ }),
  ).toBeVisible();
  await expectScreen(page, 'CV step 0', 'with results');
  await chooseJob(page, 'maitre nageur', 'Maître-nageur sauveteur / Maître-nageuse sauveteuse');
  await expect(page.getByText(/liste des métiers \(ROME\) : G1224\./)).toBeVisible();
  await page.getByLabel(/^Lieux de travail souhaités/).fill('Lannion');
  await page.getByRole('button', { name: 'Ajouter Lannion (22)' }).tap();
  await page.getByLabel('CDI').check({ force: true });
  await page.getByLabel('Temps plein').check({ force: true });
  await next(page);

  // Step 1: informations, one part at a time.
  await stepIs(page, 2);
  await partIs(page, 1, 'Titre et coordonnées');
  await expect(page).toHaveTitle(/^Titre et coordonnées — Mes CV/);
  await expect(page.getByLabel('Titre du CV')).toHaveValue(
    'Maître-nageur sauveteur / Maître-nageuse sauveteuse',
  );
  await page.getByLabel('Titre du CV').fill('Maître-nageuse sauveteuse');
  await page
    .getByLabel(/^Accroche/)
    .fill('Diplômée du BPJEPS, je cherche un poste en piscine près de Lannion.');
  await page.getByLabel('Adresse électronique').fill('camille.martin@exemple.fr');
  await page.getByLabel('Téléphone').fill('06 12 34 56 78');
  await partFilled(page, 1, 'Titre et coordonnées');
  await next(page);
  await partIs(page, 2, 'Expériences professionnelles');
  for (const [i, job, employer, place, tasks] of [
    [
      0,
      'Surveillante de baignade',
      'Centre aquatique Forum',
      'Trégastel',
      'Surveillance des bassins et premiers secours.',
    ],
    [1, 'Animatrice aquagym', 'Piscine Ti Dour', 'Lannion', 'Séances d’aquagym pour seniors.'],
  ] as const) {
    await page.getByRole('button', { name: 'Ajouter une expérience' }).tap();
    await page.locator(`#cv-exp-${i}-job`).fill(job);
    await page.locator(`#cv-exp-${i}-employer`).fill(employer);
    await page.locator(`#cv-exp-${i}-place`).fill(place);
    await fillDate(
      page,
      `cv-exp-${i}-start`,
      i === 0 ? 'juin' : 'octobre',
      i === 0 ? '2022' : '2023',
    );
    if (i === 0) await fillDate(page, `cv-exp-0-end`, 'septembre', '2023');
    await page.locator(`#cv-exp-${i}-tasks`).fill(tasks);
  }
  // The job held today: its end date goes away.
  await page.getByText('Poste actuel : je l’occupe encore').nth(1).tap();
  await expect(page.locator('#cv-exp-1-end-month')).toBeHidden();
  await expect(page.locator('#cv-exp-0-end-month')).toBeVisible();
  await partFilled(page, 2, 'Expériences professionnelles');
  await next(page);
  await partIs(page, 3, 'Formations et diplômes');
  await page.getByRole('button', { name: 'Ajouter une formation' }).tap();
  await page.locator('#cv-form-0-title').fill('BPJEPS Activités aquatiques');
  await page.locator('#cv-form-0-school').fill('CREPS de Bretagne');
  await fillDate(page, 'cv-form-0-end', 'juin', '2022');
  await partFilled(page, 3, 'Formations et diplômes');
  await next(page);
  await partIs(page, 4, 'Langues et permis');
  await page.getByRole('button', { name: 'Ajouter une langue' }).tap();
  await page.locator('#cv-lang-0').fill('Anglais');
  // Each permis in words; the rare ones one touch away.
  await page.getByText('B : voiture').tap();
  await expect(page.getByLabel('B : voiture')).toBeChecked();
  await expect(page.getByLabel(/^CE :/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Autres permis' }).tap();
  await expect(page.getByLabel('A1 : moto légère (125 cm³)')).toBeFocused();
  await expect(page.getByLabel('CE : poids lourd avec remorque')).not.toBeChecked();
  await partFilled(page, 4, 'Langues et permis');
  await next(page);
  await partIs(page, 5, 'Compétences et centres d’intérêt');
  const romeSkills = page.getByRole('group', { name: /Compétences du métier/ });
  await romeSkills.getByRole('checkbox').first().check({ force: true });
  await page.getByLabel('Autre compétence').fill('Pédagogie auprès des enfants');
  await page.getByRole('button', { name: 'Ajouter la compétence' }).tap();
  await page.getByLabel('Centre d’intérêt', { exact: true }).fill('Plongée sous-marine');
  await page.getByRole('button', { name: 'Ajouter le centre d’intérêt' }).tap();
  await expect(page.locator('#cv-gauge')).toHaveAttribute('value', '100');
  await partFilled(page, 5, 'Compétences et centres d’intérêt');
  await next(page);

  // Step 2: mise en page with the real PDF's preview, then print.
  await stepIs(page, 3);
  await page.getByLabel('Modèle 2 : colonne').check({ force: true });
  await page.getByLabel('Formation en premier').check({ force: true });
  await expect(page.getByRole('img', { name: 'Aperçu de la page 1 du CV' })).toBeVisible();
  await expectScreen(page, 'CV step 2', 'with preview');
  await page.getByRole('button', { name: 'Imprimer mon CV' }).tap();
  await expect(page.getByText('Votre CV est en cours d’impression.')).toBeVisible();
  const printed = readdirSync(printDir).filter((f) => f.endsWith('-cv.pdf'));
  expect(printed).toHaveLength(1);
  const text = execFileSync(
    'pdftotext',
    ['-x', '190', '-y', '0', '-W', '406', '-H', '842', join(printDir, printed[0]!), '-'],
    {
      encoding: 'utf8',
    },
  ).replace(/\s+/g, ' ');
  expect(text).toContain('Camille Martin');
  expect(text).toContain('Maître-nageuse sauveteuse');
  expect(text.indexOf('BPJEPS Activités aquatiques')).toBeLessThan(
    text.indexOf('Surveillante de baignade'),
  );
  expect(text).toContain('Séances d’aquagym pour seniors.');
  await next(page);

  // Step 3: publish.
  await stepIs(page, 4);
  await page.getByLabel(/Je mets mon CV en ligne/).check({ force: true });
  await expectScreen(page, 'CV step 3');
  await page.getByRole('button', { name: 'Valider mes choix' }).tap();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Votre CV est enregistré' }),
  ).toBeVisible();
  await expect(page.getByText('Votre CV est en ligne dans la banque de CV.')).toBeVisible();
  // What "Envoyer" sends, and to whom, is said before the person sends it.
  await expect(page.getByText(/^Nous envoyons votre CV en PDF à l’adresse/)).toBeVisible();
  await page.getByRole('button', { name: 'Envoyer mon CV à cette adresse' }).tap();
  await expect(
    page.getByText('C’est noté : votre CV vous sera envoyé par courriel.'),
  ).toBeVisible();
  await expectScreen(page, 'CV done');

  // A new visit: the CV comes back from the central API.
  await page.getByRole('button', { name: 'Terminer' }).tap();
  await expect(page.locator('html[data-kiosk-ready="welcome"]')).toBeAttached();
  await page.getByRole('button', { name: 'Commencer' }).tap();
  await page.getByLabel(/^Identifiant/).fill(demo.identifiant);
  await page.getByLabel(/^Mot de passe/).fill(demo.motDePasse);
  await page.getByLabel(/^Code postal/).fill(demo.codePostal);
  await page.getByRole('button', { name: 'Se connecter' }).tap();
  await openCvs(page);
  const card = page.getByRole('listitem').filter({ hasText: 'Maître-nageuse sauveteuse' });
  await expect(card).toContainText('En ligne');
  await expect(card).toContainText('Complété à 100 %');
  await expectScreen(page, 'CV list');
  await card.getByRole('button', { name: 'Ouvrir' }).tap();
  await stepIs(page, 4);
  await page.getByRole('button', { name: 'Précédent' }).tap();
  await page.getByRole('button', { name: 'Précédent' }).tap();
  await partIs(page, 5, 'Compétences et centres d’intérêt');
  for (let n = 0; n < 3; n++) await page.getByRole('button', { name: 'Précédent' }).tap();
  await partIs(page, 2, 'Expériences professionnelles');
  await expect(page.locator('#cv-exp-1-job')).toHaveValue('Animatrice aquagym');
  await expect(page.getByLabel('Poste actuel : je l’occupe encore').nth(1)).toBeChecked();
  await page.getByRole('button', { name: 'Enregistrer et revenir à mes CV' }).tap();

  // Duplicate it for another job.
  await page
    .getByRole('listitem')
    .filter({ hasText: 'Maître-nageuse sauveteuse' })
    .getByRole('button', { name: 'Dupliquer pour un autre métier' })
    .tap();
  await stepIs(page, 1);
  await chooseJob(page, 'caissier', 'Caissier / Caissière');
  await next(page);
  await stepIs(page, 2);
  await page.getByLabel('Titre du CV').fill('Caissière');
  await next(page);
  await expect(page.locator('#cv-exp-0-job')).toHaveValue('Surveillante de baignade');
  await page.getByRole('button', { name: 'Enregistrer et revenir à mes CV' }).tap();
  await expect(page.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('listitem').filter({ hasText: 'Caissière' })).toContainText('D1505');
});

test('the gauge pop-in, then the five-CV limit with a clear message', async ({ page, kiosk }) => {
  test.setTimeout(180_000);
  await signIn(page, kiosk);
  await openCvs(page);
  await page.getByRole('button', { name: 'Créer un CV' }).tap();
  // The job search works from the keyboard alone: type, Tab to the first result, Enter.
  await page.getByLabel(/^Métier recherché/).focus();
  await page.keyboard.type('boulnger');
  // The previous answer stays on screen while the next is asked: wait for the one for the word.
  const found = page.getByRole('region', { name: 'Métiers trouvés' }).getByRole('button');
  await expect(found.first()).toHaveAccessibleName(/^Boulanger \/ Boulangère D1102/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Boulanger \/ Boulangère D1102/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Métier choisi : Boulanger \/ Boulangère/)).toBeVisible();
  await next(page);
  await stepIs(page, 2);
  for (let n = 0; n < 5; n++) await next(page);
  const popin = page.getByRole('dialog', { name: 'Taux de saisie de votre CV' });
  await expect(popin).toContainText('Vous pouvez encore compléter votre CV');
  await expectScreen(page, 'gauge pop-in');
  await popin.getByRole('button', { name: 'Compléter' }).tap();
  await partIs(page, 1, 'Titre et coordonnées');
  for (let n = 0; n < 5; n++) await next(page);
  await page.getByRole('button', { name: 'Ignorer et continuer' }).tap();
  await stepIs(page, 3);
  await page.getByRole('button', { name: 'Enregistrer et revenir à mes CV' }).tap();

  // One CV per job, said as soon as the job is picked, with the way to the CV already made.
  await page.getByRole('button', { name: 'Créer un CV' }).tap();
  await chooseJob(page, 'boulanger', 'Boulanger / Boulangère');
  await expect(page.getByRole('alert')).toContainText(
    'Vous avez déjà un CV pour ce métier : « Boulanger / Boulangère »',
  );
  await expectScreen(page, 'CV step 0', 'job already has a CV');
  await page.getByRole('button', { name: 'Ouvrir mon CV « Boulanger / Boulangère »' }).tap();
  await stepIs(page, 3);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Enregistrer et revenir à mes CV' }).tap();
  await expect(page.getByRole('listitem')).toHaveCount(1);

  for (const [query, label] of [
    ['caissier', 'Caissier / Caissière'],
    ['menuisier', 'Menuisier / Menuisière'],
    ['serveur', 'Serveur / Serveuse'],
    ['aide soignant', 'Aide-soignant / Aide-soignante'],
  ]) {
    await page.getByRole('button', { name: 'Créer un CV' }).tap();
    await chooseJob(page, query!, label!);
    await page.getByRole('button', { name: 'Enregistrer et revenir à mes CV' }).tap();
    await expect(page.getByRole('button', { name: 'Créer un CV' })).toBeVisible();
  }
  await expect(page.getByRole('listitem')).toHaveCount(5);
  await page.getByRole('button', { name: 'Créer un CV' }).tap();
  await expect(page.getByRole('alert')).toContainText(
    'Vous avez déjà 5 CV, le maximum. Supprimez un CV pour en créer un autre',
  );
  await expectScreen(page, 'CV list at the limit');
  // Deleting one makes room again.
  const boulanger = page.getByRole('listitem').filter({ hasText: 'Boulanger' });
  await boulanger.getByRole('button', { name: 'Supprimer' }).tap();
  await boulanger.getByRole('button', { name: 'Confirmer la suppression' }).tap();
  await expect(page.getByRole('listitem')).toHaveCount(4);
});
