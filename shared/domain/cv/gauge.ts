import type { CvContent } from './model';

/**
 * The completeness gauge ("Taux de saisie du CV"): the five sections France Travail lists, each
 * with a weight; the sum is 100. Experiences weigh most because recruiters search on them, and the
 * service names "the description of your activities" explicitly, so half of that weight needs tasks.
 */
export const gaugeWeights = {
  /** Métier (10), lieu de travail (4), type de contrat (3), durée du travail (3). */
  target: 20,
  accroche: 15,
  /** At least one expérience (15), then its description of activities (15, shared across them). */
  experiences: 30,
  formations: 20,
  /** Compétences complémentaires: ROME skills ticked or free skills typed. */
  skills: 15,
} as const;

/** Below this, "Votre CV pourrait obtenir un meilleur score" is shown before going on. */
export const GAUGE_WARNING_THRESHOLD = 70;

/** A description shorter than this ("vente") says little to a recruiter. */
const MIN_TASKS_LENGTH = 20;
const MIN_ACCROCHE_LENGTH = 20;

export type GaugeSection = keyof typeof gaugeWeights;

export interface Gauge {
  /** 0–100, rounded. */
  percent: number;
  sections: Record<GaugeSection, number>;
  /** Sections not yet at their full weight, in the gauge's order: what "Compléter" points to. */
  missing: GaugeSection[];
}

export function computeGauge(cv: CvContent): Gauge {
  const { target } = cv;
  const targetScore =
    (target.appellation ? 10 : 0) +
    (target.places.length > 0 ? 4 : 0) +
    (target.contracts.length > 0 ? 3 : 0) +
    (target.workingTimes.length > 0 ? 3 : 0);
  const filled = cv.experiences.filter((e) => e.job.trim() || e.employer.trim());
  const described = filled.filter((e) => e.tasks.trim().length >= MIN_TASKS_LENGTH).length;
  const experiences = filled.length === 0 ? 0 : 15 + Math.round((15 * described) / filled.length);
  const sections: Record<GaugeSection, number> = {
    target: targetScore,
    accroche: cv.accroche.trim().length >= MIN_ACCROCHE_LENGTH ? gaugeWeights.accroche : 0,
    experiences,
    formations: cv.formations.some((f) => f.title.trim()) ? gaugeWeights.formations : 0,
    skills: cv.skills.rome.length + cv.skills.free.length > 0 ? gaugeWeights.skills : 0,
  };
  const percent = Math.round(Object.values(sections).reduce((a, b) => a + b, 0));
  const missing = (Object.keys(gaugeWeights) as GaugeSection[]).filter(
    (key) => sections[key] < gaugeWeights[key],
  );
  return { percent, sections, missing };
}

export function needsGaugeWarning(cv: CvContent): boolean {
  return computeGauge(cv).percent < GAUGE_WARNING_THRESHOLD;
}
