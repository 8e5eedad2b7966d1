import { z } from 'zod';

/**
 * The CV Pôle emploi: a target job (step 0), the CV's information (step 1), a layout
 * (step 2) and publication choices (step 3). Lenient on purpose: a draft may be incomplete at any
 * step and is saved as is; `cvIssues` says what is wrong before printing or publishing.
 * Messages are catalogue keys (cv.validation.*).
 */
export const MAX_CVS_PER_USER = 5;
export const cvSteps = ['cible', 'informations', 'miseEnPage', 'miseEnLigne'] as const;
export type CvStep = (typeof cvSteps)[number];

export const contractTypes = ['CDI', 'CDD', 'MIS', 'SAI', 'ALT', 'LIB'] as const;
export const workingTimes = ['plein', 'partiel'] as const;
export const languageLevels = [
  'notions',
  'intermediaire',
  'courant',
  'bilingue',
  'maternelle',
] as const;
/** French driving licence categories (permis de conduire). */
export const licences = [
  'AM',
  'A1',
  'A2',
  'A',
  'B',
  'BE',
  'C1',
  'C',
  'CE',
  'D1',
  'D',
  'DE',
] as const;
export const placeKinds = ['commune', 'departement', 'region'] as const;
export const cvModels = [1, 2, 3] as const;

const text = (max: number) => z.string().trim().max(max, 'cv.validation.tooLong');

export const monthYearSchema = z.object({
  month: z.number().int().min(1).max(12),
  year: z.number().int().min(1940).max(2100),
});
export type MonthYear = z.infer<typeof monthYearSchema>;

export const appellationChoiceSchema = z.object({
  codeOgr: z.number().int().nonnegative(),
  label: text(200),
  rome: z.string().regex(/^[A-N]\d{4}$/),
});

export const placeSchema = z.object({
  kind: z.enum(placeKinds),
  code: z.string().trim().min(1).max(10),
  label: text(100),
});
export type Place = z.infer<typeof placeSchema>;

export const experienceSchema = z.object({
  id: z.string().min(1).max(64),
  job: text(150),
  employer: text(150),
  place: text(100),
  start: monthYearSchema.nullable(),
  /** null: the job is still held ("à ce jour"). */
  end: monthYearSchema.nullable(),
  tasks: text(1500),
});
export type Experience = z.infer<typeof experienceSchema>;

export const formationSchema = z.object({
  id: z.string().min(1).max(64),
  title: text(150),
  school: text(150),
  place: text(100),
  start: monthYearSchema.nullable(),
  end: monthYearSchema.nullable(),
  /** Diplôme obtenu. */
  obtained: z.boolean(),
});
export type Formation = z.infer<typeof formationSchema>;

export const languageSchema = z.object({
  name: text(60),
  level: z.enum(languageLevels),
});
export type Language = z.infer<typeof languageSchema>;

export const cvContentSchema = z.object({
  target: z.object({
    appellation: appellationChoiceSchema.nullable(),
    places: z.array(placeSchema).max(10),
    contracts: z.array(z.enum(contractTypes)).max(contractTypes.length),
    workingTimes: z.array(z.enum(workingTimes)).max(workingTimes.length),
  }),
  title: text(150),
  accroche: text(600),
  contact: z.object({
    email: text(254),
    telephone: text(20),
  }),
  experiences: z.array(experienceSchema).max(20),
  formations: z.array(formationSchema).max(20),
  languages: z.array(languageSchema).max(10),
  licences: z.array(z.enum(licences)).max(licences.length),
  skills: z.object({
    /** Ticked among the ROME skills of the target job. */
    rome: z.array(text(300)).max(40),
    /** Typed by the user. */
    free: z.array(text(120)).max(20),
  }),
  interests: z.array(text(120)).max(10),
  layout: z.object({
    model: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    order: z.enum(['experience', 'formation']),
  }),
  publication: z.object({
    /** In the CV bank, visible to advisers and employers. */
    published: z.boolean(),
    /** Advisers may pass the contact details on to employers: never unless allowed. */
    shareContact: z.boolean(),
  }),
});
export type CvContent = z.infer<typeof cvContentSchema>;

/** "Recevoir mon CV par courriel": the address it is sent to (the contract's check too). */
export const cvEmailSchema = z.object({
  email: z.string().trim().email('cv.validation.email').max(254),
});
export type CvEmailDraft = z.input<typeof cvEmailSchema>;

export const cvStatuses = ['draft', 'published', 'suspended'] as const;
export type CvStatus = (typeof cvStatuses)[number];

export function emptyCv(): CvContent {
  return {
    target: { appellation: null, places: [], contracts: [], workingTimes: [] },
    title: '',
    accroche: '',
    contact: { email: '', telephone: '' },
    experiences: [],
    formations: [],
    languages: [],
    licences: [],
    skills: { rome: [], free: [] },
    interests: [],
    layout: { model: 1, order: 'experience' },
    publication: { published: false, shareContact: false },
  };
}

/** "03/2021": the month/year shown on screen and in the PDF. */
export function formatMonthYear(value: MonthYear | null): string {
  return value ? `${String(value.month).padStart(2, '0')}/${value.year}` : '';
}

export function compareMonthYear(a: MonthYear, b: MonthYear): number {
  return a.year - b.year || a.month - b.month;
}

/** A new CV for another job that reuses the expériences and formations of `source`. */
export function copyExperiencesAndFormations(target: CvContent, source: CvContent): CvContent {
  return {
    ...target,
    experiences: [...target.experiences, ...source.experiences.map((e) => ({ ...e }))],
    formations: [...target.formations, ...source.formations.map((f) => ({ ...f }))],
  };
}
