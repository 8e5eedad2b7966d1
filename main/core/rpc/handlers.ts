import type { coreMethods } from '../../../shared/contract/methods';
import { accountHandlers } from '../account/handlers';
import { actualisationHandlers } from '../actualisation/handlers';
import { adminHandlers } from '../admin/handlers';
import { openUserSession, requireNoUserYet } from '../account/userSession';
import { cvHandlers } from '../cv/handlers';
import { RomeService } from '../cv/romeService';
import { offresHandlers } from '../offres/handlers';
import { offresCandidatHandlers } from '../offres/candidatHandlers';
import { employerSpaceHandlers } from '../employer/handlers';
import { documentsHandlers } from '../documents/handlers';
import { outboxHandlers } from '../outbox/handlers';
import { situationHandlers } from '../situation/handlers';
import { paiementsHandlers } from '../paiements/handlers';
import { speechHandlers } from '../speech/handlers';
import { profilHandlers } from '../profil/handlers';
import { adviserHandlers } from '../adviser/handlers';
import { requireUser, requireVisit, type HandlerDeps } from './context';
import type { Handlers, HandlersFor } from './dispatcher';

/**
 * The contract's methods, implemented over the visit manager, the central API client and the
 * outbox. Each feature's handlers live in its own file and are spread in here, one line each.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  // One ROME index in memory for the CV's job field and the offer search's.
  const rome = new RomeService();
  return {
    ...coreHandlers(deps),
    ...actualisationHandlers(deps),
    ...outboxHandlers(deps),
    ...documentsHandlers(deps),
    ...adminHandlers(deps),
    ...cvHandlers(deps, { rome }),
    ...offresHandlers(deps, { rome }),
    ...offresCandidatHandlers(deps),
    ...accountHandlers(deps),
    ...employerSpaceHandlers(deps),
    ...speechHandlers(deps),
    ...situationHandlers(deps),
    ...paiementsHandlers(deps),
    ...profilHandlers(deps),
    ...adviserHandlers(deps),
  };
}

function coreHandlers({ visits, api, settings }: HandlerDeps): HandlersFor<typeof coreMethods> {
  return {
    'kiosk.settings': async () => settings,
    'visit.start': async () => ({ visitId: (await visits.start()).id }),
    'visit.activity': async () => {
      requireVisit(visits);
      visits.activity();
      return {};
    },
    'visit.stillHere': async () => {
      requireVisit(visits);
      visits.stillHere();
      return {};
    },
    'visit.extend': async () => {
      requireVisit(visits);
      return visits.extend();
    },
    'visit.endedNotice': async () => visits.endedNotice(),
    'visit.end': async () => {
      await visits.end('user');
      return {};
    },
    'auth.login': async (input) => {
      const visit = requireVisit(visits);
      requireNoUserYet(visit);
      const session = await api.signIn(input);
      return openUserSession({ visits, api }, visit, session);
    },
    'profile.get': async () => {
      const visit = requireUser(visits);
      return visit.profile ?? (await api.me(visit.userToken));
    },
    // The central API names screens in kebab case ('password-forgotten'); ours are camel case.
    'assist.request': async ({ screen }) =>
      api.requestAssist({
        screen: screen.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
        requestedAt: new Date().toISOString(),
      }),
    'assist.status': async ({ requestId }) => api.assistStatus(requestId),
    'assist.cancel': async ({ requestId }) => {
      await api.cancelAssist(requestId);
      return {};
    },
  };
}
