import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnValid, siretProblem } from '../../../shared/domain/siret';

describe('SIRET', () => {
  it.each([
    '73282932000074', // Apple France (published SIRET)
    '552 100 554 00013', // Peugeot's historical siège, typed with spaces
    '35600000009075', // a La Poste establishment: digits sum to 35
  ])('accepts %s', (value) => {
    expect(siretProblem(value)).toBeNull();
  });

  it('applies the multiple-of-5 rule to La Poste (SIREN 356 000 000), not Luhn', () => {
    expect(luhnValid('35600000009075')).toBe(false);
    expect(siretProblem('35600000009075')).toBeNull();
    // Sum 36: refused even though it is well-formed.
    expect(siretProblem('35600000009076')).toBe('checksum');
  });

  it.each([
    ['73282932000075', 'checksum'],
    ['7328293200007', 'format'],
    ['732829320000745', 'format'],
    ['7328293200007A', 'format'],
    ['', 'format'],
  ])('refuses %j as %s', (value, problem) => {
    expect(siretProblem(value)).toBe(problem);
  });

  it('never throws on random input', () => {
    fc.assert(
      fc.property(fc.string(), (value) =>
        [null, 'format', 'checksum'].includes(siretProblem(value)),
      ),
    );
  });
});
