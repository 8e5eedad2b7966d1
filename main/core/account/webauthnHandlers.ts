import { KioskError } from '../../../shared/contract';
import type { SessionCreated } from '../api/types';
import type { webauthnMethods } from '../../../shared/contract/account';
import { requireUser, requireVisit, type HandlerDeps } from '../rpc/context';
import type { HandlersFor } from '../rpc/dispatcher';
import { openUserSession, requireNoUserYet } from './userSession';

/**
 * The relying party is the page's host name. Allowed pages: browser mode's http://localhost:<port>
 * (localhost is a secure context) and an https origin (Electron's https://kiosque.localhost, from
 * the shell config). Anything else would be refused by the browser anyway; refusing it here keeps
 * odd values away from the central API.
 */
export function relyingParty(origin: string): { rpId: string; origin: string } {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new KioskError('invalid_input', 'origin is not a URL', {
      origin: 'account.errors.required',
    });
  }
  const ok =
    url.origin === origin &&
    ((url.protocol === 'http:' && url.hostname === 'localhost') || url.protocol === 'https:');
  if (!ok) throw new KioskError('forbidden', 'origin cannot be a WebAuthn relying party');
  return { rpId: url.hostname, origin: url.origin };
}

export function webauthnHandlers({
  visits,
  api,
}: HandlerDeps): HandlersFor<typeof webauthnMethods> {
  return {
    'webauthn.registrationOptions': async ({ origin }) => {
      const visit = requireUser(visits);
      return api.postAs(
        'webauthn options',
        '/v1/webauthn/registration/options',
        relyingParty(origin),
        {
          'X-User-Token': visit.userToken,
        },
      );
    },
    'webauthn.register': async ({ response }) => {
      const visit = requireUser(visits);
      await api.postAs(
        'webauthn register',
        '/v1/webauthn/registration/verify',
        { response },
        {
          'X-User-Token': visit.userToken,
        },
      );
      return {};
    },
    'webauthn.authenticationOptions': async ({ origin }) => {
      requireNoUserYet(requireVisit(visits));
      return api.postAs(
        'webauthn options',
        '/v1/webauthn/authentication/options',
        relyingParty(origin),
        {},
      );
    },
    'webauthn.signIn': async ({ response }) => {
      const visit = requireVisit(visits);
      requireNoUserYet(visit);
      const session = await api.postAs<SessionCreated>(
        'webauthn sign-in',
        '/v1/webauthn/authentication/verify',
        { response },
        {},
      );
      return openUserSession({ visits, api }, visit, session);
    },
  };
}
