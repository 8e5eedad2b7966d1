/**
 * The residue test: a visit leaves canary values (a name, a NIR, an e-mail, typed at the job
 * seekers' and the employers' sign-in; an IBAN, an address and a phone typed in « Mon profil » and
 * kept as its drafts; an e-mail typed for an offer alert) in the forms and in every kind of
 * storage Chromium keeps for the origin; the visit ends one of three ways (Terminer,
 * idle timeout, renderer crash); the next visit must find none of them in storage, the DOM, any
 * file under the kiosk's data folder (databases with their -wal/-shm, logs, visit folders) or the
 * console output.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { readKioskLog, type RunningKiosk } from '../fixtures/kiosk';
import { demo, expect, fillLogin, openLogin, test } from './support/fixtures';

const CANARY = {
  name: 'Zébulon Qwertinet',
  nir: '184057512345678',
  email: 'zebulon.qwertinet@canari.example',
  employer: 'Qwertinet Zébulonnerie',
  iban: 'FR7630004000031234567890143',
  adresse: '7 impasse des Canaris',
  telephone: '0698765432',
};
const TYPED = Object.values(CANARY);
/**
 * What the page itself may show during a visit, from the server: the signed-in user's name and
 * address, and from « Mes paiements » the end of the bank account their allowance is paid to.
 */
const PAID_TO = 'qui finit par 0189';
const SHOWN = [`${demo.prenom} ${demo.nom}`, '12 rue Oberkampf', PAID_TO];

type EndWay = 'terminer' | 'idle' | 'crash';

async function leaveCanaries(page: Page): Promise<void> {
  // The employer door first: codes typed, sent, refused, then the job seekers' form again.
  await page.getByRole('button', { name: 'Je suis un employeur : me connecter' }).tap();
  await page.getByLabel(/^Identifiant/).fill('qwertinet26');
  await page.getByLabel(/^Mot de passe/).fill(`${CANARY.employer} ${CANARY.email}`);
  await page.getByRole('button', { name: 'Se connecter' }).tap();
  await expect(page.getByText(/Un de vos codes n’est pas bon/)).toBeVisible();
  await page.getByRole('button', { name: 'Retour' }).tap();
  // Typed into the sign-in form and sent (the central API refuses them), then replaced.
  // The identifiant must have a valid shape to reach the central API: the canaries go in the
  // password, which the API receives and refuses.
  await fillLogin(page, {
    identifiant: 'qwertinet26',
    motDePasse: `${CANARY.name} ${CANARY.nir}`,
    codePostal: '75011',
  });
  await page.getByRole('button', { name: 'Se connecter' }).tap();
  await expect(page.getByText(/Un de vos codes n’est pas bon/)).toBeVisible();
  await page.getByLabel(/^Identifiant/).fill(CANARY.email);
  // Planted in every storage the origin has.
  await page.evaluate(async (values) => {
    const all = values.join(' | ');
    localStorage.setItem('canary', all);
    sessionStorage.setItem('canary', all);
    document.cookie = `canary=${encodeURIComponent(all)}; path=/; max-age=3600`;
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('canary-db', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('s').put(all, 'k');
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
      open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
    });
    await (await caches.open('canary-cache')).put('/canary', new Response(all));
    console.log('canary planted');
  }, TYPED);
  // Then the real user signs in: their name is on screen for the rest of the visit.
  await fillLogin(page, demo);
  await page.getByRole('button', { name: 'Se connecter' }).tap();
  await expect(
    page.getByRole('heading', { level: 1, name: `Bonjour ${demo.prenom} ${demo.nom}` }),
  ).toBeVisible();
  // An e-mail alert on a search, its address typed and not saved.
  await page.getByRole('button', { name: /^Offres d’emploi/ }).tap();
  await page.getByLabel(/^Métier/).fill('boulanger');
  await page.getByRole('button', { name: 'Rechercher' }).tap();
  await page.getByRole('button', { name: 'Recevoir ces offres par courriel' }).tap();
  await page.getByLabel(/^Adresse e-mail/).fill(CANARY.email);
  await page.getByRole('button', { name: 'Retour aux résultats' }).tap();
  await page.getByRole('button', { name: 'Nouvelle recherche' }).tap();
  await page.getByRole('button', { name: 'Retour à mon espace' }).tap();
  // « Mon profil »: a bank account, an address and a phone typed, kept as drafts, not sent.
  await page.getByRole('button', { name: /^Mon profil/ }).tap();
  const edit = async (what: string, fields: [label: RegExp, value: string][]) => {
    await page.getByRole('button', { name: `Modifier : ${what}`, exact: true }).tap();
    for (const [label, value] of fields) await page.getByLabel(label).fill(value);
    await page.getByRole('button', { name: 'Annuler' }).tap();
  };
  await edit('Mon compte bancaire', [
    [/^Nom de la personne/, CANARY.name],
    [/^IBAN/, CANARY.iban],
  ]);
  await edit('Mon adresse', [[/^Numéro et rue/, CANARY.adresse]]);
  await edit('Mon téléphone', [[/^Numéro de téléphone/, CANARY.telephone]]);
  await page.getByRole('button', { name: 'Retour à mon espace' }).tap();
  await page.getByRole('button', { name: /Mes paiements/ }).tap();
  await expect(page.getByText(PAID_TO)).toBeVisible();
  await page.getByRole('button', { name: 'Retour à mon espace' }).tap();
  // A change of situation typed and left unsent: the new employer's name is a canary too.
  await page.getByRole('button', { name: /^Déclarer un changement/ }).tap();
  await page.getByRole('button', { name: 'Je reprends un travail' }).tap();
  await page.getByLabel(/^Employeur/).fill(CANARY.employer);
}

