import { fr } from '../i18n/fr';

/** The live list of help requests (filled in by the next commit). */
export function HelpRequestsPage() {
  return <p>{fr.helpRequests.intro}</p>;
}
