/**
 * The database as every route sees it: better-sqlite3's synchronous API, the part of it the central
 * API uses. SQLite's Database satisfies it as is; `PostgresDb` implements it over PostgreSQL. A
 * route written against this interface runs on both engines unchanged.
 */
export interface RunResult {
  changes: number;
  lastInsertRowid: number | bigint;
}

export interface Statement {
  run(...params: unknown[]): RunResult;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  /** Rows answer their first column only (as better-sqlite3's pluck). */
  pluck(toggle?: boolean): this;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- better-sqlite3's own definition
export type VariableArgFunction = (...params: any[]) => unknown;
export type ArgumentTypes<F> = F extends (...args: infer A) => unknown ? A : never;
/** A function run inside a transaction, with the arguments and result of the one it wraps. */
export type Transaction<F extends VariableArgFunction> = (
  ...params: ArgumentTypes<F>
) => ReturnType<F>;

export interface Db {
  /**
   * Where the database lives: SQLite's file. Files the API keeps beside its database (the mail
   * key, uploaded releases) go to its folder; for PostgreSQL that folder is the `filesDir` given
   * at opening.
   */
  readonly name: string;
  readonly inTransaction: boolean;
  prepare(sql: string): Statement;
  exec(sql: string): unknown;
  /** Wraps `fn` in BEGIN … COMMIT (ROLLBACK when it throws); nested calls use savepoints. */
  transaction<F extends VariableArgFunction>(fn: F): Transaction<F>;
  /** SQLite's settings; PostgreSQL maps the few the API uses (synchronous → synchronous_commit). */
  pragma(source: string, options?: { simple?: boolean }): unknown;
  close(): unknown;
}

export type Engine = 'sqlite' | 'postgres';

/** Which engine a Db runs on, for the few places whose SQL or state differs (search, limits). */
export function engineOf(db: Db): Engine {
  return (db as { engine?: Engine }).engine === 'postgres' ? 'postgres' : 'sqlite';
}

/** A `--db` value naming a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//.test(location);
}
