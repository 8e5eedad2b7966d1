import { KioskError, type KioskSettings } from '../../../shared/contract';
import { actualisationHandlers } from '../actualisation/handlers';
import { adminHandlers } from '../admin/handlers';
import type { AdminGate } from '../admin/gate';
import { accountHandlers } from '../account/handlers';
import { openUserSession, requireNoUserYet } from '../account/userSession';
import type { CentralApiClient } from '../api/centralApiClient';
import { outboxHandlers } from '../outbox/handlers';
import { documentsHandlers } from '../documents/handlers';
import type { ScanningSetup } from '../documents/scanning';
import type { Logger } from '../logging';
import { cvHandlers } from '../cv/handlers';
import type { Outbox } from '../outbox/port';
import type { Printer } from '../print/printer';
import type { Visit, VisitManager } from '../visit/visitManager';
import type { Handlers } from './dispatcher';

/** What every feature's handlers receive. */
export interface HandlerDeps {
  visits: VisitManager;
  api: CentralApiClient;
  outbox: Outbox;
  printer: Printer;
  settings: KioskSettings;
  /** The document scanner and its configured device, resolution and source (issue 8). */
  scanning: ScanningSetup;
  /** For audit lines without personal data; absent in some tests. */
  logger?: Logger;
  /** The hidden admin exit's PIN check (absent: the exit is refused). */
  admin?: AdminGate;
}

export function requireVisit(visits: VisitManager): Visit {
  const visit = visits.current;
  if (!visit) throw new KioskError('no_active_visit', 'no visit in progress');
  return visit;
}

export function requireUser(visits: VisitManager): Visit & { userToken: string } {
  const visit = requireVisit(visits);
  if (!visit.userToken) throw new KioskError('not_signed_in', 'no user signed in');
  return visit as Visit & { userToken: string };
}

/**
 * The contract's methods, implemented over the visit manager, the central API client and the
 * outbox. Each feature's handlers live in its own file and are spread in here, one line each.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...coreHandlers(deps),
    ...actualisationHandlers(deps),
    ...outboxHandlers(deps),
    ...documentsHandlers(deps),
    ...adminHandlers(deps),
    ...cvHandlers(deps),
    ...accountHandlers(deps),
  };
}

function coreHandlers({ visits, api, settings }: HandlerDeps) {
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
      requireNoUserYet(visit);
      const session = await api.signIn(input);
      return openUserSession({ visits, api }, visit, session);
    },
    'profile.get': async () => {
      const visit = requireUser(visits);
      return visit.profile ?? (await api.me(visit.userToken));
    },
    'assist.request': async ({ screen }) =>
      api.requestAssist({ screen, requestedAt: new Date().toISOString() }),
  } satisfies Partial<Handlers>;
}
