import type { Page } from '@playwright/test';
import { demo, expect, fillLogin, openWelcome, test } from './support/fixtures';
import { expectScreen } from './support/screen';

/** The dates of the exact offers on screen, as YYYY-MM-DD, top to bottom. */
async function exactDates(page: Page): Promise<string[]> {
  const texts = await page.locator('article:not([data-match="close"])').allInnerTexts();
  return texts.map((text) => {
    const [, d, m, y] = /Publiée le (\d\d)\/(\d\d)\/(\d{4})/.exec(text) ?? [];
    return `${y}-${m}-${d}`;
  });
}

test('a visitor not signed in finds offers: a mistyped job near a town, exact then close, sort, pages, the detail, by number; signed in, applies with a new CV', async ({
  page,
  kiosk,
}) => {
  test.setTimeout(90_000);
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
  await expect(
    page.getByText('Pour garder une offre ou pour postuler, connectez-vous à votre espace.'),
  ).toBeVisible();

  // The same visit, signed in: a CV made in the CV flow, its offers by e-mail, one offer kept
  // and applied to, the application in Mes échanges.
  await page.getByRole('button', { name: 'Nouvelle recherche' }).tap();
  await page.getByRole('button', { name: 'Me connecter à mon espace' }).tap();
  await fillLogin(page, demo);
  await page.getByRole('button', { name: 'Se connecter' }).tap();
  // A CV made in the CV flow: the job and a town, the title it proposes, put online.
  await page.getByRole('button', { name: /Mes CV/ }).tap();
  await page.getByRole('button', { name: 'Créer un CV' }).tap();
  await page.getByLabel(/^Métier recherché/).fill('electricien batiment');
  await page
    .getByRole('button', { name: /^Electricien \/ Electricienne du bâtiment/ })
    .first()
    .tap();
  await page.getByLabel(/^Lieux de travail souhaités/).fill('Clermont-Ferrand');
  await page.getByRole('button', { name: 'Ajouter Clermont-Ferrand (63)' }).tap();
  const next = () => page.getByRole('button', { name: 'Enregistrer et continuer' }).tap();
  for (let n = 0; n < 6; n++) await next();
  await page.getByRole('button', { name: 'Ignorer et continuer' }).tap();
  await next();
  await page.getByLabel(/Je mets mon CV en ligne/).check({ force: true });
  await page.getByRole('button', { name: 'Valider mes choix' }).tap();
  await page.getByRole('button', { name: 'Ignorer et continuer' }).tap();

  // « Voir les offres pour ce CV »: its job around its town.
  await page.getByRole('button', { name: 'Voir les offres pour ce CV' }).tap();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Offres pour Electricien / Electricienne du bâtiment',
    }),
  ).toBeFocused();
  await expect(page.getByText('Distances depuis Clermont-Ferrand, en ligne droite.')).toBeVisible();

  // Subscribed by e-mail: the name made from the search, the address typed.
  await page.getByRole('button', { name: 'Recevoir ces offres par courriel' }).tap();
  await expect(page.getByLabel(/^Nom de l’abonnement/)).toHaveValue(
    'Electricien / Electricienne du bâtiment',
  );
  await page.getByLabel(/^Nom de l’abonnement/).fill('Électricien à Clermont');
  await page.getByLabel(/^Adresse e-mail/).fill('camille.martin@exemple.fr');
  await expectScreen(page, 'Offres alert form', 'filled');
  await page.getByRole('button', { name: 'Enregistrer l’abonnement' }).tap();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Mes abonnements aux offres' }),
  ).toBeFocused();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Électricien à Clermont' }),
  ).toBeVisible();
  await expect(page.getByText(/^Actif jusqu’au \d\d\/\d\d\/\d{4}$/)).toBeVisible();
  await expectScreen(page, 'Offres alerts', 'one alert');

  // The seed's offer, by its number: kept in the classeur, then applied to with the new CV.
  await page.getByRole('button', { name: 'Nouvelle recherche' }).tap();
  await page.getByText('Par numéro d’offre').tap();
  await page.getByLabel(/^Numéro de l’offre/).fill('688418K');
  await page.getByRole('button', { name: 'Rechercher' }).tap();
  await page.getByRole('button', { name: 'Garder dans mon classeur' }).tap();
  await expect(page.getByText('L’offre est dans votre classeur.')).toBeVisible();
  await page.getByRole('button', { name: 'Postuler à cette offre' }).tap();
  await page.getByLabel(/^Electricien \/ Electricienne du bâtiment/).check({ force: true });
  await page.getByLabel(/^Message à l’employeur/).fill('Je suis disponible dès lundi.');
  await expectScreen(page, 'Offres apply', 'filled');
  await page.getByRole('button', { name: 'Relire ma candidature' }).tap();
  await page.getByRole('button', { name: 'Envoyer ma candidature' }).tap();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Votre candidature est envoyée' }),
  ).toBeFocused();
  const reference = page.getByText(/^Référence : APP-\d{8}-[0-9A-Z]{6}$/);
  await expect(reference).toBeVisible();
  await expectScreen(page, 'Offres applied');
  const ref = (await reference.innerText()).replace('Référence : ', '');

  // Applying again to the same offer: said plainly.
  await page.getByRole('button', { name: 'Retour à l’offre' }).tap();
  await page.getByRole('button', { name: 'Postuler à cette offre' }).tap();
  await page.getByLabel(/^Electricien \/ Electricienne du bâtiment/).check({ force: true });
  await page.getByRole('button', { name: 'Relire ma candidature' }).tap();
  await page.getByRole('button', { name: 'Envoyer ma candidature' }).tap();
  await expect(page.getByText(/^Vous avez déjà postulé à cette offre/)).toBeVisible();

  // Mes échanges lists it, sent.
  await page.getByRole('button', { name: 'Modifier ma candidature' }).tap();
  await page.getByRole('button', { name: 'Retour à l’offre' }).tap();
  await page
    .getByRole('button', { name: 'Retour aux résultats' })
    .or(page.getByRole('button', { name: 'Nouvelle recherche' }))
    .first()
    .tap();
  await page.getByRole('button', { name: 'Mon classeur d’offres' }).tap();
  await expect(
    page.getByRole('button', { name: 'Electricien / Electricienne du bâtiment' }),
  ).toBeVisible();
  await expectScreen(page, 'Offres classeur', 'one offer');
  await page.getByRole('button', { name: 'Nouvelle recherche' }).tap();
  await page.getByRole('button', { name: 'Retour à mon espace' }).tap();
  await page.getByRole('button', { name: /^Mes échanges/ }).tap();
  const applications = page.getByRole('region', { name: 'Mes candidatures' });
  const line = applications.locator(`[data-reference="${ref}"]`);
  await expect(line).toContainText('Electricien / Electricienne du bâtiment');
  await expect(line).toContainText('Envoyée');
});