async function endVisit(way: EndWay, page: Page, context: BrowserContext, kiosk: RunningKiosk) {
  if (way === 'terminer') {
    await page.getByRole('button', { name: 'Terminer' }).tap();
    // The change of situation typed and not sent: « Terminer » asks first.
    await page.getByRole('button', { name: 'Terminer quand même' }).tap();
    return page;
  }
  if (way === 'idle') {
    await expect(page.getByRole('alertdialog')).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('html[data-kiosk-ready="welcome"]')).toBeAttached({
      timeout: 15_000,
    });
    return page;
  }
  // The renderer process dies (as on an out-of-memory kill); the page is gone, its storage is not.
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
  await expect
    .poll(() => readKioskLog(kiosk.dataDir), { timeout: 15_000 })
    .toMatch(/"event":"visit.ended".*"reason":"crash"/);
  // The kiosk's next page (a restarted window) must meet the wipe before the welcome screen.
  const next = await context.newPage();
  await next.goto(kiosk.url);
  return next;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

for (const way of ['terminer', 'idle', 'crash'] as const) {
  test.describe(`residue after a visit ended by ${way}`, () => {
    test.use({
      kioskOptions:
        way === 'idle'
          ? { idleWarningAfterSeconds: 6, idleCountdownSeconds: 2 }
          : { pageLostGraceSeconds: 2 },
    });

    test('the next visit finds no canary anywhere', async ({
      page,
      context,
      kiosk,
      externalRequests,
    }) => {
      void externalRequests;
      const consoleLines: string[] = [];
      context.on('console', (message) => consoleLines.push(message.text()));
      await openLogin(page, kiosk);
      await leaveCanaries(page);
      const next = await endVisit(way, page, context, kiosk);
      await expect(next.locator('html[data-kiosk-ready="welcome"]')).toBeAttached({
        timeout: 15_000,
      });
      await expect(next.getByRole('button', { name: 'Commencer' })).toBeVisible();
      // The next user starts a visit: the sign-in form is empty.
      await next.getByRole('button', { name: 'Commencer' }).tap();
      await expect(next.getByLabel(/^Identifiant/)).toHaveValue('');
      await expect(next.getByLabel(/^Mot de passe/)).toHaveValue('');

      const residue = await next.evaluate(async () => ({
        cookie: document.cookie,
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        databases: (await indexedDB.databases()).map((db) => db.name),
        cacheNames: await caches.keys(),
        html: document.documentElement.outerHTML,
      }));
      expect(residue).toMatchObject({
        cookie: '',
        local: [],
        session: [],
        databases: [],
        cacheNames: [],
      });
      expect(await context.cookies()).toEqual([]);
      for (const secret of [...TYPED, ...SHOWN]) expect(residue.html).not.toContain(secret);

      const log = readKioskLog(kiosk.dataDir);
      const reason = way === 'terminer' ? 'user' : way;
      expect(log).toMatch(new RegExp(`"event":"visit.ended".*"reason":"${reason}"`));
      expect(filesUnder(join(kiosk.dataDir, 'visits')).length).toBe(0);
      // Every file the kiosk wrote: the databases (with -wal and -shm), logs, visit folders.
      const files = filesUnder(kiosk.dataDir);
      expect(files.some((file) => /\.(db|sqlite)(-wal|-shm)?$/.test(file))).toBe(true);
      for (const file of files) {
        const bytes = readFileSync(file);
        for (const secret of TYPED) {
          expect(bytes.includes(Buffer.from(secret, 'utf8')), `${secret} in ${file}`).toBe(false);
          expect(bytes.includes(Buffer.from(secret, 'utf16le')), `${secret} in ${file}`).toBe(
            false,
          );
        }
      }
      expect(consoleLines).toContain('canary planted');
      for (const secret of [...TYPED, ...SHOWN]) {
        expect(kiosk.output()).not.toContain(secret);
        expect(log).not.toContain(secret);
        expect(consoleLines.join('\n')).not.toContain(secret);
      }
    });
  });
}
