/**
 * The month a document concerns, as 'YYYY-MM'. It cannot be in the future and cannot be older than
 * MONTHS_BACK months; the renderer offers exactly the months this rule accepts.
 */
import { MONTHS_BACK } from './types';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function monthIndex(month: string): number | undefined {
  const match = MONTH.exec(month);
  if (!match) return undefined;
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** undefined when acceptable; else the catalogue key of the message. */
export function monthProblem(month: string, today: Date): string | undefined {
  const index = monthIndex(month);
  if (index === undefined) return 'documents.validation.month.format';
  const current = today.getFullYear() * 12 + today.getMonth();
  if (index > current) return 'documents.validation.month.future';
  if (index < current - MONTHS_BACK) return 'documents.validation.month.tooOld';
  return undefined;
}

/** The months a user may choose, most recent first. */
export function selectableMonths(today: Date, count = 13): string[] {
  const months: string[] = [];
  const current = today.getFullYear() * 12 + today.getMonth();
  for (let i = 0; i < Math.min(count, MONTHS_BACK + 1); i++) {
    const index = current - i;
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}
