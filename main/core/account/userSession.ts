import { KioskError, type Access, type Profile } from '../../../shared/contract';
import type { CentralApiClient } from '../api/centralApiClient';
import type { SessionCreated } from '../api/types';
import type { Visit, VisitManager } from '../visit/visitManager';

interface SessionDeps {
  visits: VisitManager;
  api: Pick<CentralApiClient, 'signOut'>;
}

/**
 * One visit holds one user. A second sign-in would hand the first user's visit state (receipts,
 * scans, drafts kept per visit) to the second and leave the first user's central session open, so
 * it is refused: a new user starts a new visit, which wipes the first.
 */
export function requireNoUserYet(visit: Visit): void {
  if (visit.userToken || visit.employer)
    throw new KioskError('forbidden', 'already signed in on this visit');
}

/**
 * Puts a session the central API has just opened on the visit, for every way of signing in
 * (password, security key): the user token for this visit AND the submission grant the outbox
 * delivers with once the visit is over (the user token dies with the visit, so a queued item sent
 * with it would be refused). If the visit ended, or another sign-in won the race while the
 * central API was answering, the new session is closed on the server and refused here.
 */
export function openUserSession(
  { visits, api }: SessionDeps,
  visit: Visit,
  session: SessionCreated,
): { profile: Profile; mustChangePassword: boolean; access: Access } {
  const refuse = (error: KioskError): never => {
    void api.signOut(session.userToken).catch(() => undefined);
    throw error;
  };
  if (visits.current !== visit) refuse(new KioskError('no_active_visit', 'visit ended meanwhile'));
  if (visit.userToken) refuse(new KioskError('forbidden', 'already signed in on this visit'));
  visit.userToken = session.userToken;
  visit.submissionGrant = session.submissionGrant;
  visit.profile = session.profile;
  visits.activity();
  return {
    profile: session.profile,
    mustChangePassword: session.mustChangePassword === true,
    access: session.access,
  };
}
