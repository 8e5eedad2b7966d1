import { useEffect, useState } from 'react';

const secondsUntil = (deadline: number) => Math.max(0, Math.ceil((deadline - Date.now()) / 1000));

/**
 * Whole seconds left until `deadline` (epoch ms), re-read from the clock every second, so a late
 * timer never makes the countdown drift. Callers remount (key) for a new deadline.
 */
export function useCountdown(deadline: number): number {
  const [seconds, setSeconds] = useState(() => secondsUntil(deadline));
  useEffect(() => {
    const timer = setInterval(() => setSeconds(secondsUntil(deadline)), 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  return seconds;
}

/** Screen readers hear the countdown every `step` seconds only, not every tick. */
export function announcedSeconds(seconds: number, startedAt: number, step = 10): number {
  if (seconds >= startedAt) return startedAt;
  return Math.min(startedAt, Math.ceil(seconds / step) * step);
}
