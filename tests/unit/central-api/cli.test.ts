import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCentralApi } from '../../../central-api/src/index';
import { testDatabaseLocation, testEngine } from './helpers';

const cli = join(__dirname, '..', '..', '..', 'central-api', 'src', 'cli.ts');

/**
 * The CLI's Node options: none of the shell's (--inspect, --enable-source-maps would change what it
 * prints), but the preload scripts/node-lts.mjs gives a run on the LTS Node, without which
 * better-sqlite3 would load node_modules' addon, built for another Node, and the CLI could not
 * open SQLite.
 */
const cliNodeOptions = process.env.KIOSK_SQLITE_ADDON
  ? `--require=${JSON.stringify(join(__dirname, '..', '..', '..', 'scripts', 'node-lts-addons.cjs'))}`
  : '';

/** Runs the CLI as `npm run central-api -- …` would, and gives its exit code and stderr lines. */
function run(...args: string[]) {
  const done = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NODE_OPTIONS: cliNodeOptions },
  });
  return {
    status: done.status,
    lines: done.stderr.trim().split('\n'),
    out: done.stdout.trim().split('\n'),
  };
}

let busy: Server;
let busyPort: number;
/** Created and seeded once, with cheap password hashing: the CLI would seed a new file slowly. */
let seeded: string;
let seededDir: string;
beforeAll(async () => {
  seededDir = mkdtempSync(join(tmpdir(), 'central-cli-'));
  seeded = testDatabaseLocation(seededDir);
  const api = await startCentralApi({
    dbPath: seeded,
    filesDir: seededDir,
    passwordHashing: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
  });
  await api.close();
  busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  busyPort = (busy.address() as { port: number }).port;
}, 30_000);
afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

describe('central API command line: one line, non-zero exit, no stack trace', () => {
  // Checks of the arguments and the port do not depend on the engine: run once, on SQLite (each
  // starts a CLI process, seconds of CPU).
  const sqliteOnly = testEngine === 'postgres';

  // The whole server loads before it meets the busy port: slow on a loaded machine.
  it.skipIf(sqliteOnly)('for a port already in use', { timeout: 60_000 }, () => {
    const { status, lines } = run('--port', String(busyPort), '--db', seeded);
    expect(status).not.toBe(0);
    expect(lines).toEqual([expect.stringMatching(new RegExp(`port ${busyPort}.*in use`))]);
  });

  it.skipIf(sqliteOnly)('for a --db that is a folder', () => {
    const folder = mkdtempSync(join(tmpdir(), 'central-cli-'));
    const { status, lines } = run('--port', '0', '--db', folder);
    expect(status).not.toBe(0);
    expect(lines).toEqual([expect.stringMatching(/--db .* is a folder/)]);
  });

  it.skipIf(sqliteOnly)('for a number of password threads that is not one', () => {
    const { status, lines } = run('--password-threads', '0', '--db', seeded);
    expect(status).toBe(2);
    expect(lines).toEqual([expect.stringMatching(/--password-threads must be a whole number/)]);
  });

  it.skipIf(sqliteOnly)('for an unknown flag', () => {
    const { status, lines } = run('--prot', '4010');
    expect(status).not.toBe(0);
    expect(lines).toEqual([expect.stringMatching(/unknown option --prot/)]);
  });

  it('for a PostgreSQL it cannot reach, naming it and not the URL (which may hold a password)', () => {
    const { status, lines } = run(
      '--port',
      '0',
      '--db',
      'postgres://kiosk:s3cret@127.0.0.1:9/kiosk',
    );
    expect(status).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^central API: cannot use PostgreSQL: /)]);
    expect(lines.join('\n')).not.toContain('s3cret');
  });

  it('for an offer validate-offer cannot validate, and for a command it does not know', () => {
    const unknown = run('--db', seeded, 'validate-offer', '000000A');
    expect(unknown.status).toBe(1);
    expect(unknown.lines).toEqual(['central API: offer 000000A: offer_not_found']);
    const typo = run('--db', seeded, 'validate-offre', '000000A');
    expect(typo.status).toBe(2);
    expect(typo.lines).toEqual([expect.stringMatching(/usage: .*validate-offer <numero>/)]);
  });
});

describe('central API command line: enrolment-code', () => {
  it('prints IT a one-time code for a terminal, which enrols that label', async () => {
    const { status, out } = run('enrolment-code', 'borne-cli', 'PARIS11', '--db', seeded);
    expect(status).toBe(0);
    const code = /^enrolment code for borne-cli: (\S+)$/.exec(out[0] ?? '')?.[1];
    expect(out[1]).toMatch(/^valid once until \d{4}-/);
    const api = await startCentralApi({
      dbPath: seeded,
      filesDir: seededDir,
      passwordHashing: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
      demoOffers: 0,
    });
    try {
      const reply = await fetch(`${api.url}/v1/terminals/enrol`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ enrolmentCode: code, label: 'borne-cli' }),
      });
      expect(reply.status).toBe(201);
    } finally {
      await api.close();
    }
  });

  it('refuses an agency it does not know, in one line', () => {
    const { status, lines } = run('enrolment-code', 'borne-cli', 'NOWHERE', '--db', seeded);
    expect(status).not.toBe(0);
    expect(lines).toEqual(['central API: unknown agency code NOWHERE']);
  });
});
