import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Place } from '../../../shared/domain/cv';
import { foldText } from '../../../shared/domain/rome';

interface Commune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  codesPostaux?: string[];
  population?: number;
}
interface Area {
  code: string;
  nom: string;
}
interface Entry {
  place: Place;
  folded: string;
  postcodes: string[];
  weight: number;
}

let entries: Entry[] | undefined;

/** Régions, départements and communes of @etalab/decoupage-administratif, loaded on first use. */
function load(): Entry[] {
  if (entries) return entries;
  // In the bundle __filename is dist/main/*.cjs; under tests the working directory is the checkout.
  const require = createRequire(
    typeof __filename === 'string' ? __filename : join(process.cwd(), 'index.js'),
  );
  const data = (name: string) =>
    require(`@etalab/decoupage-administratif/data/${name}.json`) as unknown;
  const regions = data('regions') as Area[];
  const departements = data('departements') as Area[];
  const communes = (data('communes') as Commune[]).filter((c) => c.type === 'commune-actuelle');
  entries = [
    ...regions.map((r) => ({
      place: { kind: 'region' as const, code: r.code, label: r.nom },
      folded: foldText(r.nom),
      postcodes: [],
      weight: 1e9,
    })),
    ...departements.map((d) => ({
      place: { kind: 'departement' as const, code: d.code, label: `${d.nom} (${d.code})` },
      folded: foldText(d.nom),
      postcodes: [],
      weight: 1e8,
    })),
    ...communes.map((c) => ({
      place: {
        kind: 'commune' as const,
        code: c.code,
        label: `${c.nom} (${c.departement ?? c.code.slice(0, 2)})`,
      },
      folded: foldText(c.nom),
      postcodes: c.codesPostaux ?? [],
      weight: c.population ?? 0,
    })),
  ];
  return entries;
}

/** Places whose name starts with the query (accents and case ignored), or a code postal's communes. */
export function searchPlaces(query: string, limit = 8): Place[] {
  const folded = foldText(query);
  if (!folded) return [];
  const all = load();
  const digits = /^\d{2,5}$/.test(folded);
  const matches = all.filter((entry) =>
    digits
      ? entry.postcodes.some((code) => code.startsWith(folded)) ||
        (entry.place.kind === 'departement' && entry.place.code === folded)
      : entry.folded.startsWith(folded) || entry.folded.includes(` ${folded}`),
  );
  matches.sort(
    (a, b) =>
      Number(b.folded === folded) - Number(a.folded === folded) ||
      Number(b.folded.startsWith(folded)) - Number(a.folded.startsWith(folded)) ||
      b.weight - a.weight,
  );
  return matches.slice(0, limit).map((entry) => entry.place);
}
