import { z } from 'zod';
import type { Commune } from './communes';
import { isFrenchPostalCode } from './postalCode';

/**
 * A change of situation declared outside the monthly actualisation: a new job, a training, a sick
 * or parental leave, a move, an absence of more than 7 days. Messages are catalogue keys
 * (situation.errors.*); the same rules run in the renderer, in main and on the central API.
 */
export const situationKinds = [
  'repriseEmploi',
  'formation',
  'arretMaladie',
  'maternite',
  'paternite',
  'demenagement',
  'absence',
] as const;
export type SituationKind = (typeof situationKinds)[number];

export const contrats = ['cdi', 'cdd', 'interim', 'autre'] as const;
export type Contrat = (typeof contrats)[number];

export interface SituationRule {
  /** The change has an end date (a leave, a training, an absence); a new job or a move has not. */
  withEnd: boolean;
  /**
   * How many days after today the start may be: a sick leave is declared once it has begun (0);
   * a job, a training, a leave, a move or an absence may be announced up to a month ahead.
   */
  daysAhead: number;
  /** The shortest length that must be declared, first and last day counted (absence: 8). */
  minDays?: number;
}

export const situationRules: Record<SituationKind, SituationRule> = {
  repriseEmploi: { withEnd: false, daysAhead: 31 },
  formation: { withEnd: true, daysAhead: 31 },
  arretMaladie: { withEnd: true, daysAhead: 0 },
  maternite: { withEnd: true, daysAhead: 31 },
  paternite: { withEnd: true, daysAhead: 31 },
  demenagement: { withEnd: false, daysAhead: 31 },
  absence: { withEnd: true, daysAhead: 31, minDays: 8 },
};

/**
 * A change that started more than this many days ago is handled by an adviser (it may change
 * payments already made), not declared alone at a terminal.
 */
export const DAYS_BACK = 183;
export const MAX_TEXT = 100;

/** What is sent: every field present, null where the kind does not use it. */
export interface SituationChange {
  kind: SituationKind;
  dateDebut: string;
  dateFin: string | null;
  employeur: string | null;
  contrat: Contrat | null;
  organisme: string | null;
  codePostal: string | null;
  commune: Commune | null;
}

/** What the screen holds while the person types: text everywhere, '' for "not chosen yet". */
export interface SituationDraft {
  kind: SituationKind | '';
  dateDebut: string;
  dateFin: string;
  employeur: string;
  contrat: Contrat | '';
  organisme: string;
  codePostal: string;
  commune: Commune | null;
}

export const emptySituationDraft: SituationDraft = {
  kind: '',
  dateDebut: '',
  dateFin: '',
  employeur: '',
  contrat: '',
  organisme: '',
  codePostal: '',
  commune: null,
};

const communeShape = z
  .object({ code: z.string().regex(/^[0-9][0-9AB]\d{3}$/), nom: z.string().min(1).max(80) })
  .strict();

/** The shape of a change (contract and central API); its rules are `situationProblems`. */
export const situationChangeSchema = z
  .object({
    kind: z.enum(situationKinds),
    dateDebut: z.string().max(10),
    dateFin: z.string().max(10).nullable(),
    employeur: z.string().max(MAX_TEXT).nullable(),
    contrat: z.enum(contrats).nullable(),
    organisme: z.string().max(MAX_TEXT).nullable(),
    codePostal: z.string().max(5).nullable(),
    commune: communeShape.nullable(),
  })
  .strict();

const E = 'situation.errors';
export type FieldProblems = Record<string, string>;

/** The draft as it is sent: fields the kind does not use dropped, text trimmed. */
export function changeOf(draft: SituationDraft & { kind: SituationKind }): SituationChange {
  const { kind } = draft;
  const job = kind === 'repriseEmploi';
  const move = kind === 'demenagement';
  return {
    kind,
    dateDebut: draft.dateDebut,
    dateFin: situationRules[kind].withEnd ? draft.dateFin : null,
    employeur: job ? draft.employeur.trim() : null,
    contrat: job && draft.contrat ? draft.contrat : null,
    organisme: kind === 'formation' ? draft.organisme.trim() : null,
    codePostal: move ? draft.codePostal.trim() : null,
    commune: move ? draft.commune : null,
  };
}

