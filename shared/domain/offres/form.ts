/**
 * The kiosk's search form: one draft for the three ways to search, checked by mode. Messages are
 * catalogue keys, shown next to their field.
 */
import { z } from 'zod';
import { placeSchema } from '../cv/model';
import { OFFER_NUMBER, ROME_CODE, normaliseOfferNumber } from './model';

export const searchModes = ['simple', 'numero', 'rome'] as const;
export type SearchMode = (typeof searchModes)[number];

export const offerSearchDraftSchema = z
  .object({
    mode: z.enum(searchModes),
    /** What is typed in the job field; sent as is when no title was picked (typos allowed). */
    metier: z.string().max(100),
    appellation: z.object({ codeOgr: z.int(), label: z.string(), rome: z.string() }).nullable(),
    /** What is typed in the place field; a place must be picked from the list. */
    lieuTexte: z.string().max(60),
    lieu: placeSchema.nullable(),
    rayonKm: z.string(),
    contrats: z.array(z.string()),
    tempsTravail: z.string(),
    experience: z.string(),
    publie: z.string(),
    motsCles: z.string().max(160),
    strictement: z.boolean(),
    numero: z.string().max(20),
    rome: z.string().max(10),
  })
  .superRefine((draft, ctx) => {
    if (draft.mode === 'numero') {
      if (!OFFER_NUMBER.test(normaliseOfferNumber(draft.numero)))
        ctx.addIssue({ code: 'custom', path: ['numero'], message: 'validation.offerNumber' });
      return;
    }
    if (draft.mode === 'rome') {
      if (!ROME_CODE.test(draft.rome.trim().toUpperCase()))
        ctx.addIssue({ code: 'custom', path: ['rome'], message: 'validation.romeCode' });
      return;
    }
    if (draft.lieuTexte.trim() !== '' && !draft.lieu)
      ctx.addIssue({ code: 'custom', path: ['lieu'], message: 'validation.offresPlace' });
    else if (!draft.appellation && draft.metier.trim() === '' && !draft.lieu)
      ctx.addIssue({ code: 'custom', path: ['metier'], message: 'validation.offresCriteria' });
  });
export type OfferSearchDraft = z.infer<typeof offerSearchDraftSchema>;

export const emptySearchDraft: OfferSearchDraft = {
  mode: 'simple',
  metier: '',
  appellation: null,
  lieuTexte: '',
  lieu: null,
  rayonKm: '',
  contrats: [],
  tempsTravail: '',
  experience: '',
  publie: '',
  motsCles: '',
  strictement: false,
  numero: '',
  rome: '',
};
