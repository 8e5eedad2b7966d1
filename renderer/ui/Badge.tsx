import { Badge as DsfrBadge } from '@codegouvfr/react-dsfr/Badge';

export interface BadgeProps {
  severity: 'info' | 'new' | 'success' | 'warning' | 'error';
  /** The status word, translated. */
  children: string;
}

/**
 * A short status word inside a line of text (a span, so it can sit in a paragraph). No icon: the
 * word says it, and an icon beside it would be read twice by a screen reader.
 */
export function Badge({ severity, children }: BadgeProps) {
  return (
    <DsfrBadge as="span" severity={severity} noIcon>
      {children}
    </DsfrBadge>
  );
}
