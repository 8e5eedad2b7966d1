/** One schema change: an id recorded in schema_migrations once applied, and its SQL. */
export interface Migration {
  id: string;
  sql: string;
}
