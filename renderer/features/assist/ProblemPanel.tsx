import type { ReactNode } from 'react';
import { Alert, Button } from '../../ui';
import { AssistButton } from './AssistButton';

export interface ProblemPanelProps {
  /** Names the section through its heading. */
  id: string;
  title: string;
  message: string;
  /** "Réessayer", when trying again can help. */
  retry?: { label: string; onRetry(): void };
  /** Other ways out, before the adviser button. */
  children?: ReactNode;
}

/**
 * A device problem (scanner, camera) as a clear screen, never a frozen one: what happened (its
 * alert takes the focus), what to try, and the adviser button.
 */
export function ProblemPanel({ id, title, message, retry, children }: ProblemPanelProps) {
  return (
    <section className="kiosk-scan-problem" aria-labelledby={id}>
      <h2 id={id} className="fr-h4">
        {title}
      </h2>
      <Alert severity="error" message={message} focusOnShow />
      <div className="kiosk-form-actions">
        {retry && <Button onClick={retry.onRetry}>{retry.label}</Button>}
        {children}
        <AssistButton />
      </div>
    </section>
  );
}
