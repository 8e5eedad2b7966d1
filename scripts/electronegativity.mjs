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

/**
 * Findings in electronegativity's SARIF report: { check, level, file, location }. SARIF, not CSV:
 * its CSV writer truncates the file for the header and appends the rows in two racing async
 * writes, so the header sometimes lands over the first finding (seen in CI).
 */
export function parseFindings(sarif) {
  const results = JSON.parse(sarif).runs?.[0]?.results ?? [];
  return results.map((r) => {
    const where = r.locations?.[0]?.physicalLocation;
    const uri = where?.artifactLocation?.uri ?? 'file:///';
    return {
      check: r.ruleId,
      level: r.level,
      // A global check has no file: electronegativity writes "file:///" for its "N/A".
      file: uri === 'file:///' ? 'N/A' : uri,
      location: `${where?.region?.startLine ?? 0}:${where?.region?.startColumn ?? 0}`,
    };
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
    const out = join(staging, 'findings.sarif');
    const cli = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
    const result = spawnSync(
      process.execPath,
      [cli, '-i', staging, '-r', '-v', 'false', '-e', '45.4.1', '-o', out],
      { encoding: 'utf8', timeout: 300_000 },
    );
    let report;
    try {
      report = readFileSync(out, 'utf8');
    } catch {
      console.error(result.stdout, result.stderr);
      console.error('✖ electronegativity produced no report');
      return 1;
    }
    const findings = parseFindings(report);
    const { exceptions } = JSON.parse(readFileSync(exceptionsFile, 'utf8'));
    const { unlisted, unused } = compare(findings, exceptions);
    for (const f of unlisted)
      console.error(`✖ ${f.check} (${f.level}) in ${f.file} at ${f.location}`);
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
