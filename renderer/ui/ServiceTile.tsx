import { Badge } from '@codegouvfr/react-dsfr/Badge';

export interface ServiceTileProps {
  title: string;
  description: string;
  /** Shown while the service is not available yet ("Bientôt"), or the service's status. */
  badge?: string;
  /** The badge's look: 'new' for "Bientôt"; a status may be 'success', 'info' or 'warning'. */
  badgeSeverity?: 'new' | 'success' | 'info' | 'warning';
  /** Not available yet: announced as unavailable, stays focusable so it can be discovered. */
  unavailable?: boolean;
  /** Id of the text explaining why the service cannot be used yet. */
  describedBy?: string;
  onActivate?: () => void;
}

/** One service of the espace personnel, as a large touch target. */
export function ServiceTile({
  title,
  description,
  badge,
  badgeSeverity = 'new',
  unavailable = false,
  describedBy,
  onActivate,
}: ServiceTileProps) {
  return (
    <li className="kiosk-tile">
      <button
        type="button"
        className="kiosk-tile__button"
        aria-disabled={unavailable || undefined}
        aria-describedby={describedBy}
        onClick={unavailable ? undefined : onActivate}
      >
        <span className="kiosk-tile__title">{title}</span>
        <span className="kiosk-tile__description">{description}</span>
        {badge && (
          <Badge as="span" severity={badgeSeverity} small className="kiosk-tile__badge">
            {badge}
          </Badge>
        )}
      </button>
    </li>
  );
}
