import { readFileSync } from 'node:fs';
import { ensureRomeIndex } from '../../../scripts/build-rome-index.mjs';
import type { RomeIndexData } from '../../../shared/domain/rome';

let cached: RomeIndexData | undefined;

/** The real index built from the vendored ROME CSVs (built on the fly in a fresh clone). */
export function loadRomeIndex(): RomeIndexData {
  cached ??= JSON.parse(readFileSync(ensureRomeIndex({ quiet: true }), 'utf8')) as RomeIndexData;
  return cached;
}
