import { isFrenchPostalCode } from './postalCode';

/** A commune of the official geography (code INSEE + name), from @etalab/decoupage-administratif. */
export interface Commune {
  code: string;
  nom: string;
}

/**
 * The index built by scripts/build-communes.mjs: code postal → [code INSEE, nom][], sorted by name.
 * One code postal often covers several communes (22200: Grâces, Guingamp, Pabu, …), and a commune
 * with several codes postaux appears under each.
 */
export type CommunesIndex = Record<string, [code: string, nom: string][]>;

export type CommunesLookup =
  { status: 'found'; communes: Commune[] } | { status: 'invalid' } | { status: 'unknown' };

export function lookupCommunes(index: CommunesIndex, rawCode: string): CommunesLookup {
  const code = rawCode.trim();
  if (!isFrenchPostalCode(code)) return { status: 'invalid' };
  const entries = Object.prototype.hasOwnProperty.call(index, code) ? index[code] : undefined;
  if (!entries || entries.length === 0) return { status: 'unknown' };
  return {
    status: 'found',
    communes: entries.map(([inseeCode, nom]) => ({ code: inseeCode, nom })),
  };
}
