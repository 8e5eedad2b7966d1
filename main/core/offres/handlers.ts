import { KioskError, type ErrorCode } from '../../../shared/contract';
import type { offresMethods } from '../../../shared/contract/offres';
import type { OfferDetail, OfferResults } from '../../../shared/domain/offres';
import { CentralApiRefusal } from '../api/refusal';
import { searchPlaces } from '../cv/places';
import { RomeService } from '../cv/romeService';
import { requireVisit, type HandlerDeps } from '../rpc/context';
import type { HandlersFor } from '../rpc/dispatcher';
import { offerPdf } from './offerPdf';

/** The central API's refusals of an offer number that mean something to the person. */
const OFFER_REFUSALS: Readonly<Record<string, ErrorCode>> = {
  offer_not_found: 'offer_not_found',
  offer_filled: 'offer_filled',
  offer_withdrawn: 'offer_withdrawn',
};

/**
 * Job offers, for anyone in a visit: search and detail on the central API with the terminal's own
 * token (no user token: a person who is not signed in searches too), suggestions from the
 * terminal's ROME index and places list. Nothing is written on the terminal.
 */
export function offresHandlers(
  { visits, api, printer }: HandlerDeps,
  options: { rome?: RomeService } = {},
): HandlersFor<typeof offresMethods> {
  const rome = options.rome ?? new RomeService();

  const detail = async (numero: string): Promise<OfferDetail> => {
    try {
      return await api.getAsTerminal<OfferDetail>(
        'offer',
        `/v1/offres/${encodeURIComponent(numero)}`,
      );
    } catch (error) {
      const code =
        error instanceof CentralApiRefusal ? OFFER_REFUSALS[error.apiCode ?? ''] : undefined;
      if (code) throw new KioskError(code, `offer: ${code}`);
      throw error;
    }
  };

  return {
    'offres.appellations': async ({ query }) => {
      requireVisit(visits);
      return { hits: rome.get().search(query, 8), attribution: rome.source };
    },
    'offres.places': async ({ query }) => {
      requireVisit(visits);
      return { places: searchPlaces(query, 6) };
    },
    'offres.search': async (criteria) => {
      requireVisit(visits);
      return api.postAs<OfferResults>('offer search', '/v1/offres/search', criteria, {});
    },
    'offres.get': async ({ numero }) => {
      requireVisit(visits);
      return detail(numero);
    },
    'offres.print': async ({ numero }) => {
      requireVisit(visits);
      await printer.print(await offerPdf(await detail(numero)), { kind: 'offre' });
      return {};
    },
  };
}
