/**
 * The compact offline ROME index built by scripts/build-rome-index.mjs (resources/rome/) and served
 * by the central API. Tuples rather than objects: 13,000 appellations stay small on disk and on the wire.
 */
export interface RomeIndexData {
  /** "major.minor.revision": the dataset's version (4.60) then the index build's revision. */
  version: string;
  attribution: string;
  /** [libellé long, code ROME, code OGR, 1 when the appellation is rarely used] */
  appellations: [label: string, rome: string, codeOgr: number, rare: 0 | 1][];
  /** code ROME → fiche métier label */
  romes: Record<string, string>;
  /** skill labels, referenced by position from romeSkills */
  skills: string[];
  /** code ROME → positions in `skills` (savoir-faire first) */
  romeSkills: Record<string, number[]>;
}

export interface AppellationHit {
  codeOgr: number;
  label: string;
  rome: string;
  romeLabel: string;
}

/** True when `candidate` is newer than `current` ("4.60.2" > "4.60.1"; "4.61.0" > "4.60.9"). */
export function isNewerRomeVersion(candidate: string, current: string): boolean {
  const parse = (v: string) => v.split('.').map((part) => Number.parseInt(part, 10) || 0);
  const a = parse(candidate);
  const b = parse(current);
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return false;
}
