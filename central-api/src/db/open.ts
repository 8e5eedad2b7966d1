import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrations as embedded, type Migration } from './migrations';

export type Db = Database.Database;

/**
 * Opens the database with the settings the whole project uses for SQLite (WAL, synchronous=FULL so
 * an acknowledged write survives a power cut, foreign keys on) and applies pending migrations.
 * ':memory:' gives a throw-away database (OpenAPI export, quick checks).
 */
export function openDatabase(path: string, migrations: readonly Migration[] = embedded): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db, migrations);
  return db;
}

/** Applies each migration once, in order, each in its own transaction with its record. */
export function migrate(db: Db, migrations: readonly Migration[] = embedded): string[] {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)',
  );
  const done = new Set(
    db
      .prepare('SELECT id FROM schema_migrations')
      .all()
      .map((row) => (row as { id: string }).id),
  );
  const record = db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)');
  const applied: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.id)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.id, new Date().toISOString());
    })();
    applied.push(migration.id);
  }
  return applied;
}
