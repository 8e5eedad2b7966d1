import { describe, expect, it } from 'vitest';
import {
  GAUGE_WARNING_THRESHOLD,
  computeGauge,
  emptyCv,
  gaugeWeights,
  needsGaugeWarning,
  type CvContent,
} from '../../../shared/domain/cv';
import { sampleCv } from './sample';

const gaugeOf = (change: (cv: CvContent) => void) => {
  const cv = emptyCv();
  change(cv);
  return computeGauge(cv);
};

describe('CV completeness gauge (the five sections of the service)', () => {
  it('weights sum to 100; an empty CV is at 0 % and a complete one at 100 %', () => {
    expect(Object.values(gaugeWeights).reduce((a, b) => a + b, 0)).toBe(100);
    expect(computeGauge(emptyCv())).toMatchObject({ percent: 0 });
    expect(computeGauge(emptyCv()).missing).toEqual(Object.keys(gaugeWeights));
    expect(computeGauge(sampleCv())).toMatchObject({ percent: 100, missing: [] });
  });

  it('cible professionnelle: job 10, place 4, contract 3, working time 3 = 20', () => {
    const full = sampleCv().target;
    expect(gaugeOf((cv) => (cv.target.appellation = full.appellation)).percent).toBe(10);
    expect(gaugeOf((cv) => (cv.target.places = full.places)).percent).toBe(4);
    expect(gaugeOf((cv) => (cv.target.contracts = ['CDI'])).percent).toBe(3);
    expect(gaugeOf((cv) => (cv.target.workingTimes = ['partiel'])).percent).toBe(3);
    expect(gaugeOf((cv) => (cv.target = full)).sections.target).toBe(gaugeWeights.target);
  });

  it('accroche: 15, only once it says something', () => {
    expect(gaugeOf((cv) => (cv.accroche = 'Motivée')).percent).toBe(0);
    expect(gaugeOf((cv) => (cv.accroche = sampleCv().accroche)).percent).toBe(15);
  });

  it('expériences: 15 for having one, 15 more when each describes its activities', () => {
    const [described, other] = sampleCv().experiences;
    expect(gaugeOf((cv) => (cv.experiences = [{ ...described!, tasks: '' }])).percent).toBe(15);
    expect(gaugeOf((cv) => (cv.experiences = [described!])).percent).toBe(30);
    const half = gaugeOf((cv) => (cv.experiences = [described!, { ...other!, tasks: 'vente' }]));
    expect(half.percent).toBe(23);
    expect(half.missing).toEqual(['target', 'accroche', 'experiences', 'formations', 'skills']);
  });

  it('formation: 20', () => {
    expect(gaugeOf((cv) => (cv.formations = sampleCv().formations)).percent).toBe(20);
  });

  it('compétences complémentaires: 15, ROME or free', () => {
    expect(gaugeOf((cv) => (cv.skills.rome = ['Surveiller les bassins'])).percent).toBe(15);
    expect(gaugeOf((cv) => (cv.skills.free = ['Patience'])).percent).toBe(15);
  });

  it('warns below the threshold, as the service does at 60 %', () => {
    const cv = sampleCv();
    cv.formations = [];
    cv.skills = { rome: [], free: [] };
    expect(computeGauge(cv).percent).toBe(65);
    expect(needsGaugeWarning(cv)).toBe(true);
    expect(needsGaugeWarning(sampleCv())).toBe(false);
    expect(GAUGE_WARNING_THRESHOLD).toBe(70);
  });
});
