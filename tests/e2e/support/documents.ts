import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The PDFs the embedded central API received, newest last (read from its SQLite file). */
export function receivedDocuments(
  dataDir: string,
): { reference: string; pages: number; pdf: Buffer }[] {
  const db = new Database(join(dataDir, 'central-api.db'), { readonly: true });
  try {
    return db
      .prepare('SELECT reference, pages, pdf FROM documents ORDER BY received_at, rowid')
      .all() as { reference: string; pages: number; pdf: Buffer }[];
  } finally {
    db.close();
  }
}

export function pdfinfoPages(pdf: Buffer): number {
  const file = join(mkdtempSync(join(tmpdir(), 'e2e-pdf-')), 'received.pdf');
  writeFileSync(file, pdf);
  execFileSync('qpdf', ['--check', file]); // throws on a broken PDF
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
}

/** Dashboard → "Envoyer un document". */
export async function openDocuments(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Envoyer un document/ }).tap();
  await expect(page.locator('html[data-kiosk-ready="documents"]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1, name: 'Envoyer un document' })).toBeVisible();
}

/** Scans one flatbed page and waits until its thumbnail is there. */
export async function scanOnePage(page: Page, expectedCount: number): Promise<void> {
  const label = expectedCount === 1 ? 'Scanner une page' : 'Scanner une autre page';
  await page.getByRole('button', { name: label }).tap();
  await expect(page.getByRole('img', { name: `Page ${expectedCount}` })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole('button', { name: 'Scanner une autre page' })).toBeVisible();
}

/** Touches a document type, as a user does: on its label (the DSFR radio itself is drawn over). */
export async function chooseType(page: Page, label: string): Promise<void> {
  await page.locator('label', { hasText: label }).tap();
  await expect(page.getByLabel(label)).toBeChecked();
}
