import type { FrIconClassName } from '@codegouvfr/react-dsfr/fr';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button } from './Button';

export interface ToolPanelProps {
  /** The header's button that opens and closes the panel. */
  label: string;
  icon?: FrIconClassName;
  /** The panel's heading, read first when it opens. */
  title: string;
  /** « Fermer ». */
  closeLabel: string;
  children: ReactNode;
}

/**
 * A tool of the header (« Affichage », the voice's settings): a button and a panel hung under it,
 * over the screen, so that opening it never pushes the screen's main action down. A choice in it
 * applies at once (the person sees or hears the result) and the panel stays until « Fermer »,
 * Escape or the button again. Not a modal dialog: nothing is asked, the screen stays usable.
 */
export function ToolPanel({ label, icon, title, closeLabel, children }: ToolPanelProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  // Reading starts at the panel's title when it opens, as on a new screen.
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div className="kiosk-tool">
      <Button
        ref={toggle}
        priority="secondary"
        icon={icon}
        onClick={() => setOpen((o) => !o)}
        nativeProps={{ 'aria-expanded': open, 'aria-controls': panelId }}
      >
        {label}
      </Button>
      <section
        id={panelId}
        className="kiosk-tool__panel"
        hidden={!open}
        aria-labelledby={titleId}
        onKeyDown={(event) => {
          if (event.key === 'Escape') close();
        }}
      >
        <h2 id={titleId} ref={heading} tabIndex={-1} className="kiosk-tool__title">
          {title}
        </h2>
        {children}
        <Button priority="primary" onClick={close} className="kiosk-tool__close">
          {closeLabel}
        </Button>
      </section>
    </div>
  );
}
