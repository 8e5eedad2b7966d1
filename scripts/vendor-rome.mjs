// Refreshes the in-repo copy of the ROME 4.0 source CSVs (data/rome-v460/, gzipped) and the PDF
// fonts (resources/fonts/) from their origins. Run by hand when the hand-out data or the fonts change;
// the outputs are committed so that a fresh clone builds without ../shared or fonts-dejavu-core.
//   node scripts/vendor-rome.mjs [--from ../shared/data/rome-v460] [--fonts /usr/share/fonts/truetype/dejavu]
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : fallback;
};
const from = arg('--from', resolve(root, '..', 'shared', 'data', 'rome-v460'));
const fonts = arg('--fonts', '/usr/share/fonts/truetype/dejavu');

// Only what the index needs: appellations, fiches (labels), the links and the skills.
const files = [
  'unix_referentiel_appellation_v460_utf8.csv',
  'unix_referentiel_code_rome_v460_utf8.csv',
  'unix_liens_rome_referentiels_v460_utf8.csv',
  'unix_referentiel_competence_v460_utf8.csv',
];
const out = join(root, 'data', 'rome-v460');
mkdirSync(out, { recursive: true });
for (const file of files) {
  const source = join(from, file);
  if (!existsSync(source)) throw new Error(`${source} is missing (use --from <folder>)`);
  // mtime 0 in the gzip header (Node writes none): the same CSV gives the same bytes, no git noise.
  writeFileSync(join(out, `${file}.gz`), gzipSync(readFileSync(source), { level: 9 }));
}
copyFileSync(join(from, 'README.md'), join(out, 'README.md'));
console.log(`vendored ${files.length} ROME files into data/rome-v460/`);

const fontOut = join(root, 'resources', 'fonts');
mkdirSync(fontOut, { recursive: true });
for (const font of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
  copyFileSync(join(fonts, font), join(fontOut, font));
}
const licence = '/usr/share/doc/fonts-dejavu-core/copyright';
if (existsSync(licence)) copyFileSync(licence, join(fontOut, 'LICENSE-DejaVu.txt'));
console.log('vendored DejaVu Sans (regular, bold) into resources/fonts/');
