import { describe, expect, it } from 'vitest';
import {
  questionProblems,
  questionSchema,
  type ActualisationDraft,
} from '../../../shared/domain/actualisation';

const october = { year: 2026, month: 10 };
const draft = (change: Partial<ActualisationDraft> = {}): ActualisationDraft => ({
  yesNo: {},
  employeurs: [{ nom: '', heures: '', brut: '' }],
  arretMaladieDates: { debut: '', fin: '' },
  materniteDates: { debut: '', fin: '' },
  ...change,
});

describe('one question per screen', () => {
  it('an unanswered question names its own answer', () => {
    expect(questionProblems('formation', draft(), october)).toEqual({
      'yesNo.formation': 'actualisation.chooseAnswer',
    });
    expect(questionProblems('formation', draft({ yesNo: { formation: false } }), october)).toEqual(
      {},
    );
  });

  it('the employers are checked with the month, on the fields as typed (brut, not cents)', () => {
    const typed = draft({
      yesNo: { travail: true },
      employeurs: [{ nom: 'Boulangerie Durand', heures: '745', brut: '150 000' }],
    });
    expect(questionProblems('travail', typed, october)).toEqual({
      'employeurs.0.heures': 'actualisation.errors.heures.tooMany',
      'employeurs.0.brut': 'actualisation.errors.brut.tooHigh',
    });
    // Another question's screen does not look at the employers.
    expect(questionProblems('stage', { ...typed, yesNo: { stage: false } }, october)).toEqual({});
  });

  it('the schema reports the same problems at the same paths, and passes a good screen', () => {
    const typed = draft({
      yesNo: { arretMaladie: true },
      arretMaladieDates: { debut: '2026-10-20', fin: '2026-10-10' },
    });
    const parsed = questionSchema('arretMaladie', october).safeParse(typed);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['arretMaladieDates.fin', 'actualisation.errors.dates.reversed'],
    ]);
    const fixed = { ...typed, arretMaladieDates: { debut: '2026-10-20', fin: '2026-10-22' } };
    expect(questionSchema('arretMaladie', october).safeParse(fixed).success).toBe(true);
  });
});
