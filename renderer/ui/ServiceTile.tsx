import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { FrIconClassName } from '@codegouvfr/react-dsfr/fr';

export interface ServiceTileProps {
  title: string;
  /** A pictogram beside the title, for readers who recognise a picture before the words. */
  icon?: FrIconClassName;
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
  icon,
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
        <span className="kiosk-tile__title">
          {/* Decorative: the title says the same thing, so a screen reader skips the picture. */}
          {icon && <span className={`${icon} kiosk-tile__icon`} aria-hidden="true" />}
          {title}
        </span>
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
