import { KioskError } from '../../../shared/contract';
import type { Establishment } from '../../../shared/domain/employer';
import type { employerSpaceMethods, entrepriseMethods } from '../../../shared/contract/account';
import { requireVisit, type HandlerDeps } from '../rpc/context';
import type { HandlersFor } from '../rpc/dispatcher';
import type { Visit } from '../visit/visitManager';
import { normaliseIdentifiant } from '../../../shared/domain/identifiant';
import { mapRefusals } from './apiRefusal';
import { employerCreatedOf, employerReceiptPdf, setEmployerCreated } from './employerReceipt';

/** The establishment the user confirmed, for the récapitulatif's name; gone with the visit. */
const confirmed = new WeakMap<Visit, Establishment>();

/** Entreprise space: SIRET → establishment, then the account (pending an adviser's certification). */
export function employerHandlers({
  visits,
  api,
  printer,
}: HandlerDeps): HandlersFor<typeof entrepriseMethods & typeof employerSpaceMethods> {
  return {
    'employer.lookupEstablishment': async ({ siret }) => {
      const visit = requireVisit(visits);
      const found = await mapRefusals(
        () =>
          api.postAs<Establishment>(
            'establishment lookup',
            '/v1/establishments/lookup',
            { siret },
            {},
          ),
        { establishment_not_found: ['siret', 'account.errors.siret.unknown'] },
      );
      confirmed.set(visit, found);
      return found;
    },
    'employer.createEntreprise': async ({ account, siret }) => {
      const visit = requireVisit(visits);
      const { confirmation: _confirmation, ...fields } = account;
      const created = await mapRefusals(
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
      const establishment = confirmed.get(visit);
      setEmployerCreated(visit, {
        kind: 'entreprise',
        reference: created.reference,
        civilite: fields.civilite,
        prenom: fields.prenom.trim(),
        nom: fields.nom.trim(),
        identifiant: normaliseIdentifiant(fields.identifiant),
        establishment:
          establishment?.siret === siret
            ? { raisonSociale: establishment.raisonSociale, siret: establishment.siret }
            : undefined,
      });
      return created;
    },
    'employer.printReceipt': async () => {
      const visit = requireVisit(visits);
      const state = employerCreatedOf(visit);
      if (!state) throw new KioskError('forbidden', 'no employer space created in this visit');
      await printer.print(await employerReceiptPdf(state), { kind: 'employer-receipt' });
      return { printed: true as const };
    },
  };
}
