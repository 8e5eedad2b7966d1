// Builds resources/communes/by-postal-code.json from @etalab/decoupage-administratif: code postal →
// [[code INSEE, nom], …] sorted by name. Run again when the package is updated:
//   node scripts/build-communes.mjs
// Current communes only (no communes déléguées/associées: they are not a "commune" on a form).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const communes = JSON.parse(
  readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8'),
);
const index = {};
for (const commune of communes) {
  if (commune.type !== 'commune-actuelle') continue;
  for (const code of commune.codesPostaux ?? [])
    (index[code] ??= []).push([commune.code, commune.nom]);
}
const sorted = {};
for (const code of Object.keys(index).sort()) {
  sorted[code] = index[code].sort(
    (a, b) => a[1].localeCompare(b[1], 'fr') || a[0].localeCompare(b[0]),
  );
}
const out = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'resources',
  'communes',
  'by-postal-code.json',
);
writeFileSync(out, `${JSON.stringify(sorted)}\n`);
console.log(`${Object.keys(sorted).length} codes postaux → ${out}`);
