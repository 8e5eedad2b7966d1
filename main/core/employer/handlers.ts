import { KioskError } from '../../../shared/contract';
import type { employerDashboardMethods } from '../../../shared/contract/employerSpace';
import { cvContentSchema } from '../../../shared/domain/cv';
import {
  offerPublishBody,
  type EmployerOffer,
  type EmployerSpace,
  type ReceivedCandidature,
} from '../../../shared/domain/employerSpace';
import { passwordMeetsPolicy, unmetPasswordRules } from '../../../shared/domain/password';
import { apiRefusal, mapRefusals } from '../account/apiRefusal';
import { renderCvPdf } from '../cv/pdf/render';
import { requireVisit, type HandlerDeps } from '../rpc/context';
import type { HandlersFor } from '../rpc/dispatcher';
import type { Visit } from '../visit/visitManager';

interface EmployerSessionCreated {
  employerToken: string;
  employerGrant: string;
  space: EmployerSpace;
}

/** The identifiant signed in, for the password rule "not your identifiant"; gone with the visit. */
const identifiants = new WeakMap<Visit, string>();

function requireEmployer(visit: Visit): { token: string; grant: string } {
  if (!visit.employer) throw new KioskError('not_signed_in', 'no employer signed in');
  return visit.employer;
}

const k = (key: string) => `employer.publish.errors.${key}`;

/**
 * The employer spaces at the kiosk. One visit holds one person: an employer signs in only on a
 * visit where nobody has, and the visit's end signs them out and wipes the token as for a job
 * seeker (visitManager). The CV of a candidature is drawn here, by the same renderer as the
 * job seeker's own CV, from the CV as it was sent.
 */
export function employerSpaceHandlers({
  visits,
  api,
  outbox,
}: HandlerDeps): HandlersFor<typeof employerDashboardMethods> {
  const signedIn = () => {
    const visit = requireVisit(visits);
    return { visit, employer: requireEmployer(visit) };
  };
  return {
    'employerSpace.login': async ({ identifiant, motDePasse }) => {
      const visit = requireVisit(visits);
      if (visit.userToken || visit.employer)
        throw new KioskError('forbidden', 'already signed in on this visit');
      const session = await api.postAs<EmployerSessionCreated>(
        'employer sign-in',
        '/v1/employer-sessions',
        { identifiant, motDePasse },
        {},
      );
      if (visits.current !== visit || visit.userToken || visit.employer) {
        void api.employerSignOut(session.employerToken).catch(() => undefined);
        throw new KioskError('no_active_visit', 'visit ended or changed meanwhile');
      }
      visit.employer = { token: session.employerToken, grant: session.employerGrant };
      identifiants.set(visit, identifiant);
      visits.activity();
      return session.space;
    },

    'employerSpace.changePassword': async ({ nouveauMotDePasse, confirmation }) => {
      const { visit, employer } = signedIn();
      const identifiant = identifiants.get(visit) ?? '';
      if (!passwordMeetsPolicy(nouveauMotDePasse, identifiant)) {
        const [rule] = unmetPasswordRules(nouveauMotDePasse, identifiant);
        throw new KioskError('invalid_input', 'password policy', {
          nouveauMotDePasse: `account.errors.password.${rule ?? 'length'}`,
        });
      }
      if (confirmation !== nouveauMotDePasse)
        throw new KioskError('invalid_input', 'confirmation differs', {
          confirmation: 'account.errors.confirmationMismatch',
        });
      await mapRefusals(
        () =>
          api.postAs(
            'employer password',
            '/v1/employer/password',
            { nouveauMotDePasse },
            { 'X-Employer-Token': employer.token },
          ),
        { password_policy: ['nouveauMotDePasse', 'account.errors.password.notIdentifiant'] },
      );
      return {};
    },

    'employerSpace.me': async () => {
      const { employer } = signedIn();
      return api.getAsEmployer<EmployerSpace>('employer space', '/v1/employer/me', employer.token);
    },

    'employerSpace.publish': async (draft) => {
      const { visit } = signedIn();
      try {
        const receipt = await outbox.submit(visit, {
          kind: 'employer-offer',
          path: '/v1/employer/offres',
          body: offerPublishBody(draft),
        });
        const sent = (receipt.response as { numero?: unknown } | undefined)?.numero;
        const numero = receipt.status === 'sent' && typeof sent === 'string' ? sent : null;
        return { status: receipt.status, numero };
      } catch (error) {
        const refusal = apiRefusal(error);
        if (
          refusal?.code === 'certification_required' ||
          refusal?.code === 'employer_kind_forbidden'
        )
          throw new KioskError('certification_required', `publish: ${refusal.code}`);
        const fields: Record<string, [string, string]> = {
          unknown_appellation: ['appellation', k('appellation')],
          unknown_place: ['commune', k('commune')],
          salary_order: ['salaryMax', k('salaryOrder')],
        };
        const field = refusal ? fields[refusal.code] : undefined;
        if (field)
          throw new KioskError('invalid_input', 'publish refused', { [field[0]]: field[1] });
        throw error;
      }
    },

    'employerSpace.offres': async () => {
      const { employer } = signedIn();
      return api.getAsEmployer<{ offres: EmployerOffer[] }>(
        'employer offers',
        '/v1/employer/offres',
        employer.token,
      );
    },

    'employerSpace.candidatures': async ({ numero }) => {
      const { employer } = signedIn();
      return api.getAsEmployer<{
        numero: string;
        title: string;
        candidatures: ReceivedCandidature[];
      }>('candidatures', `/v1/employer/offres/${numero}/candidatures`, employer.token);
    },

    'employerSpace.candidatureCv': async ({ numero, id }) => {
      const { employer } = signedIn();
      const sent = await api.getAsEmployer<{ prenom: string; nom: string; cv: unknown }>(
        'candidature cv',
        `/v1/employer/offres/${numero}/candidatures/${encodeURIComponent(id)}/cv`,
        employer.token,
      );
      const cv = cvContentSchema.safeParse(sent.cv);
      if (!cv.success) throw new KioskError('api_error', 'candidature cv: not a CV');
      const pdf = await renderCvPdf(cv.data, { prenom: sent.prenom, nom: sent.nom });
      return { pdfBase64: Buffer.from(pdf).toString('base64') };
    },
  };
}
