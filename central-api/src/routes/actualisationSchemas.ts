/** Request and reply schemas of the actualisation routes (actualisations.ts). */
import { z } from 'zod';
import { named } from '../apiSchemas';

/**
 * The shapes only, as the JSON Schema had them (hours bounded by the longest month); what depends
 * on the month is shared/domain/actualisation's answersProblems, run by the handler.
 */
export const actualisationEmployeur = named(
  'ActualisationEmployeur',
  z.strictObject({
    nom: z.string().min(1).max(100),
    heures: z.int().min(0).max(744),
    brutCentimes: z.int().min(0).max(10_000_000),
  }),
);

/** A period inside the declared month; null after a "Non". */
const dateRange = z.strictObject({ debut: z.iso.date(), fin: z.iso.date() }).nullable();

export const actualisationAnswers = named(
  'ActualisationAnswers',
  z
    .strictObject({
      formation: z.boolean(),
      travail: z.boolean(),
      employeurs: z.array(actualisationEmployeur).max(10),
      stage: z.boolean(),
      arretMaladie: z.boolean(),
      arretMaladieDates: dateRange,
      maternite: z.boolean(),
      materniteDates: dateRange,
      retraite: z.boolean(),
      invalidite: z.boolean(),
      rechercheEmploi: z.boolean(),
    })
    .describe(
      'The eight questions in order; employeurs after travail, dates after arretMaladie and maternite.',
    ),
);

export const actualisationRequest = named(
  'ActualisationRequest',
  z.strictObject({
    reference: z.string().regex(/^ACT-\d{6}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/),
    period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    answers: actualisationAnswers,
  }),
);

export const actualisation = named(
  'Actualisation',
  z.object({
    reference: z.string(),
    period: z.string(),
    answers: actualisationAnswers,
    submittedAt: z.iso.datetime({ offset: true }),
  }),
);

export const actualisationCurrent = named(
  'ActualisationCurrent',
  z
    .object({
      period: z.string(),
      open: z.boolean(),
      opensAt: z.iso.datetime({ offset: true }),
      closesAt: z.iso.datetime({ offset: true }),
      declaration: actualisation.optional(),
    })
    .describe(
      'The period by the server clock: the open window, or when closed the next one. declaration: present when already declared.',
    ),
);
