import type { ReactNode } from 'react';
import { fr } from './i18n/fr';
import { HelpRequestsPage } from './staff/HelpRequestsPage';
import { FleetPage } from './fleet/FleetPage';
import { EnrolTerminalPage } from './identity/EnrolTerminalPage';
import type { StaffRole } from './types';
import { UpdatesPage } from './updates/UpdatesPage';

export interface ConsolePage {
  /** The page's address under /console/, e.g. "demandes" (no leading slash). */
  path: string;
  /** Its name in the menu and as the page's heading and document title. */
  title: string;
  /** Who sees it in the menu and may open it (the API checks the role again on every call). */
  roles: readonly StaffRole[];
  element: ReactNode;
}

/** Every console page, one line each, in menu order; the first one a role may see opens first. */
export const pages: readonly ConsolePage[] = [
  {
    path: 'demandes',
    title: fr.helpRequests.title,
    roles: ['conseiller', 'responsable', 'it'],
    element: <HelpRequestsPage />,
  },
  { path: 'mises-a-jour', title: fr.updates.title, roles: ['it'], element: <UpdatesPage /> },
  { path: 'parc', title: fr.fleet.title, roles: ['responsable', 'it'], element: <FleetPage /> },
  {
    path: 'enroler-une-borne',
    title: fr.enrolTerminal.title,
    roles: ['it'],
    element: <EnrolTerminalPage />,
  },
];
