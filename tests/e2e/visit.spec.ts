import { chromiumLaunchOptions } from '../fixtures/chromium';
import { landscape } from '../fixtures/screenProfiles';
import { readKioskLog } from '../fixtures/kiosk';
import {
  answerAndGo,
  answer,
  expectQuestion,
  next,
  startActualisation,
} from './support/actualisation';
import { demo, expect, fillLogin, openWelcome, signIn, test } from './support/fixtures';
import { expectLayoutRules, expectScreen } from './support/screen';

test.describe('a whole visit, from welcome to wipe', () => {
  test('a demo user signs in, is greeted by name, ends the visit, and the next visit finds no trace', async ({
    page,
    kiosk,
    externalRequests,
  }) => {
    void externalRequests;
    await signIn(page, kiosk);
    await expect(
      page.getByRole('heading', { level: 1, name: `Bonjour ${demo.prenom} ${demo.nom}` }),
    ).toBeVisible();
    for (const service of [
      "M'actualiser",
      'Mes échanges',
      'Envoyer un document',
      'Mes CV',
      'Ma clé de sécurité',
    ]) {
      await expect(page.getByText(service, { exact: true })).toBeVisible();
    }
    // Every service has its screen now: no tile says "Bientôt".
    await expect(page.getByText('Bientôt', { exact: true })).toHaveCount(0);

    // Canaries a page could leave behind: every kind of storage the browser keeps for an origin.
    await page.evaluate(async () => {
      localStorage.setItem('canary', 'Camille Martin');
      sessionStorage.setItem('canary', 'Camille Martin');
      document.cookie = 'canary=Camille; path=/; max-age=3600';
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('canary-db', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('s').put('Camille Martin', 'k');
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
      });
      await (await caches.open('canary-cache')).put('/canary', new Response('Camille Martin'));
    });

    await page.getByRole('button', { name: 'Terminer' }).tap();
    await expect(page.locator('html[data-kiosk-ready="welcome"]')).toBeAttached();
    await expect(page.getByRole('button', { name: 'Commencer' })).toBeVisible();

    const residue = await page.evaluate(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).map((db) => db.name),
      cacheNames: await caches.keys(),
      text: document.documentElement.outerHTML,
    }));
    expect(residue.cookie).toBe('');
    expect(residue.local).toBe(0);
    expect(residue.session).toBe(0);
    expect(residue.databases).toEqual([]);
    expect(residue.cacheNames).toEqual([]);
    expect(residue.text).not.toContain(demo.prenom);
    expect(residue.text).not.toContain(demo.nom);
    expect(await page.context().cookies()).toEqual([]);

    // The visit is really over on the main side too: the old session cannot be used any more.
    const log = readKioskLog(kiosk.dataDir);
    expect(log).toContain('"event":"visit.ended"');
    for (const secret of [
      demo.identifiant,
      demo.motDePasse,
      demo.codePostal,
      demo.prenom,
      demo.nom,
    ]) {
      expect(log).not.toContain(secret);
      expect(kiosk.output()).not.toContain(secret);
    }
  });

  test('in Arabic, the page is mirrored; "Annuler" ends the visit and French comes back', async ({
    page,
    kiosk,
  }) => {
    await openWelcome(page, kiosk);
    await page.getByRole('button', { name: 'العربية' }).tap();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expectScreen(page, 'welcome', 'in Arabic');
    await page.getByRole('button', { name: 'ابدأ' }).tap();
    const title = page.getByRole('heading', { level: 1, name: 'الدخول إلى فضائي الشخصي' });
    await expect(title).toBeFocused();
    // Mirrored: the title's words start at the right edge, the main action is right of "cancel".
    const words = await title.evaluate((h1) => {
      const range = document.createRange();
      range.selectNodeContents(h1);
      const text = range.getBoundingClientRect();
      const main = h1.closest('main')!.getBoundingClientRect();
      return { fromRight: main.right - text.right, fromLeft: text.left - main.left };
    });
    expect(words.fromRight).toBeLessThan(words.fromLeft);
    const submit = await page.getByRole('button', { name: 'دخول', exact: true }).boundingBox();
    const cancel = await page.getByRole('button', { name: 'إلغاء', exact: true }).boundingBox();
    expect(submit!.x).toBeGreaterThan(cancel!.x);
    await expect(page.getByLabel(/^Identifiant/)).toHaveAttribute('dir', 'ltr');
    await expectScreen(page, 'sign-in', 'in Arabic');
    // The header's list of languages opens in reach and inside the screen.
    const menu = page.getByRole('button', { name: 'اللغة: العربية' });
    await menu.tap();
    await expect(page.getByRole('group', { name: 'اختر اللغة' }).last()).toBeVisible();
    await expectLayoutRules(page, 'sign-in, languages open');
    await menu.tap();
    await page.getByLabel(/^Identifiant/).fill(demo.identifiant);
    await page.getByRole('button', { name: 'إلغاء' }).tap();
    await expect(page.getByRole('button', { name: 'Commencer' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await page.getByRole('button', { name: 'Commencer' }).tap();
    await expect(page.getByLabel(/^Identifiant/)).toHaveValue('');
  });
});

test.describe('a visit walked in an American browser, with a second page and a reload', () => {
  test('dates read JJ/MM/AAAA; Terminer asks only with work in progress; one page drives the kiosk', async ({
    page: second,
    playwright,
    kiosk,
  }) => {
    // Its own browser: the language is a launch flag (Chromium's own controls follow it).
    const launch = chromiumLaunchOptions();
    const browser = await playwright.chromium.launch({
      ...launch,
      args: [...(launch.args ?? []), '--lang=en-US'],
    });
    try {
      const context = await browser.newContext({
        locale: 'en-US',
        hasTouch: true,
        viewport: landscape.viewport,
      });
      const page = await context.newPage();
      expect(await page.evaluate(() => navigator.language)).toBe('en-US');
      await signIn(page, kiosk);
      await startActualisation(page);
      for (const index of [0, 1, 2]) await answerAndGo(page, index, 'Non');
      await expectQuestion(page, 3);

      // Three answers given and not sent: Terminer says what would be lost, and keeps it on "no".
      await page.getByRole('button', { name: 'Terminer' }).tap();
      const ask = page.getByRole('alertdialog', { name: 'Terminer votre visite ?' });
      await expect(ask).toContainText(
        "Votre déclaration n'est pas envoyée. Si vous terminez, elle ne sera pas gardée.",
      );
      await expectScreen(page, 'end of visit', 'asked with an actualisation half done');
      await ask.getByRole('button', { name: 'Continuer ma visite' }).tap();
      await expect(ask).toHaveCount(0);
      await expectQuestion(page, 3);

      // Dates: JJ/MM/AAAA although the browser is American, typed on the numeric keypad.
      await answer(page, 'Oui');
      const debut = page.getByLabel(/^Premier jour/);
      await expect(debut).toHaveAccessibleName(/\(JJ\/MM\/AAAA\)/);
      await debut.tap();
      await page.keyboard.type('05102026');
      await expect(debut).toHaveValue('05/10/2026');
      await page.getByLabel(/^Dernier jour/).tap();
      await page.keyboard.type('31022026');
      await next(page);
      await expect(page.getByLabel(/^Dernier jour/)).toHaveAccessibleDescription(
        /Écrivez une date qui existe : JJ\/MM\/AAAA/,
      );
      await expect(debut).toHaveValue('05/10/2026');

      // A second page on the kiosk's address is refused; the first one keeps its visit.
      await second.goto(kiosk.url);
      await expect(
        second.getByRole('heading', {
          level: 1,
          name: 'La borne est déjà ouverte dans une autre fenêtre',
        }),
      ).toBeVisible();
      await expect(second.getByRole('button', { name: 'Commencer' })).toHaveCount(0);
      await expectScreen(second, 'other page', 'refused');
      await page.getByRole('button', { name: 'Retour à mon espace' }).tap();
      await expect(
        page.getByRole('heading', { level: 1, name: `Bonjour ${demo.prenom} ${demo.nom}` }),
      ).toBeVisible();

      // A reload ends that visit (wiped); the next "Commencer" opens one that stays open.
      const wiped = page.waitForResponse((response) => response.url().endsWith('/visit/wiped'));
      await page.reload();
      await wiped;
      await expect(page.locator('html[data-kiosk-ready="welcome"]')).toBeAttached();
      await expect(page.getByText(demo.nom)).toHaveCount(0);
      await page.getByRole('button', { name: 'Commencer' }).tap();
      await fillLogin(page, demo);
      await page.getByRole('button', { name: 'Se connecter' }).tap();
      await expect(
        page.getByRole('heading', { level: 1, name: `Bonjour ${demo.prenom} ${demo.nom}` }),
      ).toBeVisible();

      // On the dashboard nothing is in progress: Terminer ends the visit at once.
      await page.getByRole('button', { name: 'Terminer' }).tap();
      await expect(page.locator('html[data-kiosk-ready="welcome"]')).toBeAttached();
      await expect(page.getByRole('alertdialog')).toHaveCount(0);
    } finally {
      await browser.close();
    }
  });
});
