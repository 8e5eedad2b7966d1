import type { ComponentType } from 'react';
import { OutboxStatus } from '../outbox';
import { SpeechStatus } from '../speech';

/**
 * The admin screen's status area: components that show IT staff the kiosk's state (no personal
 * data): the outbox's counts, the speech engine.
 */
export const adminStatusComponents: ComponentType[] = [OutboxStatus, SpeechStatus];

export function AdminStatusSlot({ label }: { label: string }) {
  if (adminStatusComponents.length === 0) return null;
  return (
    <section aria-label={label} data-slot="admin-status">
      {adminStatusComponents.map((Status, index) => (
        <Status key={index} />
      ))}
    </section>
  );
}
