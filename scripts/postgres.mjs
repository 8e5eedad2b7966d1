// A throwaway PostgreSQL cluster from Debian's binaries, for the tests, the benchmark and trying the
// central API on PostgreSQL locally. Nothing is installed system-wide and nothing is left behind:
//
//   node scripts/postgres.mjs -- <command…>   starts a cluster, runs the command with
//                                              KIOSK_TEST_POSTGRES_URL set, stops and deletes it;
//   startPostgres({ durable })                 the same from code (bench/).
//
// Tests run with fsync off (a crash loses nothing a test needs); `durable: true` keeps PostgreSQL's
// defaults, so the benchmark measures what a deployment would see.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The newest PostgreSQL of Debian's packages (postgresql-NN), or undefined. */
export function postgresBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(base, versions[0], 'bin') : undefined;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * initdb refuses to run as root: as root the cluster belongs to Debian's `postgres` user (created
 * by the package), otherwise to whoever runs this.
 */
function asOwner(command, args) {
  const root = process.getuid?.() === 0;
  return root ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

export async function startPostgres({ durable = false, port } = {}) {
  const bin = postgresBin();
  if (!bin)
    throw new Error('PostgreSQL is not installed: apt-get install postgresql (Debian package)');
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const chosen = port ?? (await freePort());
  const run = (command, args) => {
    const [c, a] = asOwner(command, args);
    execFileSync(c, a, { stdio: ['ignore', 'ignore', 'pipe'] });
  };
  run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'kiosk', '-E', 'UTF8', '--no-sync']);
  const settings = [
    `-p ${chosen}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=200',
    ...(durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
  ].join(' ');
  run(join(bin, 'pg_ctl'), ['-D', data, '-o', settings, '-l', join(dir, 'log'), '-w', 'start']);
  run(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(chosen), '-U', 'kiosk', 'kiosk']);
  const url = `postgres://kiosk@127.0.0.1:${chosen}/kiosk`;
  let stopped = false;
  return {
    url,
    stop() {
      if (stopped) return;
      stopped = true;
      const [c, a] = asOwner(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      spawnSync(c, a, { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--');
  const command = at === -1 ? [] : process.argv.slice(at + 1);
  if (command.length === 0) {
    console.error('usage: node scripts/postgres.mjs -- <command…>');
    process.exit(2);
  }
  const cluster = await startPostgres();
  console.log(`postgres: ${cluster.url}`);
  const child = spawn(command[0], command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, KIOSK_TEST_POSTGRES_URL: cluster.url },
  });
  const stop = () => cluster.stop();
  process.on('SIGINT', () => child.kill('SIGINT'));
  child.on('close', (status) => {
    stop();
    process.exit(status ?? 1);
  });
}
