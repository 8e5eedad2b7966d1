import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { kioskMigrations } from './migrations';

export type KioskDb = Database.Database;

/**
 * The kiosk's own database (<dataDir>/kiosk.db). WAL + synchronous=FULL: a committed outbox item
 * survives a power cut. secure_delete overwrites freed pages, temp_store=MEMORY keeps sorts and
 * temp tables off the disk, so deleted payloads do not linger in the file or in temp files.
 */
export function openKioskDb(path: string): KioskDb {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrateKioskDb(db);
  return db;
}

export function migrateKioskDb(db: KioskDb): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at INTEGER)');
  const done = new Set(
    db
      .prepare('SELECT id FROM schema_migrations')
      .all()
      .map((r) => (r as { id: string }).id),
  );
  for (const migration of kioskMigrations) {
    if (done.has(migration.id)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)').run(
        migration.id,
        Date.now(),
      );
    })();
  }
}
