import { useCallback, useEffect, useMemo, useState } from 'react';
import { createStaffApi, StaffApiContext, StaffApiError } from './api';
import { fr } from './i18n/fr';
import { pages } from './pages';
import { ConsoleLayout } from './shell/ConsoleLayout';
import { useConsolePath } from './shell/navigation';
import { SignInPage } from './shell/SignInPage';
import { StaffMeContext } from './shell/staffMe';
import type { StaffMe } from './types';

type Session =
  | { state: 'loading' }
  | { state: 'signedOut'; notice?: string }
  | { state: 'signedIn'; me: StaffMe };

/**
 * The console: asks who is signed in (the cookie is HttpOnly, so only the API knows), then shows
 * the sign-in page or the pages of the person's role. A session that ends while a page is open
 * (8 hours, signed out elsewhere) brings the sign-in page back with a word of why.
 */
export function App() {
  const [session, setSession] = useState<Session>({ state: 'loading' });
  const [path, go] = useConsolePath();
  const signedOut = useCallback(
    () =>
      setSession((s) =>
        s.state === 'signedIn' ? { state: 'signedOut', notice: fr.shell.sessionEnded } : s,
      ),
    [],
  );
  const api = useMemo(() => createStaffApi(signedOut), [signedOut]);

  useEffect(() => {
    api.get<StaffMe>('/v1/staff/me').then(
      (me) => setSession({ state: 'signedIn', me }),
      (error: unknown) =>
        setSession({
          state: 'signedOut',
          notice:
            error instanceof StaffApiError && error.code !== 'staff_auth_required'
              ? error.message
              : undefined,
        }),
    );
  }, [api]);

  const signOut = async () => {
    await api.delete('/v1/staff/sessions/current').catch(() => undefined);
    setSession({ state: 'signedOut' });
  };

  let content;
  if (session.state === 'loading') content = <p className="fr-m-3w">{fr.shell.loading}</p>;
  else if (session.state === 'signedOut')
    content = (
      <SignInPage
        notice={session.notice}
        onSignedIn={(me) => setSession({ state: 'signedIn', me })}
      />
    );
  else {
    const mine = pages.filter((p) => p.roles.includes(session.me.role));
    const page = path === '' ? mine[0] : mine.find((p) => p.path === path);
    content = (
      <StaffMeContext.Provider value={session.me}>
        <ConsoleLayout
          me={session.me}
          pages={mine}
          page={page}
          onNavigate={go}
          onSignOut={() => void signOut()}
        />
      </StaffMeContext.Provider>
    );
  }
  return <StaffApiContext.Provider value={api}>{content}</StaffApiContext.Provider>;
}
