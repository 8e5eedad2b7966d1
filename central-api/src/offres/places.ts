import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourceFile } from '../rome';

/** A current commune: code INSEE, name, département, région, coordinates, population. */
export interface Commune {
  code: string;
  nom: string;
  departement: string;
  region: string;
  lat: number;
  lon: number;
  population: number;
}

/**
 * The places index built by scripts/build-places-index.mjs (resources/places/places-index.json):
 * every current commune with its coordinates (La Poste, INSEE), the départements and régions.
 */
export interface Places {
  communes: readonly Commune[];
  commune(code: string): Commune | undefined;
  departement(code: string): { nom: string; region: string } | undefined;
  region(code: string): string | undefined;
}

type Row = [string, string, string, string, number, number, number];
interface PlacesFile {
  communes: Row[];
  departements: Record<string, [string, string, string]>;
  regions: Record<string, string>;
}

let shipped: Places | undefined;

/** The shipped index, read once (≈ 2 MB, 30 ms). Throws when the build has not made it. */
export function shippedPlaces(): Places {
  if (shipped) return shipped;
  const file = resourceFile(join('places', 'places-index.json'));
  if (!file) throw new Error('resources/places/places-index.json is missing: run npm run build');
  shipped = placesFrom(JSON.parse(readFileSync(file, 'utf8')) as PlacesFile);
  return shipped;
}

export function placesFrom(data: PlacesFile): Places {
  const communes = data.communes.map(
    ([code, nom, departement, region, lat, lon, population]): Commune => ({
      code,
      nom,
      departement,
      region,
      lat,
      lon,
      population,
    }),
  );
  const byCode = new Map(communes.map((c) => [c.code, c]));
  return {
    communes,
    commune: (code) => byCode.get(code),
    departement: (code) => {
      const d = data.departements[code];
      return d && { nom: d[0], region: d[1] };
    },
    region: (code) => data.regions[code],
  };
}
