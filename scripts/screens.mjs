// `npm run screens`: the screen gallery. Builds the kiosk, then drives every flow of the e2e suite in
// browser mode with the embedded central API (each spec fixes its own clock with KIOSK_API_NOW where
// the day matters) and photographs every screen and state at the three kiosk screen profiles, into
// screens/ (gitignored) with one contact sheet, screens/index.html. Layout-rule findings are listed
// under each picture instead of stopping the run.
//
// `npm run screens -- --update` refreshes the committed pixel baselines instead (landscape profile,
// tests/e2e/__screens__); review their diff in the commit.
// Extra arguments go to Playwright, e.g. `npm run screens -- tests/e2e/cv.spec.ts`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'screens');
const args = process.argv.slice(2);
const update = args.includes('--update');
const extra = args.filter((a) => a !== '--update');

run(process.execPath, ['scripts/build.mjs', '--quiet']);

const specs = extra.some((a) => a.endsWith('.spec.ts')) ? [] : specsWithScreens();
const playwright = [join(root, 'node_modules/@playwright/test/cli.js'), 'test', '--project', 'e2e'];
if (update) {
  const status = run(
    process.execPath,
    [...playwright, '--update-snapshots=all', ...specs, ...extra],
    {
      check: false,
    },
  );
  console.log(
    status === 0
      ? 'baselines refreshed in tests/e2e/__screens__: review `git diff --stat` before committing'
      : 'some specs failed: their baselines may be missing or stale',
  );
  process.exit(status);
}

rmSync(out, { recursive: true, force: true });
const status = run(process.execPath, [...playwright, '--reporter', 'line', ...specs, ...extra], {
  env: { KIOSK_SCREENS_DIR: out },
  check: false,
});
const count = writeContactSheet();
console.log(`screens: ${count} pictures in ${join(out, 'index.html')}`);
process.exit(status);

function run(command, argv, { env = {}, check = true } = {}) {
  const result = spawnSync(command, argv, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (check && result.status !== 0) process.exit(result.status ?? 1);
  return result.status ?? 1;
}

/** The e2e specs that show screens (the others test the shell's defences, not what is seen). */
function specsWithScreens() {
  const dir = join(root, 'tests/e2e');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.spec.ts'))
    .filter((f) => readFileSync(join(dir, f), 'utf8').includes('expectScreen('))
    .map((f) => `tests/e2e/${f}`);
}

function writeContactSheet() {
  const file = join(out, 'screens.jsonl');
  const entries = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
    : [];
  const byScreen = new Map();
  for (const e of entries) {
    const key = `${e.screen}\u0000${e.state}`;
    if (!byScreen.has(key)) byScreen.set(key, []);
    byScreen.get(key).push(e);
  }
  const escape = (s) =>
    String(s).replace(
      /[&<>"]/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
    );
  const rows = [...byScreen.values()].map((shots) => {
    const { screen, state } = shots[0];
    const cells = shots
      .map(
        (
          s,
        ) => `<figure><a href="${escape(s.file)}"><img src="${escape(s.file)}" loading="lazy" alt=""></a>
<figcaption>${escape(s.profile)}${s.problems.length ? `<ul>${s.problems.map((p) => `<li>${escape(p)}</li>`).join('')}</ul>` : ' ✓'}</figcaption></figure>`,
      )
      .join('\n');
    return `<section><h2>${escape(screen)} <small>${escape(state)}</small></h2><div>${cells}</div></section>`;
  });
  const problems = entries.filter((e) => e.problems.length).length;
  writeFileSync(
    join(out, 'index.html'),
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>Kiosk screens</title>
<style>body{font:14px sans-serif;margin:1rem}section{margin-bottom:2rem}section>div{display:flex;gap:1rem;align-items:flex-start}
figure{margin:0}img{max-width:30vw;max-height:60vh;border:1px solid #999}li{color:#b00}</style>
<h1>Kiosk screens: ${byScreen.size} screens × states, ${entries.length} pictures, ${problems} with layout findings</h1>
${rows.join('\n')}
</html>\n`,
  );
  return entries.length;
}
