/**
 * The routes' SQL is written for SQLite (better-sqlite3) and kept portable; what still differs is
 * translated here, once per statement text:
 * - placeholders: `?` and named `@name` / `:name` / `$name` become `$1…` (the names are returned so
 *   an object of parameters can be bound in order);
 * - camelCase column aliases are quoted (PostgreSQL folds unquoted names to lower case, and the
 *   routes read `row.fooBar`);
 * - `json_extract(column, '$.a.b')` becomes `(column::jsonb #>> '{a,b}')`;
 * - `, rowid` ending an ORDER BY is dropped: SQLite breaks ties of one millisecond by insertion
 *   order, PostgreSQL has no rowid (two rows of one millisecond come in either order there).
 * String literals, quoted identifiers and comments are left alone.
 */
export interface TranslatedSql {
  text: string;
  /** For named parameters: the name of each `$n`, in order; empty for positional ones. */
  names: string[];
}

export function translateSql(sql: string): TranslatedSql {
  const names: string[] = [];
  const byName = new Map<string, number>();
  let positional = 0;
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    const next = sql[i + 1];
    if (c === "'" || c === '"') {
      const end = closing(sql, i, c);
      out += sql.slice(i, end);
      i = end;
    } else if (c === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? sql.length : end;
    } else if (c === ':' && next === ':') {
      out += '::';
      i += 2;
    } else if (c === '?') {
      positional += 1;
      out += `$${positional}`;
      i += 1;
    } else if (
      (c === '@' || c === ':' || c === '$') &&
      next !== undefined &&
      /[A-Za-z_]/.test(next)
    ) {
      const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(sql.slice(i + 1))!;
      const name = match[0];
      let index = byName.get(name);
      if (index === undefined) {
        names.push(name);
        index = names.length;
        byName.set(name, index);
      }
      out += `$${index}`;
      i += 1 + name.length;
    } else {
      out += c;
      i += 1;
    }
  }
  return { text: rewrite(out), names };
}

function closing(sql: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) i += 2;
      else return i + 1;
    } else i += 1;
  }
  return sql.length;
}

function rewrite(sql: string): string {
  return sql
    .replace(/,\s*rowid(\s+(ASC|DESC))?\b/g, '')
    .replace(/\bAS\s+([a-z][a-z0-9]*[A-Z][A-Za-z0-9]*)\b/g, 'AS "$1"')
    .replace(
      /json_extract\(\s*([A-Za-z_.]+)\s*,\s*'\$\.([A-Za-z0-9_.]+)'\s*\)/g,
      (_all, column: string, path: string) =>
        `(${column}::jsonb #>> '{${path.split('.').join(',')}}')`,
    );
}
