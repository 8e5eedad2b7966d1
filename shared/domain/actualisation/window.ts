/**
 * The monthly actualisation window, in Europe/Paris time: period M can be declared from the 28th of M
 * (the 26th in February) at 00:00 until the end of the 15th of M+1. The central API is the authority
 * (it runs this same function on its own clock); the kiosk uses it for tests and wording only.
 */
import { type Period, nextPeriod, previousPeriod } from './period';

const PARIS = 'Europe/Paris';

const parisParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Paris wall-clock fields at an instant (the caller's own time zone plays no part). */
export function parisDateTime(instant: Date): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
} {
  const parts: Record<string, number> = {};
  for (const part of parisParts.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Paris's offset from UTC at an instant, in minutes (+60 in winter, +120 in summer). */
export function parisOffsetMinutes(instant: Date): number {
  const p = parisDateTime(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - whole) / 60_000);
}

/** The instant of 00:00 Paris time on a calendar day (month 1–12; day may overflow, as Date.UTC). */
export function parisMidnight(year: number, month: number, day: number): Date {
  const wall = Date.UTC(year, month - 1, day);
  // First guess with the offset at that wall time read as UTC, then correct once: midnight is never
  // inside a DST jump in Paris (the changes happen at 02:00 and 03:00).
  let instant = wall - parisOffsetMinutes(new Date(wall)) * 60_000;
  instant = wall - parisOffsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant);
}

export interface WindowBounds {
  period: Period;
  /** 00:00 Paris on the 28th of the period's month (26th in February). */
  opensAt: Date;
  /** 00:00 Paris on the 16th of the next month: the 15th is the last whole day (exclusive bound). */
  closesAt: Date;
}

export function windowOf(period: Period): WindowBounds {
  const openDay = period.month === 2 ? 26 : 28;
  const next = nextPeriod(period);
  return {
    period,
    opensAt: parisMidnight(period.year, period.month, openDay),
    closesAt: parisMidnight(next.year, next.month, 16),
  };
}

export type ActualisationWindow =
  | ({ open: true } & WindowBounds)
  /** Closed: the bounds are those of the next window to open. */
  | ({ open: false } & WindowBounds);

/** Where an instant stands: inside a window (which period), or between two (which one is next). */
export function actualisationWindowAt(instant: Date): ActualisationWindow {
  const { year, month } = parisDateTime(instant);
  const current: Period = { year, month };
  // Early in a month the open window (if any) is the previous month's; late, it is this month's.
  for (const candidate of [previousPeriod(current), current]) {
    const bounds = windowOf(candidate);
    if (instant >= bounds.opensAt && instant < bounds.closesAt) return { open: true, ...bounds };
  }
  const thisMonth = windowOf(current);
  const next = instant < thisMonth.opensAt ? thisMonth : windowOf(nextPeriod(current));
  return { open: false, ...next };
}
