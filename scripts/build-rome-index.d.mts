import type { RomeIndexData } from '../shared/domain/rome';

export const ROME_INDEX_VERSION: string;
export function parseCsv(text: string): Record<string, string>[];
export function buildIndex(): RomeIndexData;
/** Builds resources/rome/rome-index.json unless an up-to-date one exists; returns its path. */
export function ensureRomeIndex(options?: { force?: boolean; quiet?: boolean }): string;
