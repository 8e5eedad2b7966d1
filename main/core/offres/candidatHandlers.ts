import { randomInt } from 'node:crypto';
import { KioskError, type ApplicationReceipt, type ErrorCode } from '../../../shared/contract';
import type { offresCandidatMethods } from '../../../shared/contract/offresCandidat';
import { REFERENCE_ALPHABET } from '../../../shared/domain/actualisation';
import type { Application, Classeur, OfferAlert } from '../../../shared/domain/offres';
import { apiRefusal } from '../account/apiRefusal';
import { requireUser, type HandlerDeps } from '../rpc/context';
import type { HandlersFor } from '../rpc/dispatcher';
import type { Visit } from '../visit/visitManager';
import { applicationPdf } from './applicationPdf';

interface VisitState {
  /** Applications this visit handed to the outbox that it has not seen on the central API yet. */
  queued: Application[];
  /** The last application, for « Imprimer le justificatif ». */
  receipt?: ApplicationReceipt & { cvTitle: string };
  applying?: Promise<ApplicationReceipt>;
}

/** APP-20261205-7K4Q2M: made here so a queued application has its reference on the receipt. */
function newReference(at: Date): string {
  let code = '';
  for (let i = 0; i < 6; i += 1) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `APP-${at.toISOString().slice(0, 10).replaceAll('-', '')}-${code}`;
}

/** The central API's refusals that a screen explains in its own words. */
const REFUSALS: Readonly<Record<string, ErrorCode>> = {
  offer_not_found: 'offer_not_found',
  offer_filled: 'offer_filled',
  offer_withdrawn: 'offer_withdrawn',
  already_applied: 'already_applied',
  apply_not_online: 'apply_not_online',
  cv_not_published: 'cv_not_published',
  cv_not_found: 'forbidden',
  classeur_full: 'classeur_full',
  alert_limit_reached: 'alert_limit_reached',
};

/** Rethrows a refusal the person can act on under its own code, anything else as it came. */
async function explained<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const refusal = apiRefusal(error);
    const code = refusal ? REFUSALS[refusal.code] : undefined;
    if (code) throw new KioskError(code, `refused: ${refusal?.code ?? ''}`);
    throw error;
  }
}

const asUser = (userToken: string) => ({ 'X-User-Token': userToken });

/**
 * The signed-in job seeker's offers: the classeur and the alerts are read and changed on the
 * central API while the person is there; an application goes through the outbox (an idempotency
 * key, the submission grant once the person has gone), so a terminal offline loses none. What
 * main remembers (the applications still queued, the last receipt) lives per visit in memory.
 */
