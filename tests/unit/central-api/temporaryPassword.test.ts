import { describe, expect, it } from 'vitest';
import {
  TEMPORARY_PASSWORD_ALPHABET,
  TEMPORARY_PASSWORD_CHARACTERS,
  temporaryPassword,
} from '../../../central-api/src/accounts/temporaryPassword';

describe('temporary password', () => {
  it('is two groups of five capitals and digits, easy to read aloud and type', () => {
    for (let i = 0; i < 200; i += 1)
      expect(temporaryPassword()).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    expect(TEMPORARY_PASSWORD_CHARACTERS).toBe(10);
  });

  it('never uses look-alike characters (0/O, 1/I/l, L)', () => {
    for (const ambiguous of '0O1IlL') expect(TEMPORARY_PASSWORD_ALPHABET).not.toContain(ambiguous);
    expect(TEMPORARY_PASSWORD_ALPHABET).toHaveLength(31);
    expect(new Set(TEMPORARY_PASSWORD_ALPHABET).size).toBe(31);
  });

  it('draws every character of the alphabet, and never the same password twice in 2000', () => {
    const drawn = Array.from({ length: 2000 }, () => temporaryPassword());
    expect(new Set(drawn).size).toBe(drawn.length);
    const seen = new Set(drawn.join('').replaceAll('-', ''));
    expect([...seen].sort().join('')).toBe([...TEMPORARY_PASSWORD_ALPHABET].sort().join(''));
  });

  it('is strong enough with the sign-in lock: about 49.5 bits', () => {
    const bits = TEMPORARY_PASSWORD_CHARACTERS * Math.log2(TEMPORARY_PASSWORD_ALPHABET.length);
    expect(bits).toBeGreaterThan(49);
  });
});
