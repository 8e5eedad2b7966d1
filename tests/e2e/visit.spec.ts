import { demo, expect, fillLogin, openLogin, signIn, test } from './support/fixtures';
import { readKioskLog } from '../fixtures/kiosk';

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

  test('"Annuler" on the sign-in screen ends the visit and returns to the welcome screen', async ({
    page,
    kiosk,
  }) => {
    await openLogin(page, kiosk);
    await fillLogin(page, demo);
    await page.getByRole('button', { name: 'Annuler' }).tap();
    await expect(page.getByRole('button', { name: 'Commencer' })).toBeVisible();
    await page.getByRole('button', { name: 'Commencer' }).tap();
    await expect(page.getByLabel(/^Identifiant/)).toHaveValue('');
  });
});
