import { KioskError } from '../../../shared/contract';
import { passwordMeetsPolicy, unmetPasswordRules } from '../../../shared/domain/password';
import { chosenIdentifiantProblem, normaliseIdentifiant } from '../../../shared/domain/identifiant';
import type { accountMethods } from '../../../shared/contract/account';
import { requireUser, requireVisit, type HandlerDeps } from '../rpc/context';
import type { HandlersFor } from '../rpc/dispatcher';
import type { MyRegistration } from '../api/types';
import type { Visit } from '../visit/visitManager';
import { mapRefusals } from './apiRefusal';
import { communesFor } from './communes';
import { registrationReceiptPdf } from './receipt';
import { requireNoUserYet } from './userSession';
import { registrationOf, setRegistration, type RegistrationState } from './registrationState';
import { employerHandlers } from './employerHandlers';
import { particulierHandlers } from './particulierHandlers';
import { webauthnHandlers } from './webauthnHandlers';

interface DraftOpened {
  reference: string;
  draftToken: string;
  expiresAt: string;
  codePostal: string;
  draft: Record<string, Record<string, unknown>>;
}

const k = (key: string) => `account.errors.${key}`;

function requireRegistration(visit: Visit): RegistrationState & { token: string } {
  const state = registrationOf(visit);
  if (!state || !visit.userToken) throw new KioskError('not_signed_in', 'no registration open');
  return { ...state, token: visit.userToken };
}

