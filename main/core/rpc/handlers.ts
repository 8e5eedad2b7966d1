import { KioskError, type KioskSettings } from '../../../shared/contract';
import type { CentralApiClient } from '../api/centralApiClient';
import type { Visit, VisitManager } from '../visit/visitManager';
import type { Handlers } from './dispatcher';

interface Deps {
  visits: VisitManager;
  api: CentralApiClient;
  settings: KioskSettings;
}

function requireVisit(visits: VisitManager): Visit {
  const visit = visits.current;
  if (!visit) throw new KioskError('no_active_visit', 'no visit in progress');
  return visit;
}

function requireUser(visits: VisitManager): Visit & { userToken: string } {
  const visit = requireVisit(visits);
  if (!visit.userToken) throw new KioskError('not_signed_in', 'no user signed in');
  return visit as Visit & { userToken: string };
}

/** The contract's methods, implemented over the visit manager and the central API client. */
export function createHandlers({ visits, api, settings }: Deps): Handlers {
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
    'visit.end': async () => {
      await visits.end('user');
      return {};
    },
    'auth.login': async (input) => {
      const visit = requireVisit(visits);
      const session = await api.signIn(input);
      // The visit may have ended (idle, Terminer) while the central API was answering.
      if (visits.current !== visit) {
        void api.signOut(session.userToken).catch(() => undefined);
        throw new KioskError('no_active_visit', 'visit ended during sign-in');
      }
      visit.userToken = session.userToken;
      visit.profile = session.profile;
      visits.activity();
      return { profile: session.profile };
    },
    'profile.get': async () => {
      const visit = requireUser(visits);
      return visit.profile ?? (await api.me(visit.userToken));
    },
    'assist.request': async ({ screen }) =>
      api.requestAssist({ screen, requestedAt: new Date().toISOString() }),
  };
}
