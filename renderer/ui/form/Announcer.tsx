import { useAnnouncement } from './announce';

/** The visually hidden live region `announce()` speaks through. */
export function Announcer() {
  const { message, serial } = useAnnouncement();
  return (
    <p className="fr-sr-only" aria-live="polite" aria-atomic="true">
      <span key={serial}>{message}</span>
    </p>
  );
}
