import index from '../../../resources/communes/by-postal-code.json';
import { lookupCommunes, type CommunesIndex } from '../../../shared/domain/communes';

// Bundled into main by esbuild (≈1 MB of JSON); the renderer asks through the contract.
const communes = index as unknown as CommunesIndex;

export function communesFor(codePostal: string) {
  const result = lookupCommunes(communes, codePostal);
  return { status: result.status, communes: result.status === 'found' ? result.communes : [] };
}
