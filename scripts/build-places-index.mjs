// Builds the places index the offer search needs (resources/places/places-index.json): every current
// commune with its département, région, population and coordinates, plus the départements and
// régions. Generated, gitignored, rebuilt by `npm run build` when missing or older than its sources;
// `--force` rebuilds anyway; `--vendor [folder]` first copies the hand-out coordinates (default
// ../shared/data/communes-coordinates) into data/communes-coordinates/, committed so that a fresh
// clone builds without ../shared.
// Sources: commune list from @etalab/decoupage-administratif (INSEE, Licence Ouverte); coordinates
// "Coordonnées : La Poste, INSEE" (2022 geography, see data/communes-coordinates/README.md).
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dataDir = join(root, 'data', 'communes-coordinates');
const coordinatesFile = join(dataDir, 'communes-2022-coordinates.csv.gz');
const outFile = join(root, 'resources', 'places', 'places-index.json');
/** Bump when the index format changes. */
export const PLACES_INDEX_VERSION = '2022.1';

const etalab = (name) => require.resolve(`@etalab/decoupage-administratif/data/${name}.json`);

export function buildPlacesIndex() {
  const coordinates = new Map();
  const csv = gunzipSync(readFileSync(coordinatesFile)).toString('utf8').trim().split('\n');
  for (const line of csv.slice(1)) {
    const [code, lat, lon] = line.split(',');
    coordinates.set(code, [Number(lat), Number(lon)]);
  }
  const all = JSON.parse(readFileSync(etalab('communes'), 'utf8'));
  const departements = JSON.parse(readFileSync(etalab('departements'), 'utf8'));
  const regions = JSON.parse(readFileSync(etalab('regions'), 'utf8'));
  // A commune created after 2022 (commune nouvelle) has no row of its own: it takes the place of
  // one of the former communes it merged (now its communes déléguées), else its département's
  // chef-lieu. Distances to it are then approximate by a few kilometres at most, or by the size
  // of a département in the rare second case.
  const delegated = new Map();
  for (const c of all) {
    if (c.type === 'commune-actuelle' || !c.chefLieu || !coordinates.has(c.code)) continue;
    if (!delegated.has(c.chefLieu)) delegated.set(c.chefLieu, coordinates.get(c.code));
  }
  let merged = 0;
  let chefLieu = 0;
  const pending = [];
  const communes = [];
  for (const c of all) {
    if (c.type !== 'commune-actuelle') continue;
    let at = coordinates.get(c.code) ?? delegated.get(c.code);
    if (!coordinates.has(c.code) && at) merged += 1;
    if (!at) {
      pending.push(communes.length);
      chefLieu += 1;
    }
    communes.push([
      c.code,
      c.nom,
      c.departement ?? '',
      c.region ?? '',
      ...(at ?? [0, 0]),
      c.population ?? 0,
    ]);
  }
  const byCode = new Map(communes.map((c) => [c[0], c]));
  const deps = {};
  for (const d of departements) deps[d.code] = [d.nom, d.region, d.chefLieu];
  for (const i of pending) {
    const c = communes[i];
    const head = byCode.get(deps[c[2]]?.[2]);
    if (head) [c[4], c[5]] = [head[4], head[5]];
  }
  const regs = {};
  for (const r of regions) regs[r.code] = r.nom;
  return {
    version: PLACES_INDEX_VERSION,
    attribution: 'Coordonnées : La Poste, INSEE',
    // [code INSEE, nom, département, région, latitude, longitude, population]
    communes,
    // code → [nom, région, chef-lieu]
    departements: deps,
    regions: regs,
    stats: { merged, chefLieu },
  };
}

function isFresh() {
  if (!existsSync(outFile)) return false;
  const built = statSync(outFile).mtimeMs;
  const sources = [coordinatesFile, etalab('communes'), fileURLToPath(import.meta.url)];
  if (sources.some((f) => statSync(f).mtimeMs > built)) return false;
  try {
    return JSON.parse(readFileSync(outFile, 'utf8')).version === PLACES_INDEX_VERSION;
  } catch {
    return false;
  }
}

/** Builds the index unless an up-to-date one exists. Returns the output path. */
export function ensurePlacesIndex({ force = false, quiet = false } = {}) {
  if (!force && isFresh()) return outFile;
  const started = Date.now();
  const index = buildPlacesIndex();
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(index));
  if (!quiet) {
    const kb = Math.round(statSync(outFile).size / 1024);
    console.log(
      `built resources/places/places-index.json (${index.communes.length} communes, ${index.stats.merged} placed by a former commune, ${index.stats.chefLieu} by the chef-lieu, ${kb} KB) in ${Date.now() - started} ms`,
    );
  }
  return outFile;
}

function vendor(from) {
  mkdirSync(dataDir, { recursive: true });
  for (const file of ['communes-2022-coordinates.csv.gz', 'README.md'])
    copyFileSync(join(from, file), join(dataDir, file));
  console.log(`vendored the commune coordinates into data/communes-coordinates/`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--vendor');
  if (at > 0) {
    const next = process.argv[at + 1];
    vendor(
      next && !next.startsWith('--')
        ? resolve(next)
        : resolve(root, '..', 'shared', 'data', 'communes-coordinates'),
    );
  }
  ensurePlacesIndex({ force: process.argv.includes('--force') || at > 0 });
}
