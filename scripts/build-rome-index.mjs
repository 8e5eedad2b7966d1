// Builds the compact offline ROME index (resources/rome/rome-index.json) from the vendored ROME 4.0
// CSVs in data/rome-v460/ (see scripts/vendor-rome.mjs). Generated, gitignored, rebuilt by
// `npm run build` when missing or older than its sources; `--force` rebuilds anyway.
// Source : France Travail, ROME 4.0 (v4.60), Licence Ouverte 2.0.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'data', 'rome-v460');
const outFile = join(root, 'resources', 'rome', 'rome-index.json');
/** Bump the last number when the index format or selection changes; the first two are the dataset's. */
export const ROME_INDEX_VERSION = '4.60.1';
/** Tick boxes offered per job: more would not fit a kiosk screen. Savoir-faire first, then savoir-être. */
const SKILLS_PER_JOB = 24;

const sources = {
  appellations: 'unix_referentiel_appellation_v460_utf8.csv.gz',
  romes: 'unix_referentiel_code_rome_v460_utf8.csv.gz',
  links: 'unix_liens_rome_referentiels_v460_utf8.csv.gz',
  skills: 'unix_referentiel_competence_v460_utf8.csv.gz',
};

/** RFC 4180 CSV (quoted fields may hold commas, doubled quotes and newlines) → objects by header. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

const read = (file) => parseCsv(gunzipSync(readFileSync(join(dataDir, file))).toString('utf8'));

export function buildIndex() {
  const romes = {};
  for (const r of read(sources.romes)) romes[r.code_rome] = r.libelle_rome;
  const appellations = read(sources.appellations)
    .map((a) => [
      a.libelle_appellation_long,
      a.code_rome,
      Number(a.code_ogr),
      a.peu_usite === 'O' ? 1 : 0,
    ])
    .filter(([label, rome]) => label && romes[rome])
    .sort((a, b) => a[0].localeCompare(b[0], 'fr'));

  const skillById = new Map();
  for (const s of read(sources.skills)) {
    if (s.nature === 'Compétence') skillById.set(s.code_ogr, s);
  }
  const perRome = new Map();
  for (const link of read(sources.links)) {
    const skill = skillById.get(link.code_ogr);
    if (!skill) continue;
    const list = perRome.get(link.code_rome) ?? [];
    if (!list.includes(skill)) list.push(skill);
    perRome.set(link.code_rome, list);
  }
  const skills = [];
  const skillIndex = new Map();
  const romeSkills = {};
  for (const [rome, list] of [...perRome].sort((a, b) => a[0].localeCompare(b[0]))) {
    const ordered = [
      ...list.filter((s) => s.cat_comp === 'Savoir-faire'),
      ...list.filter((s) => s.cat_comp !== 'Savoir-faire'),
    ].slice(0, SKILLS_PER_JOB);
    romeSkills[rome] = ordered.map((s) => {
      if (!skillIndex.has(s.code_ogr)) {
        skillIndex.set(s.code_ogr, skills.length);
        skills.push(s.libelle_competence);
      }
      return skillIndex.get(s.code_ogr);
    });
  }
  return {
    version: ROME_INDEX_VERSION,
    attribution: 'Source : France Travail, ROME 4.0 (v4.60), Licence Ouverte 2.0',
    // [label, code ROME, code OGR, 1 when the appellation is "peu usitée"]
    appellations,
    romes,
    skills,
    romeSkills,
  };
}

function isFresh() {
  if (!existsSync(outFile)) return false;
  const built = statSync(outFile).mtimeMs;
  if (Object.values(sources).some((f) => statSync(join(dataDir, f)).mtimeMs > built)) return false;
  if (statSync(fileURLToPath(import.meta.url)).mtimeMs > built) return false;
  try {
    return JSON.parse(readFileSync(outFile, 'utf8')).version === ROME_INDEX_VERSION;
  } catch {
    return false;
  }
}

/** Builds the index unless an up-to-date one exists. Returns the output path. */
export function ensureRomeIndex({ force = false, quiet = false } = {}) {
  if (!force && isFresh()) return outFile;
  const started = Date.now();
  const index = buildIndex();
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(index));
  if (!quiet) {
    const kb = Math.round(statSync(outFile).size / 1024);
    console.log(
      `built resources/rome/rome-index.json (${index.appellations.length} appellations, ${kb} KB) in ${Date.now() - started} ms`,
    );
  }
  return outFile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureRomeIndex({ force: process.argv.includes('--force') });
}
