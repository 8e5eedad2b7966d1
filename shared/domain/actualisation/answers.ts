import { z } from 'zod';
import { parseEuroAmount } from './amount';
import { type Period, hoursInMonth, monthBounds } from './period';

/**
 * The eight questions of the monthly actualisation, in the order they are asked, and the rules for
 * the details of a "Oui". Messages are catalogue keys (actualisation.errors.*), so main, the
 * renderer and the central API share one rule set.
 */
export const questionIds = [
  'formation',
  'travail',
  'stage',
  'arretMaladie',
  'maternite',
  'retraite',
  'invalidite',
  'rechercheEmploi',
] as const;
export type QuestionId = (typeof questionIds)[number];

/** A gross amount above this for one employer in one month is a typing mistake, not a salary. */
export const MAX_MONTHLY_GROSS_CENTS = 100_000_00;
export const MAX_EMPLOYEURS = 10;

const E = 'actualisation.errors';
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${E}.dates.format`);

export const employeurSchema = z
  .object({
    nom: z.string().trim().min(1, `${E}.nom.required`).max(100, `${E}.nom.tooLong`),
    heures: z.number().int(`${E}.heures.whole`).min(0, `${E}.heures.negative`),
    brutCentimes: z
      .number()
      .int(`${E}.brut.format`)
      .min(0, `${E}.brut.negative`)
      .max(MAX_MONTHLY_GROSS_CENTS, `${E}.brut.tooHigh`),
  })
  .strict();
export type Employeur = z.infer<typeof employeurSchema>;

export const datesSchema = z.object({ debut: isoDate, fin: isoDate }).strict();
export type DateRange = z.infer<typeof datesSchema>;

/** Structure only; what depends on the month (hours, dates) is checked by `answersProblems`. */
export const answersSchema = z
  .object({
    formation: z.boolean(),
    travail: z.boolean(),
    employeurs: z.array(employeurSchema).max(MAX_EMPLOYEURS),
    stage: z.boolean(),
    arretMaladie: z.boolean(),
    arretMaladieDates: datesSchema.nullable(),
    maternite: z.boolean(),
    materniteDates: datesSchema.nullable(),
    retraite: z.boolean(),
    invalidite: z.boolean(),
    rechercheEmploi: z.boolean(),
  })
  .strict();
export type Answers = z.infer<typeof answersSchema>;

/**
 * The answers of a month with nothing to declare: no training, work, internship, sick leave,
 * maternity, retirement or disability, still looking for work. A fresh object each call, so the
 * caller may change it freely (the demo seeds, the tests).
 */
export function noActivityAnswers(): Answers {
  return {
    formation: false,
    travail: false,
    employeurs: [],
    stage: false,
    arretMaladie: false,
    arretMaladieDates: null,
    maternite: false,
    materniteDates: null,
    retraite: false,
    invalidite: false,
    rechercheEmploi: true,
  };
}

/** Field path ('employeurs.1.heures', 'arretMaladieDates.fin'…) → catalogue key of its problem. */
export type FieldProblems = Record<string, string>;

export function datesProblems(
  dates: DateRange | null,
  period: Period,
  field: 'arretMaladieDates' | 'materniteDates',
): FieldProblems {
  const problems: FieldProblems = {};
  if (!dates) return { [`${field}.debut`]: `${E}.dates.debutRequired` };
  const { first, last } = monthBounds(period);
  for (const end of ['debut', 'fin'] as const) {
    const value = dates[end];
    if (!value) problems[`${field}.${end}`] = `${E}.dates.${end}Required`;
    else if (!isRealDate(value)) problems[`${field}.${end}`] = `${E}.dates.format`;
    else if (value < first || value > last) problems[`${field}.${end}`] = `${E}.dates.outsideMonth`;
  }
  if (Object.keys(problems).length === 0 && dates.fin < dates.debut)
    problems[`${field}.fin`] = `${E}.dates.reversed`;
  return problems;
}

export function employeursProblems(
  employeurs: readonly Employeur[],
  period: Period,
): FieldProblems {
  const problems: FieldProblems = {};
  if (employeurs.length === 0) problems['employeurs'] = `${E}.employeurs.required`;
  const max = hoursInMonth(period);
  let total = 0;
  employeurs.forEach((employeur, i) => {
    const parsed = employeurSchema.safeParse(employeur);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems[`employeurs.${i}.${issue.path.join('.')}`] ??= issue.message;
    }
    if (!Number.isInteger(employeur.heures) || employeur.heures < 0) return;
    total += employeur.heures;
    if (total > max) problems[`employeurs.${i}.heures`] ??= `${E}.heures.tooMany`;
  });
  return problems;
}

/** Everything the month makes wrong in structurally valid answers; empty when they can be sent. */
export function answersProblems(answers: Answers, period: Period): FieldProblems {
  const problems: FieldProblems = {};
  if (answers.travail) Object.assign(problems, employeursProblems(answers.employeurs, period));
  else if (answers.employeurs.length > 0) problems['employeurs'] = `${E}.employeurs.unexpected`;
  if (answers.arretMaladie)
    Object.assign(problems, datesProblems(answers.arretMaladieDates, period, 'arretMaladieDates'));
  else if (answers.arretMaladieDates) problems['arretMaladieDates'] = `${E}.dates.unexpected`;
  if (answers.maternite)
    Object.assign(problems, datesProblems(answers.materniteDates, period, 'materniteDates'));
  else if (answers.materniteDates) problems['materniteDates'] = `${E}.dates.unexpected`;
  return problems;
}

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** An employer as typed on screen: every field is text until it is checked. */
export interface EmployeurDraft {
  nom: string;
  heures: string;
  brut: string;
}

/**
 * The employers' fields as typed → employers, or the problem of each field. Nothing typed is
 * changed: the caller keeps the draft, so a mistake costs one field, not the whole list.
 */
export function parseEmployeurs(
  drafts: readonly EmployeurDraft[],
  period: Period,
): { ok: true; employeurs: Employeur[] } | { ok: false; problems: FieldProblems } {
  const problems: FieldProblems = {};
  const employeurs: Employeur[] = [];
  drafts.forEach((draft, i) => {
    const at = `employeurs.${i}`;
    const heuresText = draft.heures.replace(/\s/g, '');
    let heures = Number.NaN;
    if (heuresText === '') problems[`${at}.heures`] = `${E}.heures.required`;
    else if (/^-/.test(heuresText)) problems[`${at}.heures`] = `${E}.heures.negative`;
    else if (!/^\d+$/.test(heuresText)) problems[`${at}.heures`] = `${E}.heures.whole`;
    else heures = Number(heuresText);
    const amount = parseEuroAmount(draft.brut);
    if (!amount.ok) problems[`${at}.brutCentimes`] = `${E}.brut.${amount.problem}`;
    employeurs.push({ nom: draft.nom.trim(), heures, brutCentimes: amount.ok ? amount.cents : 0 });
  });
  const ruleProblems = employeursProblems(
    employeurs.map((e) => ({ ...e, heures: Number.isNaN(e.heures) ? 0 : e.heures })),
    period,
  );
  for (const [field, key] of Object.entries(ruleProblems)) problems[field] ??= key;
  return Object.keys(problems).length === 0 ? { ok: true, employeurs } : { ok: false, problems };
}
