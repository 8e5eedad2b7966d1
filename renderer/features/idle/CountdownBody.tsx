import type { ReactNode } from 'react';
import { announcedSeconds, useCountdown } from './useCountdown';

/**
 * The body of a time-out dialog (idle, maximum visit length; WCAG 2.2.1): the time left, shown
 * every second, then what the dialog adds. A polite live region says the time left every 10
 * seconds only: a screen reader saying every tick would drown the dialog's choices.
 */
export function CountdownBody({
  id,
  deadline,
  secondsLeft,
  timeLeft,
  children,
}: {
  /** The dialog's description id: the time left and what follows. */
  id: string;
  /** Epoch ms when the visit ends. */
  deadline: number;
  /** The seconds left when the warning was given: the first announcement. */
  secondsLeft: number;
  /** The time left in words. */
  timeLeft(seconds: number): string;
  children?: ReactNode;
}) {
  const seconds = useCountdown(deadline);
  return (
    <>
      <div id={id}>
        <p className="fr-text--lead">{timeLeft(seconds)}</p>
        {children}
      </div>
      <p className="fr-sr-only" aria-live="polite" aria-atomic="true">
        {timeLeft(announcedSeconds(seconds, secondsLeft))}
      </p>
    </>
  );
}
