import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** Inside the window: October 2026 is declared until the end of 15 November. */
export const INSIDE = '2026-11-05T10:00:00Z';
/** Between windows: November opens on the 28th. */
export const OUTSIDE = '2026-11-20T10:00:00Z';

export const karim = {
  identifiant: '7654321B',
  motDePasse: 'Soleil-Juin-8',
  codePostal: '22200',
  prenom: 'Karim',
  nom: 'Benali',
};

export const questions = [
  'Êtes-vous en formation ?',
  'Avez-vous travaillé ou exercé une activité non salariée ?',
  'Avez-vous été en stage ?',
  'Avez-vous été en arrêt maladie ?',
  'Avez-vous été en congé maternité ou paternité ?',
  'Percevez-vous une nouvelle pension de retraite ?',
  'Percevez-vous une nouvelle pension d’invalidité de 2e ou 3e catégorie ?',
  'Êtes-vous toujours à la recherche d’un emploi ?',
] as const;

export const printDir = () => mkdtempSync(join(tmpdir(), 'kiosk-print-'));

export const tile = (page: Page) => page.getByRole('button', { name: /^M'actualiser/ });

/** Dashboard → the tile → the intro → "Commencer mon actualisation": question 1 shows. */
export async function startActualisation(page: Page) {
  await tile(page).tap();
  await expect(page.locator('html[data-kiosk-ready="actualisation"]')).toBeAttached();
  await page.getByRole('button', { name: 'Commencer mon actualisation' }).tap();
  await expectQuestion(page, 0);
}

export async function expectQuestion(page: Page, index: number) {
  await expect(page.getByRole('heading', { level: 1, name: questions[index] ?? '' })).toBeVisible();
}

/** Picks "Oui" or "Non" in the question's radio group. */
export async function answer(page: Page, value: 'Oui' | 'Non') {
  await page.getByRole('radio', { name: value }).tap();
  await expect(page.getByRole('radio', { name: value })).toHaveAttribute('aria-checked', 'true');
}

export async function next(page: Page) {
  await page.getByRole('button', { name: 'Continuer' }).tap();
}

/** Answers a plain question and moves to the next screen. */
export async function answerAndGo(page: Page, index: number, value: 'Oui' | 'Non') {
  await expectQuestion(page, index);
  await answer(page, value);
  await next(page);
}

/** Typographic apostrophes as pdftotext gives them back. */
export const plain = (text: string) => text.replaceAll('’', "'");

/**
 * The text of the one PDF printed into `dir` (then removed, so the next print is read alone),
 * whitespace collapsed and apostrophes plain.
 */
export async function printedText(dir: string): Promise<string> {
  await expect.poll(() => readdirSync(dir).length).toBe(1);
  const file = join(dir, String(readdirSync(dir)[0]));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  rmSync(file);
  return plain(text.replace(/[\s\u00a0]+/g, ' '));
}
