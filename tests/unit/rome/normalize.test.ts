import { describe, expect, it } from 'vitest';
import {
  boundedEditDistance,
  foldText,
  isNewerRomeVersion,
  searchTokens,
  singular,
} from '../../../shared/domain/rome';
import { parseCsv } from '../../../scripts/build-rome-index.mjs';

describe('ROME normalisation', () => {
  it('folds case, accents, ligatures and punctuation', () => {
    expect(foldText('Maître-Nageuse / Sauveteuse')).toBe('maitre nageuse sauveteuse');
    expect(foldText('Œnologue’s')).toBe('oenologue s');
  });

  it('drops small words and plurals', () => {
    expect(searchTokens("Chauffeurs d'engins de chantier")).toEqual([
      'chauffeur',
      'engin',
      'chantier',
    ]);
    expect(singular('bateaux')).toBe('bateau');
    expect(singular('bus')).toBe('bus');
    expect(singular('presse')).toBe('presse');
  });

  it('counts typos, a swap of neighbours as one', () => {
    expect(boundedEditDistance('boulagner', 'boulanger', 2)).toBe(1);
    expect(boundedEditDistance('caisier', 'caissier', 2)).toBe(1);
    expect(boundedEditDistance('abc', 'xyzabc', 1)).toBe(2);
  });

  it('compares index versions numerically', () => {
    expect(isNewerRomeVersion('4.60.2', '4.60.1')).toBe(true);
    expect(isNewerRomeVersion('4.61.0', '4.60.9')).toBe(true);
    expect(isNewerRomeVersion('4.60.10', '4.60.9')).toBe(true);
    expect(isNewerRomeVersion('4.60.1', '4.60.1')).toBe(false);
    expect(isNewerRomeVersion('4.59.9', '4.60.1')).toBe(false);
  });

  it('reads quoted CSV with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('"a","b"\n"1, 2","say ""hi""\nthere"\n')).toEqual([
      { a: '1, 2', b: 'say "hi"\nthere' },
    ]);
  });
});
