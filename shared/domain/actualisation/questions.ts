import { z } from 'zod';
import {
  datesProblems,
  parseEmployeurs,
  questionIds,
  type FieldProblems,
  type QuestionId,
} from './answers';
import type { Period } from './period';

const text = z.string();

/** A leave as typed in the date fields: 'YYYY-MM-DD', '' while empty. */
export const datesDraftSchema = z.object({ debut: text, fin: text });
export type DatesDraft = z.infer<typeof datesDraftSchema>;

/**
 * The answers while they are typed, one question per screen: a question not answered yet has no
 * key in `yesNo`, the employers' fields and the dates stay text until they are checked. Field
 * paths are those of the screens ('employeurs.0.brut', 'arretMaladieDates.debut').
 */
export const actualisationDraftSchema = z.object({
  yesNo: z.partialRecord(z.enum(questionIds), z.boolean()),
  employeurs: z.array(z.object({ nom: text, heures: text, brut: text })),
  arretMaladieDates: datesDraftSchema,
  materniteDates: datesDraftSchema,
});
export type ActualisationDraft = z.infer<typeof actualisationDraftSchema>;

/**
 * What keeps one question's screen from going on, as draft path → catalogue key; empty when it
 * can. Only that question and the details its "Oui" asks for are checked, with the same rules
 * as the whole declaration (hours in the month, dates inside it).
 */
export function questionProblems(
  id: QuestionId,
  draft: ActualisationDraft,
  period: Period,
): FieldProblems {
  const answer = draft.yesNo[id];
  if (answer === undefined) return { [`yesNo.${id}`]: 'actualisation.chooseAnswer' };
  if (!answer) return {};
  if (id === 'travail') {
    const parsed = parseEmployeurs(draft.employeurs, period);
    if (parsed.ok) return {};
    // The rules name the checked amount (brutCentimes); the screen's field is the typed `brut`.
    return Object.fromEntries(
      Object.entries(parsed.problems).map(([path, key]) => [
        path.replace(/\.brutCentimes$/, '.brut'),
        key,
      ]),
    );
  }
  if (id === 'arretMaladie' || id === 'maternite') {
    const field = id === 'arretMaladie' ? 'arretMaladieDates' : 'materniteDates';
    return datesProblems(draft[field], period, field);
  }
  return {};
}

/** One question's screen as a schema over the whole draft, for the renderer's form. */
export function questionSchema(id: QuestionId, period: Period) {
  return actualisationDraftSchema.superRefine((draft, ctx) => {
    for (const [path, message] of Object.entries(questionProblems(id, draft, period)))
      ctx.addIssue({ code: 'custom', path: path.split('.'), message });
  });
}
