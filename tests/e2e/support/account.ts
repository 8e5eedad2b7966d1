import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mailKeyFile, openForMailer } from '../../../central-api/src/mailSecrets';
import { emptyCv, type CvContent } from '../../../shared/domain/cv';
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

/**
 * The secrets of the last outgoing e-mail of this kind (a temporary password), opened as the
 * mailer does: they are sealed in the database, with the key kept in a file beside it.
 */
export function mailedSecrets(kiosk: RunningKiosk, kind: string): Record<string, string> {
  const [mail] = centralQuery<{ body_json: string }>(
    kiosk,
    'SELECT body_json FROM outgoing_emails WHERE kind = ? ORDER BY id DESC LIMIT 1',
    kind,
  );
  const { sealed = '' } = JSON.parse(mail?.body_json ?? '{}') as { sealed?: string };
  const dbPath = join(kiosk.dataDir, 'central-api.db');
  const key = Buffer.from(readFileSync(mailKeyFile(dbPath), 'utf8').trim(), 'hex');
  return openForMailer(key, sealed);
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

/**
 * A CV put online in the user's CV bank, written as the CV routes write it (a saved draft, then
 * its status set to published): applying needs one, and the CV flow is walked by its own spec.
 */
export function publishedCv(kiosk: RunningKiosk, identifiant: string, title: string): void {
  const content: CvContent = {
    ...emptyCv(),
    target: {
      appellation: { codeOgr: 11573, label: 'Boulanger / Boulangère', rome: 'D1102' },
      places: [],
      contracts: [],
      workingTimes: [],
    },
    title,
    publication: { published: true, shareContact: false },
  };
  const stamp = new Date().toISOString();
  const db = new Database(join(kiosk.dataDir, 'central-api.db'));
  try {
    db.prepare(
      `INSERT INTO cvs (id, user_id, rome, status, step, content, created_at, updated_at)
       VALUES (?, (SELECT id FROM users WHERE identifiant = ?), 'D1102', 'published',
               'miseEnLigne', ?, ?, ?)`,
    ).run(randomUUID(), identifiant, JSON.stringify(content), stamp, stamp);
  } finally {
    db.close();
  }
}
