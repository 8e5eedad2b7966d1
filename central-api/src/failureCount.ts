/**
 * The SQL that counts one failed secret on a lockout row (sign-in, staff sign-in, adviser code) in
 * one statement: the count and the lock are computed from the row as the database locks it, never
 * from a value read earlier, so failures arriving together on one API instance or several are all
 * counted. The rules, for every lockout:
 * - a failure within a running lock adds to the count and keeps the lock: a late failure must never
 *   reopen the account;
 * - a failure after a lock ran out, or (with `forgetAfter`) after a quiet spell, starts again at 1;
 * - the failure that brings the count to `@max` locks until `@until`.
 * Parameters: `@now` and `@until` (ISO times), `@max`, and `@since` (ISO) with `forgetAfter`.
 */
export function failureCountSql(row: {
  /** The table's name, which qualifies the old row's columns in an upsert. */
  table: string;
  /** The count's column. */
  failures: string;
  /** The last failure's column, when failures older than `@since` are forgotten. */
  forgetAfter?: string;
}): { failures: string; lockedUntil: string } {
  const t = row.table;
  const quiet = row.forgetAfter ? ` AND ${t}.${row.forgetAfter} > @since` : '';
  const next = `(CASE WHEN ${t}.locked_until IS NULL${quiet} THEN ${t}.${row.failures} ELSE 0 END + 1)`;
  return {
    failures: `CASE WHEN ${t}.locked_until > @now THEN ${t}.${row.failures} + 1 ELSE ${next} END`,
    lockedUntil: `CASE WHEN ${t}.locked_until > @now THEN ${t}.locked_until
      WHEN ${next} >= @max THEN @until ELSE NULL END`,
  };
}

/** The ISO times a failure counted at `at` needs (`@now`, `@since`, `@until`). */
export function failureTimes(at: Date, lockSeconds: number) {
  return {
    now: at.toISOString(),
    since: new Date(at.getTime() - lockSeconds * 1000).toISOString(),
    until: new Date(at.getTime() + lockSeconds * 1000).toISOString(),
  };
}

/**
 * The whole statement for a lockout table keyed by one column (sign-in failures, adviser codes):
 * the first failure inserts the row, the next ones count on it (failureCountSql). Binds `@key`
 * besides failureCountSql's parameters; answers the row's `locked_until`.
 */
export function countFailureSql(row: {
  table: string;
  key: string;
  forgetAfterQuiet?: boolean;
}): string {
  const counted = failureCountSql({
    table: row.table,
    failures: 'failures',
    ...(row.forgetAfterQuiet ? { forgetAfter: 'last_failure_at' } : {}),
  });
  return `INSERT INTO ${row.table} (${row.key}, failures, last_failure_at, locked_until)
     VALUES (@key, 1, @now, CASE WHEN 1 >= @max THEN @until END)
     ON CONFLICT (${row.key}) DO UPDATE SET
       failures = ${counted.failures}, locked_until = ${counted.lockedUntil}, last_failure_at = @now
     RETURNING locked_until`;
}
