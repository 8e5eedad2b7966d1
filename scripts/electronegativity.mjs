// Runs @doyensec/electronegativity over main/, preload/ and renderer/ (the sources, copied into one
// temporary folder so that its global checks see the whole app at once) and fails on any finding
// that scripts/electronegativity-exceptions.json does not list with a reason. An exception that no
// longer matches a finding fails too, so the reviewed list never outlives the code it excuses.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FOLDERS = ['main', 'preload', 'renderer'];
const exceptionsFile = join(root, 'scripts', 'electronegativity-exceptions.json');

/** Splits one CSV line (double-quoted fields may hold commas and doubled quotes). */
export function parseCsvLine(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field.trim());
      field = '';
    } else field += c;
  }
  fields.push(field.trim());
  return fields;
}

/** Findings in electronegativity's CSV: { check, severity, confidence, file, location }. */
export function parseFindings(csv) {
  return csv
    .split('\n')
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => {
      const [check, severity, confidence, file, location] = parseCsvLine(line);
      return { check, severity, confidence, file, location };
    });
}

/** Splits findings into unlisted ones and unused exceptions; throws on an exception with no reason. */
export function compare(findings, exceptions) {
  for (const e of exceptions)
    if (!e.check || !e.file || typeof e.reason !== 'string' || e.reason.trim().length < 20)
      throw new Error(`exception without a real reason: ${JSON.stringify(e)}`);
  const listed = (f) => exceptions.some((e) => e.check === f.check && e.file === f.file);
  const unlisted = findings.filter((f) => !listed(f));
  const unused = exceptions.filter(
    (e) => !findings.some((f) => f.check === e.check && f.file === e.file),
  );
  return { unlisted, unused };
}

function run() {
  const staging = mkdtempSync(join(tmpdir(), 'kiosk-electronegativity-'));
  try {
    for (const folder of FOLDERS)
      cpSync(join(root, folder), join(staging, folder), { recursive: true });
    const out = join(staging, 'findings.csv');
    const cli = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
    const result = spawnSync(
      process.execPath,
      [cli, '-i', staging, '-r', '-v', 'false', '-e', '45.4.1', '-o', out],
      { encoding: 'utf8', timeout: 300_000 },
    );
    let csv;
    try {
      csv = readFileSync(out, 'utf8');
    } catch {
      console.error(result.stdout, result.stderr);
      console.error('✖ electronegativity produced no report');
      return 1;
    }
    const findings = parseFindings(csv);
    const { exceptions } = JSON.parse(readFileSync(exceptionsFile, 'utf8'));
    const { unlisted, unused } = compare(findings, exceptions);
    for (const f of unlisted)
      console.error(`✖ ${f.check} (${f.severity}, ${f.confidence}) in ${f.file} at ${f.location}`);
    for (const e of unused) console.error(`✖ unused exception: ${e.check} in ${e.file}`);
    if (unlisted.length || unused.length) {
      console.error(
        `electronegativity: ${unlisted.length} finding(s) not in ${exceptionsFile}, ${unused.length} stale exception(s)`,
      );
      return 1;
    }
    console.log(
      `electronegativity: ${findings.length} finding(s), all reviewed in scripts/electronegativity-exceptions.json`,
    );
    return 0;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(run());
