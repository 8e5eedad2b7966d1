// `npm test`: every check CI runs, stopping at the first failing stage: build; the static checks
// (typecheck ×3, lint, format, electronegativity); vitest (unit, electron shell with a fake
// electron, renderer in jsdom); Playwright (e2e in Chromium; the real-Electron suite skips itself
// when no binary exists) beside the PostgreSQL pass: the central API's suites and the fault suites
// on PostgreSQL (a throwaway cluster, scripts/postgres.mjs) and Node 24 LTS (scripts/node-lts.mjs),
// the idempotency and lockout suites again through nginx in front of two instances. The machine's
// Node 20 runs the same suites on SQLite in the vitest stage. Ends with one summary line.
//
// The static checks are single-threaded: they run two at a time (the build machines have 2 cores),
// each one's output printed whole when it ends. Vitest and Playwright use both cores themselves.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
rmSync(join(root, 'reports'), { recursive: true, force: true });
mkdirSync(join(root, 'reports'), { recursive: true });

const stages = [
  [['build', process.execPath, ['scripts/build.mjs', '--quiet']]],
  [
    ['lint', bin('eslint'), ['.', '--max-warnings', '0']],
    ['typecheck (node)', bin('tsc'), ['-p', 'tsconfig.node.json']],
    ['typecheck (web)', bin('tsc'), ['-p', 'tsconfig.web.json']],
    ['typecheck (e2e)', bin('tsc'), ['-p', 'tsconfig.e2e.json']],
    ['format', bin('prettier'), ['--check', '.', '--log-level', 'warn']],
    ['electronegativity', process.execPath, ['scripts/electronegativity.mjs']],
  ],
  [
    [
      'vitest',
      bin('vitest'),
      [
        'run',
        '--reporter',
        'default',
        '--reporter',
        'json',
        '--outputFile.json',
        'reports/vitest.json',
      ],
    ],
  ],
  // Playwright keeps about half of the two cores busy (waiting on pages, timers, the scanner):
  // the PostgreSQL pass runs in that room rather than beside the CPU-bound unit tests.
  [
    ['playwright', bin('playwright'), ['test']],
    [
      'vitest (postgres, node 24)',
      process.execPath,
      [
        'scripts/postgres.mjs',
        '--',
        process.execPath,
        'scripts/node-lts.mjs',
        '--',
        bin('vitest'),
        'run',
        '--project',
        'postgres',
        '--project',
        'balanced',
        '--reporter',
        'dot',
        '--reporter',
        'json',
        '--outputFile.json',
        'reports/vitest-postgres.json',
      ],
    ],
  ],
];

const timings = [];
const started = Date.now();
for (const [index, stage] of stages.entries()) {
  // The tests need what .ci/run may still be installing in the background (build and static
  // checks do not): the system packages and the native addons.
  if (index === 2 && !(await backgroundJobsDone())) {
    console.log(`\n✖ a background install failed (${timings.join(', ')})`);
    process.exit(1);
  }
  const failed = await runStage(stage, Math.max(1, Math.min(2, cpus().length)));
  if (failed.length > 0) {
    console.log(`\n✖ ${failed.join(', ')} failed (${timings.join(', ')})`);
    summary();
    process.exit(1);
  }
}
console.log(`\n✔ all steps passed in ${seconds(Date.now() - started)} (${timings.join(', ')})`);
summary();

/**
 * KIOSK_TEST_WAIT_FOR: status files (colon-separated) that background jobs write when they end,
 * holding their exit code; `<file>.log` holds their output, printed if one failed.
 */
async function backgroundJobsDone() {
  const files = (process.env.KIOSK_TEST_WAIT_FOR ?? '').split(':').filter(Boolean);
  const t0 = Date.now();
  for (const file of files) {
    while (!existsSync(file)) await new Promise((resolve) => setTimeout(resolve, 250));
    if (readFileSync(file, 'utf8').trim() !== '0') {
      if (existsSync(`${file}.log`)) process.stdout.write(readFileSync(`${file}.log`, 'utf8'));
      console.log(`\n✖ ${file} ended with status ${readFileSync(file, 'utf8').trim()}`);
      return false;
    }
  }
  if (files.length > 0) timings.push(`waiting for background installs ${seconds(Date.now() - t0)}`);
  return true;
}

/** Runs a stage's steps, `width` at a time; a step alone streams, steps side by side print whole. */
async function runStage(steps, width) {
  const failed = [];
  const queue = [...steps];
  const alone = steps.length === 1;
  const worker = async () => {
    for (let step = queue.shift(); step; step = queue.shift()) {
      const [name, command, args] = step;
      const t0 = Date.now();
      if (alone) console.log(`\n▶ ${name}`);
      const { status, output } = await run(command, args, alone);
      timings.push(`${name} ${seconds(Date.now() - t0)}`);
      if (!alone) process.stdout.write(`\n▶ ${name} (${seconds(Date.now() - t0)})\n${output}`);
      if (status !== 0) failed.push(name);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, steps.length) }, worker));
  return failed;
}

function run(command, args, stream) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status: status ?? 1, output }));
  });
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

function summary() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const file of ['reports/vitest.json', 'reports/vitest-postgres.json']) {
    const vitest = join(root, file);
    if (!existsSync(vitest)) continue;
    const report = JSON.parse(readFileSync(vitest, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
  const playwright = join(root, 'reports/playwright.json');
  if (existsSync(playwright)) {
    const stats = JSON.parse(readFileSync(playwright, 'utf8')).stats ?? {};
    passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    failed += stats.unexpected ?? 0;
    skipped += stats.skipped ?? 0;
  }
  console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}
