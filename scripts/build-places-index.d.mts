export const PLACES_INDEX_VERSION: string;
export function ensurePlacesIndex(options?: { force?: boolean; quiet?: boolean }): string;
