/** Request and reply schemas of the change-of-situation and history routes (situation.ts). */
import { z } from 'zod';
import { contrats, situationKinds } from '../../../shared/domain/situation';
import { named } from '../apiSchemas';
import { actualisation } from './actualisationSchemas';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = z.string().min(1).max(100);

export const situationChange = named(
  'SituationChange',
  z
    .strictObject({
      kind: z.enum(situationKinds),
      dateDebut: isoDay,
      dateFin: isoDay.nullable(),
      employeur: text.nullable(),
      contrat: z.enum(contrats).nullable(),
      organisme: text.nullable(),
      codePostal: z
        .string()
        .regex(/^\d{5}$/)
        .nullable(),
      commune: z
        .strictObject({
          code: z.string().regex(/^[0-9][0-9AB]\d{3}$/),
          nom: z.string().min(1).max(80),
        })
        .nullable(),
    })
    .describe(
      'Fields the kind does not use are null: dateFin for repriseEmploi and demenagement; employeur and contrat for repriseEmploi only; organisme for formation; codePostal and commune for demenagement.',
    ),
);

export const situationChangeRequest = named(
  'SituationChangeRequest',
  z.strictObject({
    reference: z.string().regex(/^CHG-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{8}$/),
    change: situationChange,
  }),
);

export const situationChangeRecorded = named(
  'SituationChangeRecorded',
  z.object({
    reference: z.string(),
    change: situationChange,
    submittedAt: z.iso.datetime({ offset: true }),
  }),
);

export const actualisationHistory = named(
  'ActualisationHistory',
  z
    .object({ declarations: z.array(actualisation) })
    .describe('The declarations of the last 12 periods, newest first.'),
);
