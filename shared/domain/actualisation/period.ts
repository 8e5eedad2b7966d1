/** A declared month. Crosses the contract and the central API as 'YYYY-MM'. */
export interface Period {
  year: number;
  /** 1–12 */
  month: number;
}

export const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function formatPeriod({ year, month }: Period): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function parsePeriod(text: string): Period | undefined {
  const match = PERIOD_PATTERN.exec(text);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]) };
}

export function nextPeriod({ year, month }: Period): Period {
  return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
}

export function previousPeriod({ year, month }: Period): Period {
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}

export function daysInMonth({ year, month }: Period): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Every hour of the month: nobody can declare more hours worked than that, all employers together. */
export function hoursInMonth(period: Period): number {
  return daysInMonth(period) * 24;
}

/** First and last day of the month as 'YYYY-MM-DD' (the bounds of the date fields). */
export function monthBounds(period: Period): { first: string; last: string } {
  const prefix = formatPeriod(period);
  return {
    first: `${prefix}-01`,
    last: `${prefix}-${String(daysInMonth(period)).padStart(2, '0')}`,
  };
}
