import type { Establishment } from '../../../shared/domain/employer';
import type { entrepriseMethods } from '../../../shared/contract/account';
import { requireVisit, type HandlerDeps } from '../rpc/context';
import type { HandlersFor } from '../rpc/dispatcher';
import { mapRefusals } from './apiRefusal';

/** Entreprise space: SIRET → establishment, then the account (pending an adviser's certification). */
export function employerHandlers({
  visits,
  api,
}: HandlerDeps): HandlersFor<typeof entrepriseMethods> {
  return {
    'employer.lookupEstablishment': async ({ siret }) => {
      requireVisit(visits);
      return mapRefusals(
        () =>
          api.postAs<Establishment>(
            'establishment lookup',
            '/v1/establishments/lookup',
            { siret },
            {},
          ),
        { establishment_not_found: ['siret', 'account.errors.siret.unknown'] },
      );
    },
    'employer.createEntreprise': async ({ account, siret }) => {
      requireVisit(visits);
      const { confirmation: _confirmation, ...fields } = account;
      return mapRefusals(
        () =>
          api.postAs<{ reference: string; certification: 'pending_adviser' }>(
            'entreprise account',
            '/v1/employers/entreprise',
            { account: fields, siret },
            {},
          ),
        {
          identifiant_taken: ['identifiant', 'account.errors.identifiant.taken'],
          establishment_not_found: ['siret', 'account.errors.siret.unknown'],
        },
      );
    },
  };
}
