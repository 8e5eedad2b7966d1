import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { RunningKiosk } from '../../fixtures/kiosk';
import { openLogin } from './fixtures';

/** A read-only look at the embedded central API's database (what the "mailer" was given). */
export function centralQuery<T>(kiosk: RunningKiosk, sql: string, ...params: unknown[]): T[] {
  const db = new Database(join(kiosk.dataDir, 'central-api.db'), { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** A NIR with its key computed (13 characters + 97 − n mod 97, Corsica read as 19/18). */
export function nirWithKey(body: string): string {
  const numeric = body.replace(/^(.{5})2A/, '$119').replace(/^(.{5})2B/, '$118');
  return `${body}${String(97 - (Number(numeric) % 97)).padStart(2, '0')}`;
}

/** From the sign-in screen's "Je suis un employeur" to the choice Particulier / Entreprise. */
export async function openEmployerChoice(page: Page, kiosk: RunningKiosk): Promise<void> {
  await openLogin(page, kiosk);
  await page
    .getByRole('button', { name: 'Je suis un employeur : créer un compte employeur' })
    .tap();
}
