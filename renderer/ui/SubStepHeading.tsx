import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The heading of a step inside a screen (scan → details → sent…). When the step appears it takes
 * the focus, so a screen reader says where the person now is and the keyboard starts there; except
 * when the screen itself has just appeared and its h1 has the focus (the h1 is read first).
 */
export function SubStepHeading({ id, children }: { id?: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (document.activeElement?.matches('h1.kiosk-heading')) return;
    ref.current?.focus();
  }, []);
  return (
    <h2 ref={ref} id={id} tabIndex={-1} className="fr-h4 kiosk-heading">
      {children}
    </h2>
  );
}