/** Days from `from` to `to` (ISO dates), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export interface ProblemOptions {
  /**
   * A change queued on a terminal may reach the central API days later: it then checks only
   * what time cannot change (order of the dates, length, the start not too far ahead).
   */
  lateDelivery?: boolean;
}

/** Everything wrong with a change on `today` (YYYY-MM-DD, Paris); empty when it can be sent. */
export function situationProblems(
  change: SituationChange,
  today: string,
  options: ProblemOptions = {},
): FieldProblems {
  const problems: FieldProblems = {};
  const rule = situationRules[change.kind];
  const start = change.dateDebut;
  if (!start) problems.dateDebut = `${E}.debutRequired`;
  else if (!isRealDate(start)) problems.dateDebut = `${E}.dateFormat`;
  else if (daysBetween(today, start) > rule.daysAhead)
    problems.dateDebut = rule.daysAhead === 0 ? `${E}.debutFuture` : `${E}.debutTooFar`;
  else if (!options.lateDelivery && daysBetween(start, today) > DAYS_BACK)
    problems.dateDebut = `${E}.debutTooOld`;
  if (rule.withEnd) {
    const end = change.dateFin ?? '';
    if (!end) problems.dateFin = `${E}.finRequired`;
    else if (!isRealDate(end)) problems.dateFin = `${E}.dateFormat`;
    else if (!problems.dateDebut && end < start) problems.dateFin = `${E}.finBeforeDebut`;
    else if (!problems.dateDebut && rule.minDays && daysBetween(start, end) + 1 < rule.minDays)
      problems.dateFin = `${E}.absenceTooShort`;
  }
  if (change.kind === 'repriseEmploi') {
    const employeur = change.employeur?.trim() ?? '';
    if (!employeur) problems.employeur = `${E}.employeurRequired`;
    else if (employeur.length > MAX_TEXT) problems.employeur = `${E}.tooLong`;
    if (!change.contrat) problems.contrat = `${E}.contratRequired`;
  }
  if (change.kind === 'formation') {
    const organisme = change.organisme?.trim() ?? '';
    if (!organisme) problems.organisme = `${E}.organismeRequired`;
    else if (organisme.length > MAX_TEXT) problems.organisme = `${E}.tooLong`;
  }
  if (change.kind === 'demenagement') {
    const code = change.codePostal?.trim() ?? '';
    if (!code) problems.codePostal = `${E}.codePostalRequired`;
    else if (!isFrenchPostalCode(code)) problems.codePostal = `${E}.codePostal`;
    else if (!change.commune) problems.commune = `${E}.communeRequired`;
  }
  return problems;
}

/**
 * The screen's rules: the kind chosen, then `situationProblems` on the change the draft makes.
 * `today` comes from the caller's clock so tests can pin it.
 */
export function situationDraftSchema(today: string) {
  return z
    .object({ kind: z.string() })
    .passthrough()
    .superRefine((value, ctx) => {
      const draft = value as unknown as SituationDraft;
      if (!(situationKinds as readonly string[]).includes(draft.kind)) {
        ctx.addIssue({ code: 'custom', path: ['kind'], message: `${E}.kindRequired` });
        return;
      }
      const change = changeOf(draft as SituationDraft & { kind: SituationKind });
      for (const [path, message] of Object.entries(situationProblems(change, today)))
        ctx.addIssue({ code: 'custom', path: [path], message });
    });
}

/** Today's date in Paris (YYYY-MM-DD): the day the person sees on the terminal and on letters. */
export function parisToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** CHG-7K4Q2M3P: the receipt reference of a change, made by the kiosk (alphabet without 0/O, 1/I/L, U). */
export const CHANGE_REFERENCE = /^CHG-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{8}$/;
