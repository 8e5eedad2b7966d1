import { Alert as DsfrAlert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useRef } from 'react';

export interface AlertProps {
  severity: 'error' | 'warning' | 'info' | 'success';
  message: string;
  /** Move focus to the alert when it appears or changes (errors after a submit). */
  focusOnShow?: boolean;
}

/** An announced message (role=alert), small variant: no heading, so the outline keeps one h1. */
export function Alert({ severity, message, focusOnShow = false }: AlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnShow) ref.current?.focus();
  }, [focusOnShow, message]);
  // The wrapper takes the focus: the design system's Alert does not accept tabIndex.
  return (
    <div ref={ref} tabIndex={-1} className="kiosk-alert">
      <DsfrAlert severity={severity} small description={message} role="alert" />
    </div>
  );
}
