import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { engineOf, isPostgresUrl, type Db } from './engine';
import { migrations as embedded, type Migration } from './migrations';
import { postgresDdl } from './postgres/ddl';
import { PostgresDb } from './postgres/postgresDb';

export type { Db } from './engine';

/**
 * Opens the database and applies pending migrations. A `postgres://` URL opens PostgreSQL (its
 * `?schema=` parameter, if any, names the schema to use, created when missing; `filesDir` is where
 * the files kept beside the database go, default ./.kiosk-data); anything else is a
 * SQLite file, with the settings the whole project uses for SQLite (WAL, synchronous=FULL so an
 * acknowledged write survives a power cut, foreign keys on). ':memory:' gives a throw-away database.
 */
export function openDatabase(
  location: string,
  migrations: readonly Migration[] = embedded,
  options: { filesDir?: string } = {},
): Db {
  if (isPostgresUrl(location)) {
    const filesDir = resolve(options.filesDir ?? '.kiosk-data');
    mkdirSync(filesDir, { recursive: true });
    const db = new PostgresDb(location, filesDir);
    try {
      migrate(db, migrations);
    } catch (error) {
      db.close();
      throw error;
    }
    return db;
  }
  if (location !== ':memory:') mkdirSync(dirname(location), { recursive: true });
  const db = new Database(location);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db, migrations);
  return db;
}

/**
 * Applies each migration once, in order, each in its own transaction with its record. On
 * PostgreSQL an advisory lock makes instances starting together migrate one after the other.
 */
export function migrate(db: Db, migrations: readonly Migration[] = embedded): string[] {
  const postgres = engineOf(db) === 'postgres';
  if (postgres) db.prepare('SELECT pg_advisory_lock(4010)').get();
  try {
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
        db.exec(postgres ? (migration.postgres ?? postgresDdl(migration.sql)) : migration.sql);
        record.run(migration.id, new Date().toISOString());
      })();
      applied.push(migration.id);
    }
    return applied;
  } finally {
    if (postgres) db.prepare('SELECT pg_advisory_unlock(4010)').get();
  }
}
