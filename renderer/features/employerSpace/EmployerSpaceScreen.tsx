import { useState } from 'react';
import type { EmployerSpace } from '../../../shared/domain/employerSpace';
import { PasswordChangeScreen } from '../password';
import { EmployerHome } from './EmployerHome';
import { EmployerSignIn } from './EmployerSignIn';
import { MyOffers } from './MyOffers';
import { PublishOffer } from './PublishOffer';

export type EmployerView = 'home' | 'publish' | 'offres';

/**
 * « Mon espace employeur »: sign-in, the temporary password replaced, then the dashboard and, for
 * a certified entreprise, its offers. What the space is lives here, in memory, for this visit only
 * (the renderer is wiped at the visit's end).
 */
export function EmployerSpaceScreen() {
  const [space, setSpace] = useState<EmployerSpace | null>(null);
  const [view, setView] = useState<EmployerView>('home');
  if (!space) return <EmployerSignIn onSignedIn={setSpace} />;
  if (space.mustChangePassword)
    return (
      <PasswordChangeScreen
        method="employerSpace.changePassword"
        onContinue={() => setSpace({ ...space, mustChangePassword: false })}
      />
    );
  if (view === 'publish') return <PublishOffer onLeave={setView} />;
  if (view === 'offres') return <MyOffers onLeave={() => setView('home')} />;
  return <EmployerHome space={space} onOpen={setView} />;
}
