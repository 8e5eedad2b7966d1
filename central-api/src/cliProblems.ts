/** The CLI's start failures as one line each, for the person at the terminal (no stack trace). */

/** node:util parseArgs refusals: an unknown flag names the known ones. */
export function argsProblem(error: unknown, known: string[]): string {
  const { code, message } = error as { code?: string; message: string };
  const flags = known.map((name) => `--${name}`).join(', ');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /'([^']+)'/.exec(message)?.[1] ?? 'given';
    return `unknown option ${flag} (known: ${flags})`;
  }
  return `${firstLine(message)} (known: ${flags})`;
}

/** Listening and database failures, by their system code. */
export function startProblem(
  error: unknown,
  { host, port, dbPath }: { host: string; port: number; dbPath: string },
): string {
  const { code, message } = error as { code?: string; message: string };
  if (code === 'EADDRINUSE') return `port ${port} on ${host} is already in use`;
  if (code === 'EACCES' && /listen/.test(message)) return `not allowed to listen on port ${port}`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return `cannot listen on host ${host}`;
  if ((error as Error).name === 'PostgresError')
    return `cannot use PostgreSQL: ${firstLine(message)}`;
  if (code?.startsWith('SQLITE_'))
    return `cannot open the database ${dbPath}: ${firstLine(message)}`;
  return `could not start: ${firstLine(message)}`;
}

const firstLine = (text: string) => text.split('\n')[0]!.trim();