export function offresCandidatHandlers(
  deps: HandlerDeps,
): HandlersFor<typeof offresCandidatMethods> {
  const { visits, api, outbox, printer } = deps;
  const memory = new WeakMap<Visit, VisitState>();
  const stateOf = (visit: Visit) => {
    let state = memory.get(visit);
    if (!state) {
      state = { queued: [] };
      memory.set(visit, state);
    }
    return state;
  };

  /**
   * Straight to the outbox: while the central API answers, its refusal (offer filled, not open
   * online, CV not online or not the person's, applied already) comes back at once and is said
   * in the person's words; offline, the application waits sealed on the terminal and is sent
   * later, never lost.
   */
  const apply = async (
    visit: Visit & { userToken: string },
    state: VisitState,
    input: { numero: string; cvId: string; message: string; title: string; cvTitle: string },
  ): Promise<ApplicationReceipt> => {
    if (state.queued.some((queued) => queued.numero === input.numero))
      throw new KioskError('already_applied', 'this visit applied to this offer already');
    const at = new Date();
    const message = input.message.trim();
    const body = {
      reference: newReference(at),
      numero: input.numero,
      cvId: input.cvId,
      ...(message ? { message } : {}),
    };
    const delivery = await explained(() =>
      outbox.submit(visit, { kind: 'candidature', path: '/v1/me/candidatures', body }),
    );
    const created = delivery.response as { sentAt?: string } | undefined;
    const receipt: ApplicationReceipt = {
      reference: body.reference,
      numero: input.numero,
      title: input.title,
      submittedAt: created?.sentAt ?? at.toISOString(),
      status: delivery.status,
    };
    if (delivery.status === 'queued')
      state.queued.push({
        reference: receipt.reference,
        numero: receipt.numero,
        title: receipt.title,
        employer: null,
        commune: '',
        sentAt: receipt.submittedAt,
        status: 'en_cours',
      });
    state.receipt = { ...receipt, cvTitle: input.cvTitle };
    return receipt;
  };

  return {
    'offres.classeur': async () => {
      const visit = requireUser(visits);
      return api.getAsUser<Classeur>('classeur', '/v1/me/classeur', visit.userToken);
    },
    'offres.save': async ({ numero }) => {
      const visit = requireUser(visits);
      return explained(() =>
        api.postAs<{ numero: string; savedAt: string }>(
          'classeur save',
          '/v1/me/classeur',
          { numero },
          asUser(visit.userToken),
        ),
      );
    },
    'offres.unsave': async ({ numero }) => {
      const visit = requireUser(visits);
      try {
        await api.postAs(
          'classeur remove',
          `/v1/me/classeur/${encodeURIComponent(numero)}/delete`,
          {},
          asUser(visit.userToken),
        );
      } catch (error) {
        // Not there any more (a second touch, another terminal): what the person wanted.
        if (apiRefusal(error)?.code !== 'not_saved') throw error;
      }
      return {};
    },
    'offres.alerts': async () => {
      const visit = requireUser(visits);
      const [list, profil] = await Promise.all([
        api.getAsUser<{ alertes: OfferAlert[] }>('alerts', '/v1/me/alertes', visit.userToken),
        api.getAsUser<{ email: string | null }>('profile', '/v1/me/profil', visit.userToken),
      ]);
      return { alertes: list.alertes, email: profil.email };
    },
    'offres.createAlert': async ({ nom, email, criteria }) => {
      const visit = requireUser(visits);
      return explained(() =>
        api.postAs<OfferAlert>(
          'alert create',
          '/v1/me/alertes',
          { nom, email, criteria },
          asUser(visit.userToken),
        ),
      );
    },
    'offres.deleteAlert': async ({ id }) => {
      const visit = requireUser(visits);
      try {
        await api.postAs(
          'alert delete',
          `/v1/me/alertes/${id}/delete`,
          {},
          asUser(visit.userToken),
        );
      } catch (error) {
        if (apiRefusal(error)?.code !== 'alert_not_found') throw error;
      }
      return {};
    },
    'offres.apply': async (input) => {
      const visit = requireUser(visits);
      const state = stateOf(visit);
      // A second touch on « Envoyer » while the first is on its way gets the same outcome.
      if (state.applying) return state.applying;
      state.applying = apply(visit, state, input).finally(() => {
        state.applying = undefined;
      });
      return state.applying;
    },
    'offres.printApplication': async () => {
      const visit = requireUser(visits);
      const receipt = memory.get(visit)?.receipt;
      if (!receipt) throw new KioskError('forbidden', 'no application sent in this visit');
      await printer.print(await applicationPdf(receipt, visit.profile), {
        kind: 'candidature-receipt',
      });
      return {};
    },
    'offres.applications': async () => {
      const visit = requireUser(visits);
      const state = stateOf(visit);
      const { candidatures } = await api.getAsUser<{ candidatures: Application[] }>(
        'applications',
        '/v1/me/candidatures',
        visit.userToken,
      );
      // Delivered since: the central API's line replaces the queued one.
      const known = new Set(candidatures.map((c) => c.reference));
      state.queued = state.queued.filter((queued) => !known.has(queued.reference));
      return { candidatures: [...state.queued, ...candidatures] };
    },
  };
}
