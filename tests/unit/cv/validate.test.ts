import { describe, expect, it } from 'vitest';
import {
  copyExperiencesAndFormations,
  cvContentSchema,
  cvCreationRefusal,
  cvIssues,
  cvInfoPartOf,
  cvStepSchema,
  type CvInfoPart,
  emptyCv,
  formatMonthYear,
} from '../../../shared/domain/cv';
import { sampleCv } from './sample';

const today = { month: 11, year: 2026 };

describe('CV validation', () => {
  it('accepts the complete sample and a fresh draft parses', () => {
    expect(cvIssues(sampleCv(), today)).toEqual({});
    expect(cvContentSchema.parse(emptyCv())).toEqual(emptyCv());
    expect(cvContentSchema.parse(sampleCv())).toEqual(sampleCv());
  });

  it('names each problem by its field, with a catalogue key', () => {
    const cv = sampleCv();
    cv.target.appellation = null;
    cv.title = ' ';
    cv.contact.email = 'zoé@';
    cv.contact.telephone = '12';
    cv.experiences[0]!.end = { month: 1, year: 2022 };
    cv.formations[0]!.start = { month: 1, year: 2030 };
    cv.formations[0]!.end = null;
    cv.languages[0]!.name = '';
    expect(cvIssues(cv, today)).toEqual({
      'target.appellation': 'cv.validation.appellationRequired',
      title: 'cv.validation.titleRequired',
      'contact.email': 'cv.validation.email',
      'contact.telephone': 'cv.validation.telephone',
      'experiences.0.end': 'cv.validation.endBeforeStart',
      'formations.0.start': 'cv.validation.dateInFuture',
      'languages.0.name': 'cv.validation.languageRequired',
    });
  });

  it('refuses a sixth CV and a second CV for the same code ROME', () => {
    const four = ['A1101', 'B1101', 'C1101', 'D1101'].map((rome, i) => ({ id: `cv${i}`, rome }));
    expect(cvCreationRefusal(four, 'G1224')).toBeUndefined();
    const five = [...four, { id: 'cv4', rome: 'G1224' }];
    expect(cvCreationRefusal(five, 'N4101')).toBe('cv.validation.limitReached');
    expect(cvCreationRefusal(four, 'A1101')).toBe('cv.validation.sameRome');
    // Editing one of the five is fine, unless it takes another CV's job.
    expect(cvCreationRefusal(five, 'G1224', 'cv4')).toBeUndefined();
    expect(cvCreationRefusal(five, 'A1101', 'cv4')).toBe('cv.validation.sameRome');
  });

  it('copies expériences and formations from another CV, keeping the rest', () => {
    const target = { ...emptyCv(), title: 'Agent de caisse' };
    const copy = copyExperiencesAndFormations(target, sampleCv());
    expect(copy.title).toBe('Agent de caisse');
    expect(copy.experiences.map((e) => e.job)).toEqual([
      'Surveillante de baignade',
      'Animatrice aquagym',
    ]);
    expect(copy.formations).toHaveLength(1);
    expect(copy.accroche).toBe('');
  });

  it('formats month/year', () => {
    expect(formatMonthYear({ month: 3, year: 2021 })).toBe('03/2021');
    expect(formatMonthYear(null)).toBe('');
  });
});

describe('each step of the editor checks its own fields', () => {
  it('the job at the first step, the rest at the informations step, nothing after', () => {
    const cv = sampleCv();
    cv.target.appellation = null;
    cv.title = '';
    const issuesAt = (step: Parameters<typeof cvStepSchema>[0]) =>
      cvStepSchema(step, today)
        .safeParse(cv)
        .error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issuesAt('cible')).toEqual([
      ['target.appellation', 'cv.validation.appellationRequired'],
    ]);
    expect(issuesAt('informations')).toEqual([['title', 'cv.validation.titleRequired']]);
    expect(issuesAt('miseEnPage')).toBeUndefined();
  });

  it('a part of the informations step checks its own fields only', () => {
    const cv = sampleCv();
    cv.title = '';
    cv.languages = [{ name: '', level: 'courant' }];
    const pathsAt = (part: CvInfoPart) =>
      cvStepSchema('informations', today, part)
        .safeParse(cv)
        .error?.issues.map((issue) => issue.path.join('.'));
    expect(pathsAt('profil')).toEqual(['title']);
    expect(pathsAt('experiences')).toBeUndefined();
    expect(pathsAt('langues')).toEqual(['languages.0.name']);
    expect(cvInfoPartOf('experiences.0.end')).toBe('experiences');
    expect(cvInfoPartOf('licences')).toBe('langues');
    expect(cvInfoPartOf('target.appellation')).toBeUndefined();
  });
});
