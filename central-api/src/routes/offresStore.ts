/** Offers as the job seeker's own routes (classeur, applications) look them up. */
import type { Db } from '../db/open';
import { ApiError } from '../errors';

export interface OpenOfferRow {
  id: number;
  numero: string;
  title: string;
  apply_mode: 'online' | 'email' | 'agency';
}

/**
 * The offer with this number if it is open. Pending (not validated yet) counts as unknown; filled
 * or withdrawn is a conflict with the offer's state, with the reason as its code.
 */
export function openOffer(db: Db, numero: string): OpenOfferRow {
  const row = db
    .prepare('SELECT id, numero, title, apply_mode, status FROM offres WHERE numero = ?')
    .get(numero) as (OpenOfferRow & { status: string }) | undefined;
  if (!row || row.status === 'pending')
    throw new ApiError(404, 'offer_not_found', 'No offer has this number');
  if (row.status === 'filled')
    throw new ApiError(409, 'offer_filled', 'This offer has been filled');
  if (row.status === 'withdrawn')
    throw new ApiError(409, 'offer_withdrawn', 'This offer was withdrawn by its employer');
  return row;
}
