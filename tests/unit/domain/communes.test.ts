import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import index from '../../../resources/communes/by-postal-code.json';
import { lookupCommunes, type CommunesIndex } from '../../../shared/domain/communes';

const communes = index as unknown as CommunesIndex;

describe('code postal → communes (built from @etalab/decoupage-administratif)', () => {
  it('gives the several communes of one code postal, sorted by name', () => {
    const result = lookupCommunes(communes, '22200');
    expect(result.status).toBe('found');
    const names = result.status === 'found' ? result.communes.map((c) => c.nom) : [];
    expect(names).toContain('Guingamp');
    expect(names).toContain('Grâces');
    expect(names.length).toBeGreaterThan(3);
    expect([...names].sort((a, b) => a.localeCompare(b, 'fr'))).toEqual(names);
  });
  it('gives a single commune with its code INSEE, Corsica included', () => {
    expect(lookupCommunes(communes, '63100')).toEqual({
      status: 'found',
      communes: [{ code: '63113', nom: 'Clermont-Ferrand' }],
    });
    expect(lookupCommunes(communes, '20000')).toEqual({
      status: 'found',
      communes: [{ code: '2A004', nom: 'Ajaccio' }],
    });
  });
  it('tells an unknown code from a malformed one', () => {
    expect(lookupCommunes(communes, '75999')).toEqual({ status: 'unknown' });
    expect(lookupCommunes(communes, '7501')).toEqual({ status: 'invalid' });
    expect(lookupCommunes(communes, '__proto__')).toEqual({ status: 'invalid' });
  });
  it('never throws on random input', () => {
    fc.assert(
      fc.property(fc.string(), (v) => {
        lookupCommunes(communes, v);
      }),
    );
  });
});
