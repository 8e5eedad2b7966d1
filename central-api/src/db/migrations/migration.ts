/**
 * One schema change: an id recorded in schema_migrations once applied, and its SQL. `sql` is
 * SQLite's; PostgreSQL runs `postgres` when the migration gives it, else `sql` translated by
 * db/postgres/ddl.ts (types only).
 */
export interface Migration {
  id: string;
  sql: string;
  postgres?: string;
}
