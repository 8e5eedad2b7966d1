import type { OfferSearch, OfferSearchDraft } from '../../../shared/domain/offres';
import { normaliseOfferNumber, offerContracts, workingTimes } from '../../../shared/domain/offres';

/** Results per page: what a 1080 px-high screen shows without scrolling far, at every text size. */
export const PAGE_SIZE = 5;

const number = (text: string): number | undefined => (text === '' ? undefined : Number(text));

/** The form's draft as the central API's criteria (one page, sort and page added by the list). */
export function criteriaOf(draft: OfferSearchDraft): OfferSearch {
  if (draft.mode === 'rome') return { rome: draft.rome.trim().toUpperCase() };
  const keywords = draft.motsCles.split(/\s+/).filter(Boolean).slice(0, 5);
  return {
    ...(draft.appellation
      ? { appellation: draft.appellation.codeOgr }
      : draft.metier.trim()
        ? { texte: draft.metier.trim() }
        : {}),
    ...(draft.lieu ? { lieu: { kind: draft.lieu.kind, code: draft.lieu.code } } : {}),
    ...(draft.lieu?.kind === 'commune' && draft.rayonKm !== ''
      ? { rayonKm: number(draft.rayonKm) }
      : {}),
    ...(draft.contrats.length > 0
      ? { contrats: offerContracts.filter((c) => draft.contrats.includes(c)) }
      : {}),
    ...((workingTimes as readonly string[]).includes(draft.tempsTravail)
      ? { tempsTravail: draft.tempsTravail as (typeof workingTimes)[number] }
      : {}),
    ...(draft.experience !== '' ? { experienceMaxAns: number(draft.experience) } : {}),
    ...(draft.publie !== '' ? { publieDepuisJours: number(draft.publie) } : {}),
    ...(keywords.length > 0 ? { motsCles: keywords, strictement: draft.strictement } : {}),
  };
}

export const offerNumberOf = (draft: OfferSearchDraft) => normaliseOfferNumber(draft.numero);

/** The gauge: relevance 1–100 in four steps, the exact appellation full. */
export const gaugeLevel = (relevance: number): number =>
  relevance >= 85 ? 4 : relevance >= 70 ? 3 : relevance >= 50 ? 2 : 1;
