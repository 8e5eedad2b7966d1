import type { StateCreator } from 'zustand';
import type { OfferSearchDraft } from '../../shared/domain/offres';
import type { KioskState } from './index';

/**
 * Where another screen sends the person into the offers: the results of a search made for them
 * (« Voir les offres pour ce CV »), or one of their lists. Read once by the offers screen.
 */
export type OffresRequest =
  { view: 'results'; draft: OfferSearchDraft } | { view: 'classeur' } | { view: 'alerts' };

export interface OffresData {
  offresRequest: OffresRequest | null;
}

export interface OffresSlice extends OffresData {
  /** Opens the offers screen at `request`. */
  openOffres(request: OffresRequest): void;
  /** The pending request, cleared: the screen opens at it once, then the person leads. */
  takeOffresRequest(): OffresRequest | null;
}

export const initialOffres: OffresData = { offresRequest: null };

export const createOffresSlice: StateCreator<KioskState, [], [], OffresSlice> = (set, get) => ({
  ...initialOffres,
  openOffres: (offresRequest) => {
    set({ offresRequest });
    get().goTo('offres');
  },
  takeOffresRequest: () => {
    const request = get().offresRequest;
    if (request) set({ offresRequest: null });
    return request;
  },
});
