/** Reply schemas of the ROME routes (rome.ts). */
import { z } from 'zod';
import { named } from '../apiSchemas';

export const romeVersion = named(
  'RomeVersion',
  z.object({ version: z.string().regex(/^\d+\.\d+\.\d+$/) }),
);

export const romeIndex = named(
  'RomeIndex',
  z.object({
    version: z.string(),
    attribution: z.string(),
    appellations: z
      .array(z.array(z.unknown()))
      .describe('[libellé, code ROME, code OGR, 1 when rarely used]'),
    romes: z.record(z.string(), z.string()),
    skills: z.array(z.string()),
    romeSkills: z.record(z.string(), z.array(z.int())),
  }),
);
