// `npm test`: every check CI runs, in order, stopping at the first failure: build, typecheck,
// lint, electronegativity (reviewed exceptions only), vitest (unit, electron shell with a fake
// electron, renderer in jsdom), Playwright (e2e in Chromium; the real-Electron suite skips itself
// when no binary exists). Ends with one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
rmSync(join(root, 'reports'), { recursive: true, force: true });
mkdirSync(join(root, 'reports'), { recursive: true });

const steps = [
  ['build', process.execPath, ['scripts/build.mjs', '--quiet']],
  ['typecheck (node)', bin('tsc'), ['-p', 'tsconfig.node.json']],
  ['typecheck (web)', bin('tsc'), ['-p', 'tsconfig.web.json']],
  ['typecheck (e2e)', bin('tsc'), ['-p', 'tsconfig.e2e.json']],
  ['lint', bin('eslint'), ['.', '--max-warnings', '0']],
  ['format', bin('prettier'), ['--check', '.', '--log-level', 'warn']],
  ['electronegativity', process.execPath, ['scripts/electronegativity.mjs']],
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
  ['playwright', bin('playwright'), ['test']],
];

const timings = [];
for (const [name, command, args] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  timings.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) {
    console.log(`\n✖ ${name} failed (${timings.join(', ')})`);
    summary();
    process.exit(result.status ?? 1);
  }
}
console.log(`\n✔ all steps passed (${timings.join(', ')})`);
summary();

function summary() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const vitest = join(root, 'reports/vitest.json');
  if (existsSync(vitest)) {
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
