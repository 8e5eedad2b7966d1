import {
  compareMonthYear,
  cvContentSchema,
  MAX_CVS_PER_USER,
  type CvContent,
  type CvStep,
  type MonthYear,
} from './model';

/**
 * The informations step in parts a person finishes one at a time (the whole step on one screen is
 * several screens long): each part holds whole sections of the CV, in the order of the printed CV.
 */
export const cvInfoParts = [
  'profil',
  'experiences',
  'formations',
  'langues',
  'competences',
] as const;
export type CvInfoPart = (typeof cvInfoParts)[number];

const partOfSection: Partial<Record<keyof CvContent, CvInfoPart>> = {
  title: 'profil',
  accroche: 'profil',
  contact: 'profil',
  experiences: 'experiences',
  formations: 'formations',
  languages: 'langues',
  licences: 'langues',
  skills: 'competences',
  interests: 'competences',
};

/** The part of the informations step that shows a field path ("experiences.0.end"), if any. */
export function cvInfoPartOf(path: string): CvInfoPart | undefined {
  return partOfSection[path.split('.')[0] as keyof CvContent];
}

/**
 * What must be right before a CV is printed, sent or published (a draft may be saved anyway).
 * Keys are field paths as the form names them ("experiences.0.end"); values are catalogue keys.
 */
export function cvIssues(cv: CvContent, today: MonthYear): Record<string, string> {
  const issues: Record<string, string> = {};
  if (!cv.target.appellation) issues['target.appellation'] = 'cv.validation.appellationRequired';
  if (!cv.title.trim()) issues.title = 'cv.validation.titleRequired';
  const email = cv.contact.email.trim();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    issues['contact.email'] = 'cv.validation.email';
  const phone = cv.contact.telephone.replace(/[\s.-]/g, '');
  if (phone && !/^(\+33|0)[1-9]\d{8}$/.test(phone))
    issues['contact.telephone'] = 'cv.validation.telephone';
  const dated = [
    ...cv.experiences.map((e, i) => ({ at: `experiences.${i}`, ...e, named: e.job || e.employer })),
    ...cv.formations.map((f, i) => ({ at: `formations.${i}`, ...f, named: f.title })),
  ];
  for (const item of dated) {
    if (!item.named.trim())
      issues[`${item.at}.${'job' in item ? 'job' : 'title'}`] = 'cv.validation.entryNameRequired';
    if (item.start && compareMonthYear(item.start, today) > 0)
      issues[`${item.at}.start`] = 'cv.validation.dateInFuture';
    if (item.start && item.end && compareMonthYear(item.end, item.start) < 0) {
      issues[`${item.at}.end`] = 'cv.validation.endBeforeStart';
    }
  }
  cv.languages.forEach((language, i) => {
    if (!language.name.trim()) issues[`languages.${i}.name`] = 'cv.validation.languageRequired';
  });
  return issues;
}

/**
 * What a step's "Enregistrer et continuer" asks for: the job at the first step, the rest of
 * `cvIssues` at the informations step (only the fields of `part` when given: a part does not
 * stop on a field the person has not reached yet), nothing after (a draft is saved as it is;
 * printing and publishing check the whole CV with `cvIssues`).
 */
export function cvStepIssues(
  step: CvStep,
  cv: CvContent,
  today: MonthYear,
  part?: CvInfoPart,
): Record<string, string> {
  if (step !== 'cible' && step !== 'informations') return {};
  const ofTarget = (path: string) => path.startsWith('target.');
  return Object.fromEntries(
    Object.entries(cvIssues(cv, today)).filter(
      ([path]) => ofTarget(path) === (step === 'cible') && (!part || cvInfoPartOf(path) === part),
    ),
  );
}

/** A step (or a part of the informations step) as a schema over the CV's content, for the form. */
export function cvStepSchema(step: CvStep, today: MonthYear, part?: CvInfoPart) {
  return cvContentSchema.superRefine((cv, ctx) => {
    for (const [path, message] of Object.entries(cvStepIssues(step, cv, today, part)))
      ctx.addIssue({ code: 'custom', path: path.split('.'), message });
  });
}

/** Up to five CVs, each for a different code ROME. Returns a catalogue key when refused. */
export function cvCreationRefusal(
  existing: { id: string; rome: string | null }[],
  rome: string | null,
  replacingId?: string,
): string | undefined {
  const others = existing.filter((cv) => cv.id !== replacingId);
  if (!replacingId && others.length >= MAX_CVS_PER_USER) return 'cv.validation.limitReached';
  if (rome && others.some((cv) => cv.rome === rome)) return 'cv.validation.sameRome';
  return undefined;
}
