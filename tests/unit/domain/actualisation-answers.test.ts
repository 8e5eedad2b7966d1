import { describe, expect, it } from 'vitest';
import {
  answersProblems,
  answersSchema,
  formatEuros,
  parseEmployeurs,
  parseEuroAmount,
  type Answers,
} from '../../../shared/domain/actualisation';
import { noActivityAnswers } from '../../fixtures/actualisation';

const october = { year: 2026, month: 10 };
const nothing: Answers = noActivityAnswers();

describe('gross amounts typed the French way', () => {
  it.each([
    ['1 234,56', 123456],
    ['1\u00a0234,56', 123456],
    ['1\u202f234,5', 123450],
    ['980', 98000],
    ['980.10', 98010],
    ['0,99', 99],
    ['  12 ', 1200],
    ['1 500 €', 150000],
  ])('reads %j as %i cents', (text, cents) => {
    expect(parseEuroAmount(text)).toEqual({ ok: true, cents });
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['-12', 'negative'],
    ['−12,00', 'negative'],
    ['12,345', 'format'],
    ['douze', 'format'],
    ['1,2,3', 'format'],
    ['1e5', 'format'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(parseEuroAmount(text)).toEqual({ ok: false, problem });
  });

  it('writes cents back with French typography', () => {
    expect(formatEuros(123456)).toBe('1\u00a0234,56\u00a0€');
    expect(formatEuros(5)).toBe('0,05\u00a0€');
  });
});

describe('employers as typed', () => {
  it('accepts whole hours and amounts, keeping the order', () => {
    const result = parseEmployeurs(
      [
        { nom: ' Boulangerie Durand ', heures: '35', brut: '1 234,56' },
        { nom: 'Mairie de Lannion', heures: '12', brut: '180' },
      ],
      october,
    );
    expect(result).toEqual({
      ok: true,
      employeurs: [
        { nom: 'Boulangerie Durand', heures: 35, brutCentimes: 123456 },
        { nom: 'Mairie de Lannion', heures: 12, brutCentimes: 18000 },
      ],
    });
  });

  it('names each wrong field and only that one', () => {
    const result = parseEmployeurs(
      [
        { nom: '', heures: '7,5', brut: '-3' },
        { nom: 'Ok', heures: '745', brut: '100001' },
        { nom: 'Ok', heures: '', brut: '' },
      ],
      october,
    );
    expect(result).toEqual({
      ok: false,
      problems: {
        'employeurs.0.nom': 'actualisation.errors.nom.required',
        'employeurs.0.heures': 'actualisation.errors.heures.whole',
        'employeurs.0.brutCentimes': 'actualisation.errors.brut.negative',
        'employeurs.1.heures': 'actualisation.errors.heures.tooMany',
        'employeurs.1.brutCentimes': 'actualisation.errors.brut.tooHigh',
        'employeurs.2.heures': 'actualisation.errors.heures.required',
        'employeurs.2.brutCentimes': 'actualisation.errors.brut.required',
      },
    });
  });

  it('counts the month’s hours across employers (October: 744, February 2026: 672)', () => {
    const two = (a: string, b: string) => [
      { nom: 'A', heures: a, brut: '1' },
      { nom: 'B', heures: b, brut: '1' },
    ];
    expect(parseEmployeurs(two('400', '344'), october).ok).toBe(true);
    expect(parseEmployeurs(two('400', '345'), october)).toEqual({
      ok: false,
      problems: { 'employeurs.1.heures': 'actualisation.errors.heures.tooMany' },
    });
    expect(parseEmployeurs(two('672', '0'), { year: 2026, month: 2 }).ok).toBe(true);
    expect(parseEmployeurs(two('673', '0'), { year: 2026, month: 2 }).ok).toBe(false);
  });

  it('asks for at least one employer after "Oui"', () => {
    expect(parseEmployeurs([], october)).toEqual({
      ok: false,
      problems: { employeurs: 'actualisation.errors.employeurs.required' },
    });
  });
});

describe('answers against the declared month', () => {
  it('accepts a month with no activity', () => {
    expect(answersSchema.parse(nothing)).toEqual(nothing);
    expect(answersProblems(nothing, october)).toEqual({});
  });

  it('keeps sick-leave dates inside the month and in order', () => {
    const sick = (debut: string, fin: string): Answers => ({
      ...nothing,
      arretMaladie: true,
      arretMaladieDates: { debut, fin },
    });
    expect(answersProblems(sick('2026-10-01', '2026-10-31'), october)).toEqual({});
    expect(answersProblems(sick('2026-10-12', '2026-10-12'), october)).toEqual({});
    expect(answersProblems(sick('2026-09-30', '2026-11-01'), october)).toEqual({
      'arretMaladieDates.debut': 'actualisation.errors.dates.outsideMonth',
      'arretMaladieDates.fin': 'actualisation.errors.dates.outsideMonth',
    });
    expect(answersProblems(sick('2026-10-20', '2026-10-10'), october)).toEqual({
      'arretMaladieDates.fin': 'actualisation.errors.dates.reversed',
    });
    expect(answersProblems(sick('2026-02-30', '2026-10-10'), october)).toEqual({
      'arretMaladieDates.debut': 'actualisation.errors.dates.format',
    });
    expect(answersProblems(sick('', ''), october)).toEqual({
      'arretMaladieDates.debut': 'actualisation.errors.dates.debutRequired',
      'arretMaladieDates.fin': 'actualisation.errors.dates.finRequired',
    });
  });

  it('checks maternity dates the same way, and refuses details after a "Non"', () => {
    expect(
      answersProblems(
        { ...nothing, maternite: true, materniteDates: { debut: '2026-11-02', fin: '2026-11-03' } },
        october,
      ),
    ).toEqual({
      'materniteDates.debut': 'actualisation.errors.dates.outsideMonth',
      'materniteDates.fin': 'actualisation.errors.dates.outsideMonth',
    });
    expect(
      answersProblems(
        { ...nothing, employeurs: [{ nom: 'A', heures: 1, brutCentimes: 1 }] },
        october,
      ),
    ).toEqual({ employeurs: 'actualisation.errors.employeurs.unexpected' });
  });

  it('refuses non-whole hours, negative and absurd amounts, unknown fields', () => {
    const worked = (heures: number, brutCentimes: number): Answers => ({
      ...nothing,
      travail: true,
      employeurs: [{ nom: 'A', heures, brutCentimes }],
    });
    expect(answersSchema.safeParse(worked(7.5, 100)).success).toBe(false);
    expect(answersSchema.safeParse(worked(7, -1)).success).toBe(false);
    expect(answersSchema.safeParse(worked(7, 100_000_01)).success).toBe(false);
    expect(answersSchema.safeParse({ ...nothing, nir: '1850775123456' }).success).toBe(false);
    expect(answersProblems(worked(745, 100), october)).toEqual({
      'employeurs.0.heures': 'actualisation.errors.heures.tooMany',
    });
  });
});
