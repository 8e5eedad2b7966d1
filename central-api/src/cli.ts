/**
 * Standalone reference central API:
 *   npx tsx central-api/src/cli.ts [--port 4010] [--host 127.0.0.1] [--db ./.kiosk-data/central-api.db] [--log] [--production]
 * `--db` takes a SQLite file or a PostgreSQL URL (postgres://user:password@host:5432/database); with
 * PostgreSQL, `--files <folder>` (default ./.kiosk-data) holds the mail key and uploaded releases,
 * and must be the same for every instance (docs/DEPLOY.md).
 * Prints one line with the URL; SIGINT/SIGTERM close the server and the database cleanly. A start
 * that fails prints one line saying why (never a stack trace) and exits non-zero.
 * `--production`: no demo data, and the demo enrolment token is refused.
 * `--trust-proxy <addresses>`: behind a load balancer, its addresses or CIDR ranges
 * (comma-separated), whose X-Forwarded-For then names the client; off by default (docs/DEPLOY.md).
 * `--password-threads <n>`: argon2id worker threads (default one per core); several instances on
 * one host share its cores between them.
 *
 * IT's enrolment code for one terminal (printed once, with its expiry), on the same database:
 *   npm run central-api -- enrolment-code <label> [<agency code>] [--db …]
 *
 * Back-office stand-in, the server not started (an adviser validates an offer):
 *   npm run central-api -- validate-offer 123456A [--db …]
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { argsProblem, startProblem } from './cliProblems';

function fail(line: string, code: number): never {
  console.error(`central API: ${line}`);
  process.exit(code);
}

const options = {
  port: { type: 'string', default: '4010' },
  host: { type: 'string', default: '127.0.0.1' },
  db: { type: 'string', default: './.kiosk-data/central-api.db' },
  files: { type: 'string', default: './.kiosk-data' },
  log: { type: 'boolean', default: false },
  production: { type: 'boolean', default: false },
  'trust-proxy': { type: 'string' },
  'password-threads': { type: 'string' },
} as const;

let values: ReturnType<typeof parseArgs<{ options: typeof options }>>['values'];
let positionals: string[] = [];
try {
  ({ values, positionals } = parseArgs({ options, allowPositionals: true }));
} catch (error) {
  fail(argsProblem(error, Object.keys(options)), 2);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail('--port must be an integer between 0 and 65535', 2);
const postgres = /^postgres(ql)?:\/\//.test(values.db);
const dbPath = postgres ? values.db : resolve(values.db);
if (!postgres && statSync(dbPath, { throwIfNoEntry: false })?.isDirectory())
  fail(`--db ${dbPath} is a folder: give the path of a database file`, 2);

const passwordThreads =
  values['password-threads'] === undefined ? undefined : Number(values['password-threads']);
if (passwordThreads !== undefined && !(Number.isInteger(passwordThreads) && passwordThreads > 0))
  fail('--password-threads must be a whole number of threads, 1 or more', 2);

if (positionals.length > 0) {
  const [command, ...args] = positionals;
  if (command === 'validate-offer') {
    const [numero, ...rest] = args;
    if (!numero || rest.length > 0) fail('usage: [--db <file>] validate-offer <numero>', 2);
    const { validateOfferCommand } = await import('./employer/validateCli');
    const outcome = validateOfferCommand(dbPath, numero);
    if (outcome.ok) console.log(outcome.line);
    else fail(outcome.line, 1);
  } else if (command === 'enrolment-code') {
    const [label, agencyCode, ...rest] = args;
    if (!label || rest.length > 0)
      fail('usage: enrolment-code <label> [<agency code>] [--db <file>]', 2);
    const { printEnrolmentCode } = await import('./enrolmentCodeCli');
    const problem = printEnrolmentCode(dbPath, label, agencyCode);
    if (problem) fail(problem, 2);
  } else {
    fail('usage: validate-offer <numero> | enrolment-code <label> [<agency code>]', 2);
  }
  process.exit(0);
}

// Loaded once the arguments are good, so a mistyped flag is answered at once.
const { clockFromEnv, startCentralApi } = await import('./index');
const api = await startCentralApi({
  dbPath,
  filesDir: resolve(values.files),
  host: values.host,
  port,
  ...clockFromEnv(),
  demo: !values.production,
  ...(values['trust-proxy'] ? { trustProxy: values['trust-proxy'] } : {}),
  ...(passwordThreads ? { passwordPool: { threads: passwordThreads } } : {}),
  ...(values.log ? { logStream: process.stderr } : {}),
}).catch((error: unknown) =>
  fail(
    startProblem(error, { host: values.host, port, dbPath: postgres ? 'PostgreSQL' : dbPath }),
    1,
  ),
);
console.log(`central API (reference) listening on ${api.url}`);

const stop = (): void => {
  api.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('central API did not close cleanly:', (error as Error).name);
      process.exit(1);
    },
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
