import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chosenIdentifiantProblem,
  isAssignedIdentifiant,
} from '../../../shared/domain/identifiant';
import {
  isNumericPassword,
  passwordChecklist,
  passwordMeetsPolicy,
  unmetPasswordRules,
} from '../../../shared/domain/password';

describe('password policy checklist', () => {
  it('ticks each rule separately, as the screen shows it', () => {
    expect(passwordChecklist('abc')).toEqual({
      length: false,
      lowercase: true,
      uppercase: false,
      digit: false,
      special: false,
      notIdentifiant: true,
    });
    expect(unmetPasswordRules('Kiosque2026')).toEqual(['length', 'special']);
  });
  it('accepts the demo passwords and accented letters', () => {
    expect(passwordMeetsPolicy('Kiosque2026!')).toBe(true);
    expect(passwordMeetsPolicy('Soleil-Juin-8')).toBe(true);
    expect(passwordMeetsPolicy('Été-à-Brest-2026')).toBe(true);
  });
  it('refuses a password containing the identifiant, and legacy numeric codes', () => {
    expect(unmetPasswordRules('Frankcapra-2026!', 'FRANKCAPRA')).toEqual(['notIdentifiant']);
    expect(passwordMeetsPolicy('482913')).toBe(false);
    expect(isNumericPassword('482913')).toBe(true);
    expect(isNumericPassword('Kiosque2026!')).toBe(false);
  });
  it('never throws on random input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (p, id) => {
        passwordChecklist(p, id);
      }),
    );
  });
});

describe('chosen identifiant', () => {
  it.each(['frankcapra', 'MARTIN75', 'Camille2026'])('accepts %j', (value) => {
    expect(chosenIdentifiantProblem(value)).toBeNull();
  });
  it.each([
    ['abc', 'length'],
    ['a'.repeat(21), 'length'],
    ['martin.dupont', 'characters'],
    ['camille é', 'characters'],
    ['12345678', 'noLetter'],
    ['1234567z', 'reserved'],
  ])('refuses %j (%s)', (value, problem) => {
    expect(chosenIdentifiantProblem(value)).toBe(problem);
  });
  it('recognises the identifiants France Travail assigns', () => {
    expect(isAssignedIdentifiant('1234567A')).toBe(true);
    expect(isAssignedIdentifiant('frankcapra')).toBe(false);
  });
  it('never throws on random input', () => {
    fc.assert(
      fc.property(fc.string(), (v) => {
        chosenIdentifiantProblem(v);
      }),
    );
  });
});