export function accountHandlers(deps: HandlerDeps): HandlersFor<typeof accountMethods> {
  const { visits, api, outbox, printer } = deps;
  /** Opens the draft on this visit; the draft token stands in for a user token until the end. */
  const open = (visit: Visit, opened: DraftOpened, identifiant: string) => {
    if (visits.current !== visit) throw new KioskError('no_active_visit', 'visit ended meanwhile');
    visit.userToken = opened.draftToken;
    const identite = opened.draft.identite as
      { prenoms?: string; nomNaissance?: string } | undefined;
    setRegistration(visit, {
      reference: opened.reference,
      identifiant,
      prenoms: identite?.prenoms,
      nom: identite?.nomNaissance,
      submitted: false,
    });
    return {
      reference: opened.reference,
      expiresAt: opened.expiresAt,
      codePostal: opened.codePostal,
      draft: opened.draft,
    };
  };

  return {
    ...webauthnHandlers(deps),
    ...employerHandlers(deps),
    ...particulierHandlers(deps),
    'communes.byPostalCode': async ({ codePostal }) => communesFor(codePostal),

    'registration.checkIdentifiant': async ({ identifiant }) => {
      requireVisit(visits);
      if (chosenIdentifiantProblem(identifiant))
        return { available: false, reason: 'format_invalid' };
      return api.postAs<{ available: boolean; reason: 'free' | 'taken' | 'format_invalid' }>(
        'identifiant availability',
        '/v1/identifiants/availability',
        { identifiant },
        {},
      );
    },

    'registration.start': async (input) => {
      const visit = requireVisit(visits);
      requireNoUserYet(visit);
      const { confirmation: _confirmation, ...codes } = input;
      const opened = await mapRefusals(
        () => api.postAs<DraftOpened>('registration start', '/v1/registrations', codes, {}),
        { identifiant_taken: ['identifiant', k('identifiant.taken')] },
      );
      return open(visit, opened, normaliseIdentifiant(codes.identifiant));
    },

    'registration.resume': async ({ identifiant, motDePasse }) => {
      const visit = requireVisit(visits);
      requireNoUserYet(visit);
      const opened = await mapRefusals(
        () =>
          api.postAs<DraftOpened>(
            'registration resume',
            '/v1/registrations/resume',
            { identifiant, motDePasse },
            {},
          ),
        {
          registration_expired: ['form', k('expired')],
          registration_not_draft: ['form', k('alreadySent')],
        },
      );
      return open(visit, opened, normaliseIdentifiant(identifiant));
    },

    'registration.saveSection': async (input) => {
      const visit = requireVisit(visits);
      const state = requireRegistration(visit);
      const receipt = await outbox.submit(visit, {
        kind: 'registration-draft',
        path: `/v1/registrations/${state.reference}/draft`,
        body: input,
      });
      if (input.section === 'identite') {
        setRegistration(visit, {
          ...state,
          prenoms: input.data.prenoms,
          nom: input.data.nomUsage || input.data.nomNaissance,
        });
      }
      return { status: receipt.status };
    },

    'registration.submit': async () => {
      const visit = requireVisit(visits);
      const state = requireRegistration(visit);
      const receipt = await mapRefusals(
        () =>
          outbox.submit(visit, {
            kind: 'registration-submit',
            path: `/v1/registrations/${state.reference}/submit`,
            body: { reference: state.reference },
          }),
        { registration_incomplete: ['form', k('incomplete')] },
      );
      setRegistration(visit, { ...state, submitted: true });
      return { reference: state.reference, status: receipt.status };
    },

    'registration.appointmentSlots': async () => {
      const visit = requireVisit(visits);
      const state = requireRegistration(visit);
      return api.getAsUser(
        'appointment slots',
        `/v1/registrations/${state.reference}/appointment-slots`,
        state.token,
      );
    },

    'registration.bookAppointment': async ({ slotId }) => {
      const visit = requireVisit(visits);
      const state = requireRegistration(visit);
      const slot = await mapRefusals(
        () =>
          api.postAs<{ id: string; startsAt: string; agence: string; adresse: string }>(
            'appointment booking',
            `/v1/registrations/${state.reference}/appointment`,
            { slotId },
            { 'X-User-Token': state.token },
          ),
        { slot_unavailable: ['slotId', k('slotUnavailable')] },
      );
      setRegistration(visit, { ...state, appointment: slot });
      return slot;
    },

    'registration.mine': async () => {
      // Signed in with provisional codes: the sent registration, kept on the visit for the receipt.
      const visit = requireUser(visits);
      const mine = await api.getAsUser<MyRegistration>(
        'my registration',
        '/v1/registrations/mine',
        visit.userToken,
      );
      setRegistration(visit, {
        reference: mine.reference,
        identifiant: mine.identifiant,
        prenoms: mine.prenoms,
        nom: mine.nom,
        submitted: true,
        appointment: mine.appointment ?? undefined,
      });
      return { reference: mine.reference, appointment: mine.appointment };
    },

    'registration.printReceipt': async () => {
      const visit = requireVisit(visits);
      const { token: _token, ...state } = requireRegistration(visit);
      if (!state.submitted) throw new KioskError('forbidden', 'registration not sent yet');
      await printer.print(await registrationReceiptPdf(state), { kind: 'registration-receipt' });
      return { printed: true as const };
    },

    'password.question': async ({ identifiant }) => {
      requireVisit(visits);
      return api.postAs('secret question', '/v1/password-resets/question', { identifiant }, {});
    },

    'password.reset': async (input) => {
      requireVisit(visits);
      return api.postAs('password reset', '/v1/password-resets', input, {});
    },

    'password.change': async ({ motDePasseActuel, nouveauMotDePasse, confirmation }) => {
      const visit = requireUser(visits);
      const unmet = unmetPasswordRules(nouveauMotDePasse);
      if (!passwordMeetsPolicy(nouveauMotDePasse))
        throw new KioskError('invalid_input', 'password policy', {
          nouveauMotDePasse: k(`password.${unmet[0] ?? 'length'}`),
        });
      if (confirmation !== nouveauMotDePasse)
        throw new KioskError('invalid_input', 'confirmation differs', {
          confirmation: k('confirmationMismatch'),
        });
      await mapRefusals(
        () =>
          api.postAs(
            'password change',
            '/v1/me/password',
            motDePasseActuel ? { motDePasseActuel, nouveauMotDePasse } : { nouveauMotDePasse },
            { 'X-User-Token': visit.userToken },
          ),
        { password_policy: ['nouveauMotDePasse', k('password.notIdentifiant')] },
      );
      return {};
    },
  };
}
