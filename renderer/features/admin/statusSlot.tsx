import type { ComponentType } from 'react';

/**
 * The admin screen's status area: components that show IT staff the kiosk's state (no personal
 * data). Empty today; the durable outbox (issue 5) adds its status component to this list.
 */
export const adminStatusComponents: ComponentType[] = [];

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
