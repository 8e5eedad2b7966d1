import { randomUUID } from 'node:crypto';
import { KioskError, type KioskAdviser } from '../../../shared/contract';
import type { adviserMethods } from '../../../shared/contract/adviser';
import type { CentralApiClient } from '../api/centralApiClient';
import { toKioskError } from '../api/errors';
import { requireVisit, type HandlerDeps } from '../rpc/context';
import type { HandlersFor } from '../rpc/dispatcher';
import type { VisitManager } from '../visit/visitManager';

/** What one adviser extension adds: a quarter of an hour, enough to finish a step together. */
export const ADVISER_EXTENSION_MINUTES = 15;

/** What the central API may do in adviser mode; each one is audited there under the adviser. */
export type AdviserAction =
  'extend' | 'pause_idle' | 'resume_idle' | 'explain' | 'end_visit' | 'leave';

interface Unlocked {
  accessToken: string;
  prenom: string;
  expiresInSeconds: number;
}

/** Sends one adviser-mode action with the token (the central API checks it and audits the action). */
export function postAdviserAction(
  api: CentralApiClient,
  token: string,
  action: AdviserAction,
  topic?: string,
): Promise<unknown> {
  return api.postAs(
    'adviser action',
    '/v1/staff/kiosk-actions',
    topic ? { action, topic } : { action },
    { 'X-Adviser-Token': token },
  );
}

function requireAdviser(visits: VisitManager): string {
  const token = requireVisit(visits).adviser?.token;
  if (!token) throw new KioskError('forbidden', 'adviser mode is not on');
  return token;
}

/**
 * Adviser mode. The adviser's code goes to the central API and is forgotten; what comes back (a
 * short-lived token and the first name) lives on the visit in main, so the wipe takes it with
 * everything else. Actions are checked and audited by the central API before they take effect,
 * except ending the visit and leaving adviser mode, which are always safe to do here.
 */
export function adviserHandlers({
  visits,
  api,
  logger,
}: HandlerDeps): HandlersFor<typeof adviserMethods> {
  return {
    'adviser.list': async () => {
      requireVisit(visits);
      return api.getAsTerminal<{ advisers: KioskAdviser[] }>(
        'adviser list',
        '/v1/staff/kiosk-advisers',
      );
    },
    'adviser.unlock': async ({ staffId, code }) => {
      requireVisit(visits);
      const reply = await api
        .deliver('/v1/staff/kiosk-unlock', { staffId, code }, {}, randomUUID())
        .catch((error: unknown) => {
          throw toKioskError(error, 'adviser unlock');
        });
      if (!reply.ok) {
        if (reply.status === 429)
          throw new KioskError(
            'account_locked',
            'adviser unlock: too many wrong codes',
            undefined,
            reply.retryAfterSeconds,
          );
        if (reply.status === 401)
          throw new KioskError('invalid_credentials', 'adviser unlock: wrong code');
        if (reply.status === 403 || reply.status === 404)
          throw new KioskError('forbidden', `adviser unlock: ${reply.code ?? 'refused'}`);
        throw new KioskError(
          reply.status >= 500 ? 'api_unreachable' : 'api_error',
          `adviser unlock: central API answered ${reply.status}`,
        );
      }
      const unlocked = reply.data as Unlocked;
      // The visit may have ended while the code was being checked: then there is nothing to unlock.
      requireVisit(visits);
      visits.enterAdviserMode(
        { token: unlocked.accessToken, prenom: unlocked.prenom },
        unlocked.expiresInSeconds,
      );
      logger?.info('adviser.unlocked');
      return { prenom: unlocked.prenom, expiresInSeconds: unlocked.expiresInSeconds };
    },
    'adviser.extend': async () => {
      await postAdviserAction(api, requireAdviser(visits), 'extend');
      visits.extendByAdviser(ADVISER_EXTENSION_MINUTES);
      return { minutes: ADVISER_EXTENSION_MINUTES };
    },
    'adviser.pauseIdle': async ({ paused }) => {
      await postAdviserAction(api, requireAdviser(visits), paused ? 'pause_idle' : 'resume_idle');
      return { paused: visits.pauseIdle(paused) };
    },
    'adviser.explain': async ({ topic }) => {
      await postAdviserAction(api, requireAdviser(visits), 'explain', topic);
      return {};
    },
    'adviser.endVisit': async () => {
      const token = requireAdviser(visits);
      // The token is given up here (end_visit revokes it): the wipe has nothing left to revoke.
      visits.leaveAdviserMode();
      await postAdviserAction(api, token, 'end_visit').catch(() =>
        logger?.warn('adviser.end_visit_not_audited'),
      );
      await visits.end('adviser');
      return {};
    },
    'adviser.leave': async () => {
      const presence = visits.leaveAdviserMode();
      if (presence)
        void postAdviserAction(api, presence.token, 'leave').catch(() =>
          logger?.warn('adviser.leave_not_recorded'),
        );
      return {};
    },
  };
}
