import type { OfferSearch, OfferSearchDraft } from '../../../shared/domain/offres';
import {
  ALERT_NAME_MAX,
  normaliseOfferNumber,
  offerContracts,
  workingTimes,
} from '../../../shared/domain/offres';

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

type T = (key: string, options?: Record<string, unknown>) => string;

/** The search in words, read back above the alert form: the job, the place, the contracts. */
export function alertSummary(draft: OfferSearchDraft, t: T): Array<readonly [string, string]> {
  const rows: Array<readonly [string, string]> = [];
  const job =
    draft.mode === 'rome'
      ? draft.rome.trim().toUpperCase()
      : (draft.appellation?.label ?? draft.metier.trim());
  if (job) rows.push([draft.mode === 'rome' ? t('offres.rome') : t('offres.job'), job]);
  if (draft.mode !== 'rome' && draft.lieu) rows.push([t('offres.place'), draft.lieu.label]);
  if (draft.mode !== 'rome' && draft.contrats.length > 0)
    rows.push([
      t('offres.advanced.contracts'),
      draft.contrats.map((c) => t(`offres.contractShort.${c}`)).join(', '),
    ]);
  return rows;
}

/** A name for the alert made from the search (« Boulanger / Boulangère – Paris »), to keep or change. */
export function alertName(draft: OfferSearchDraft): string {
  const job =
    draft.mode === 'rome'
      ? draft.rome.trim().toUpperCase()
      : (draft.appellation?.label ?? draft.metier.trim());
  const place = draft.mode !== 'rome' && draft.lieu ? draft.lieu.label : '';
  const full = [job, place].filter(Boolean).join(' – ');
  // Too long for the field: the job alone rather than a place cut in the middle.
  return (full.length <= ALERT_NAME_MAX ? full : job.slice(0, ALERT_NAME_MAX)).trim();
}
