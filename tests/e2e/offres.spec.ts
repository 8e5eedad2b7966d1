import type { Page } from '@playwright/test';
import { expect, openWelcome, test } from './support/fixtures';
import { expectScreen } from './support/screen';

/** The dates of the exact offers on screen, as YYYY-MM-DD, top to bottom. */
async function exactDates(page: Page): Promise<string[]> {
  const texts = await page.locator('article:not([data-match="close"])').allInnerTexts();
  return texts.map((text) => {
    const [, d, m, y] = /Publiée le (\d\d)\/(\d\d)\/(\d{4})/.exec(text) ?? [];
    return `${y}-${m}-${d}`;
  });
}

test('a visitor not signed in finds offers: a mistyped job near a town, exact then close, sort, pages, the detail, by number', async ({
  page,
  kiosk,
}) => {
  await openWelcome(page, kiosk);
  await page.getByRole('button', { name: 'Chercher des offres d’emploi' }).tap();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Chercher des offres d’emploi' }),
  ).toBeFocused();
  await expectScreen(page, 'Offres search', 'empty');

  await page.getByLabel(/^Métier/).fill('boulangre');
  await page.getByRole('button', { name: /^Boulanger \/ Boulangère D1102/ }).tap();
  await page.getByLabel(/^Lieu de travail/).fill('Paris');
  await page.getByRole('button', { name: /^Paris \(75\) Ville/ }).tap();
  await page.getByRole('button', { name: 'Rechercher' }).tap();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Offres pour Boulanger / Boulangère' }),
  ).toBeFocused();
  await expect(page.getByText(/^\d+ offres? répond(ent)? exactement/)).toBeVisible();
  await expect(page.getByText(/^\d+ offres? (sont|est) proches?/)).toBeVisible();
  await expect(page.getByText('Distances depuis Paris, en ligne droite.')).toBeVisible();
  // Exact offers first, then the close ones (other trades of the same domain), each with its distance.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'Offres exactes',
    'Offres proches',
  ]);
  await expect(page.locator('article').first()).toContainText('Boulanger');
  await expect(
    page
      .locator('article')
      .filter({ hasText: /À \d+ km/ })
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /^Pertinence : \d sur 4$/ }).first()).toBeVisible();
  await expectScreen(page, 'Offres results', 'filled');

  // The newest first: the order changes, the exact offers stay first.
  const byRelevance = await exactDates(page);
  await page.getByLabel('Trier les offres').selectOption({ label: 'Les plus récentes' });
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Offres exactes');
  await expect
    .poll(async () => {
      const dates = await exactDates(page);
      return dates.join() === [...dates].sort().reverse().join() ? dates : null;
    })
    .not.toBeNull();
  expect(await exactDates(page)).not.toEqual(byRelevance);
  await expect(page.getByText(/^Page 1 sur \d+$/)).toBeVisible();
  await page.getByRole('button', { name: 'Page suivante' }).tap();
  await expect(page.getByText(/^Page 2 sur \d+$/)).toBeVisible();

  const first = page.locator('article h3 button').first();
  const title = (await first.innerText()).trim();
  await first.tap();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await expect(page.getByText(/^Offre n° \d{6}[A-Z]$/)).toBeVisible();
  await expect(page.getByText('Lieu de travail', { exact: true })).toBeVisible();
  await expectScreen(page, 'Offre detail', 'filled');
  await page.getByRole('button', { name: 'Retour aux résultats' }).tap();
  await expect(page.getByText(/^Page 2 sur \d+$/)).toBeVisible();

  // By number: a wrong format, a filled offer, then the seed's own example.
  await page.getByRole('button', { name: 'Nouvelle recherche' }).tap();
  await page.getByText('Par numéro d’offre').tap();
  const numero = page.getByLabel(/^Numéro de l’offre/);
  await numero.fill('68841');
  await page.getByRole('button', { name: 'Rechercher' }).tap();
  await expect(
    page.getByText('Écrivez 6 chiffres et 1 lettre, par exemple 688418K.'),
  ).toBeVisible();
  await numero.fill('900001P');
  await page.getByRole('button', { name: 'Rechercher' }).tap();
  await expect(page.getByText(/Cette offre est pourvue/)).toBeVisible();
  await numero.fill('688418k');
  await page.getByRole('button', { name: 'Rechercher' }).tap();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Electricien / Electricienne du bâtiment' }),
  ).toBeVisible();
  await expect(page.getByText('Clermont-Ferrand (63)')).toBeVisible();
});
