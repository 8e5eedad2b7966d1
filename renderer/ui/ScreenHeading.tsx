import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The screen's one h1. It takes the focus when the screen appears, so a screen reader starts
 * reading the new screen and the keyboard starts from its top.
 */
export function ScreenHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="kiosk-heading">
      {children}
    </h1>
  );
}
