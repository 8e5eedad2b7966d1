import type { ReactNode } from 'react';
import { Announcer } from './form';

export interface PageProps {
  serviceName: string;
  tagline: string;
  /** The two lines of the "République Française" block. */
  republic: readonly [string, string];
  actionsLabel: string;
  /** The persistent action bar: "Appeler un conseiller", "Terminer"… */
  actions: ReactNode;
  toolsLabel: string;
  /**
   * How the screen is shown and said (Écouter, Lecture vocale, the language, Affichage): a row of
   * its own under the brand, so that the header stays two rows high on every screen.
   */
  tools: ReactNode;
  /** A persistent live region shown above the screen (adviser call status). */
  status?: ReactNode;
  /** While a modal dialog is open, the page behind it can be neither read nor reached. */
  inert?: boolean;
  /** Docked under the screen, sticking to the bottom edge: the on-screen keyboard. */
  dock?: ReactNode;
  children: ReactNode;
}

/** The kiosk's frame: header with the brand and the action bar, then the screen. */
export function Page({
  serviceName,
  tagline,
  republic,
  actionsLabel,
  actions,
  toolsLabel,
  tools,
  status,
  inert,
  dock,
  children,
}: PageProps) {
  return (
    <div className="kiosk-page" inert={inert}>
      <header className="fr-header kiosk-header">
        <div className="fr-container kiosk-header__row">
          <div className="kiosk-brand">
            <p className="fr-logo">
              {republic[0]}
              <br />
              {republic[1]}
            </p>
            <div>
              <p className="fr-header__service-title">{serviceName}</p>
              <p className="fr-header__service-tagline">{tagline}</p>
            </div>
          </div>
          <div className="kiosk-actions" role="group" aria-label={actionsLabel}>
            {actions}
          </div>
        </div>
        <div className="fr-container kiosk-tools" role="group" aria-label={toolsLabel}>
          {tools}
        </div>
      </header>
      <main id="contenu" className="fr-container kiosk-main">
        {status}
        {children}
        <Announcer />
      </main>
      {dock}
    </div>
  );
}
