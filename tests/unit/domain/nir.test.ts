import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskNir, nirKey, nirProblem } from '../../../shared/domain/nir';

/** A body + its key, so vectors below read as real numbers. */
const withKey = (body: string) => `${body}${String(nirKey(body)).padStart(2, '0')}`;

describe('NIR', () => {
  it('computes the key published with the INSEE example (2 55 08 14 168 025 38)', () => {
    expect(nirKey('2550814168025')).toBe(38);
    expect(nirProblem('2 55 08 14 168 025 38')).toBeNull();
  });

  it('reads Corsica 2A as 19 and 2B as 18 for the key', () => {
    // 2A: the key is that of the same number with 19 in place of 2A.
    expect(nirKey('178052A004123')).toBe(97 - (1780519004123 % 97));
    expect(nirKey('278052B004123')).toBe(97 - (2780518004123 % 97));
    expect(nirProblem(withKey('178052A004123'))).toBeNull();
    expect(nirProblem(withKey('278052B004123'))).toBeNull();
    expect(nirProblem(withKey('178052A004123').toLowerCase())).toBeNull();
  });

  it('refuses a wrong key, and Corsica keys computed as 20', () => {
    expect(nirProblem('255081416802537')).toBe('key');
    const wrongCorsica = `178052A004123${String(97 - (1780520004123 % 97)).padStart(2, '0')}`;
    expect(nirProblem(wrongCorsica)).toBe('key');
  });

  it.each([
    ['', 'format'],
    ['25508141680253', 'format'],
    ['2550814168025388', 'format'],
    ['355081416802538', 'format'],
    ['2551314168025xx', 'format'],
    ['2 55 13 14 168 025 38', 'format'],
    ['2550800168025', 'format'],
    ['2550814000025', 'format'],
    ['25508142C00025', 'format'],
  ])('refuses %j as %s', (value, problem) => {
    expect(nirProblem(value)).toBe(problem);
  });

  it('checks the sex digit against the civilité', () => {
    expect(nirProblem('2 55 08 14 168 025 38', { sex: 'F' })).toBeNull();
    expect(nirProblem('2 55 08 14 168 025 38', { sex: 'M' })).toBe('sex');
  });

  it('checks the year and month against the date of birth', () => {
    expect(nirProblem('255081416802538', { birthDate: '1955-08-21' })).toBeNull();
    expect(nirProblem('255081416802538', { birthDate: '1956-08-21' })).toBe('birthYear');
    expect(nirProblem('255081416802538', { birthDate: '1955-09-21' })).toBe('birthMonth');
  });

  it('accepts an unknown birth month (20, 30–42, 50–99) whatever the month of birth', () => {
    const unknownMonth = withKey('1553514168025');
    expect(nirProblem(unknownMonth, { birthDate: '1955-08-21', sex: 'M' })).toBeNull();
  });

  it('masks everything after sex, year and month', () => {
    expect(maskNir('2 55 08 14 168 025 38')).toBe('25508XXXXXXXXXX');
  });

  it('never throws on random input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (value, date) => {
        expect(['format', 'key', 'sex', 'birthYear', 'birthMonth', null]).toContain(
          nirProblem(value, { birthDate: date, sex: 'M' }),
        );
      }),
    );
  });

  it('accepts every well-formed number with its computed key', () => {
    const body = fc
      .tuple(
        fc.constantFrom('1', '2'),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('01', '33', '75', '2A', '2B', '99'),
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 1, max: 999 }),
      )
      .map(
        ([s, y, m, d, c, o]) =>
          `${s}${String(y).padStart(2, '0')}${String(m).padStart(2, '0')}${d}${String(c).padStart(3, '0')}${String(o).padStart(3, '0')}`,
      );
    fc.assert(fc.property(body, (b) => nirProblem(withKey(b)) === null));
  });
});
