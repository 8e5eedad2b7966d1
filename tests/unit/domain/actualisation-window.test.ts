import { describe, expect, it } from 'vitest';
import {
  actualisationWindowAt,
  formatPeriod,
  hoursInMonth,
  parisMidnight,
  parisOffsetMinutes,
  windowOf,
} from '../../../shared/domain/actualisation';

const at = (iso: string) => actualisationWindowAt(new Date(iso));
const summary = (iso: string) => {
  const w = at(iso);
  return {
    open: w.open,
    period: formatPeriod(w.period),
    opensAt: w.opensAt.toISOString(),
    closesAt: w.closesAt.toISOString(),
  };
};

describe('Paris time from Intl', () => {
  it('knows winter (+1 h) and summer (+2 h), switching on the last Sundays of March and October', () => {
    expect(parisOffsetMinutes(new Date('2026-01-15T12:00:00Z'))).toBe(60);
    expect(parisOffsetMinutes(new Date('2026-07-15T12:00:00Z'))).toBe(120);
    // 29 March 2026, 01:00 UTC: 02:00 Paris becomes 03:00.
    expect(parisOffsetMinutes(new Date('2026-03-29T00:59:59Z'))).toBe(60);
    expect(parisOffsetMinutes(new Date('2026-03-29T01:00:00Z'))).toBe(120);
    // 25 October 2026, 01:00 UTC: 03:00 Paris becomes 02:00.
    expect(parisOffsetMinutes(new Date('2026-10-25T00:59:59Z'))).toBe(120);
    expect(parisOffsetMinutes(new Date('2026-10-25T01:00:00Z'))).toBe(60);
  });

  it('finds Paris midnight on both sides of a change and across month ends', () => {
    expect(parisMidnight(2026, 3, 29).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(parisMidnight(2026, 3, 30).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(parisMidnight(2026, 10, 25).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(parisMidnight(2026, 10, 26).toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(parisMidnight(2026, 12, 32).toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });
});

describe('the actualisation window', () => {
  it('opens on the 28th at 00:00 Paris time and declares that month', () => {
    expect(summary('2026-10-27T22:59:59.999Z')).toEqual({
      open: false,
      period: '2026-10',
      opensAt: '2026-10-27T23:00:00.000Z',
      closesAt: '2026-11-15T23:00:00.000Z',
    });
    expect(summary('2026-10-27T23:00:00Z')).toMatchObject({ open: true, period: '2026-10' });
  });

  it('stays open through the 15th of the next month and closes at its midnight', () => {
    expect(summary('2026-11-05T10:00:00Z')).toMatchObject({ open: true, period: '2026-10' });
    expect(summary('2026-11-15T22:59:59.999Z')).toMatchObject({ open: true, period: '2026-10' });
    expect(summary('2026-11-15T23:00:00Z')).toEqual({
      open: false,
      period: '2026-11',
      opensAt: '2026-11-27T23:00:00.000Z',
      closesAt: '2026-12-15T23:00:00.000Z',
    });
  });

  it('is closed between the 16th and the 27th and names the next opening', () => {
    expect(summary('2026-11-20T12:00:00Z')).toMatchObject({
      open: false,
      period: '2026-11',
      opensAt: '2026-11-27T23:00:00.000Z',
    });
  });

  it('opens on the 26th in February, leap year or not', () => {
    expect(summary('2026-02-25T22:59:59Z')).toMatchObject({ open: false, period: '2026-02' });
    expect(summary('2026-02-25T23:00:00Z')).toMatchObject({ open: true, period: '2026-02' });
    expect(summary('2028-02-25T23:00:00Z')).toMatchObject({ open: true, period: '2028-02' });
    // 29 February exists in 2028 and is inside the window.
    expect(summary('2028-02-29T12:00:00Z')).toMatchObject({ open: true, period: '2028-02' });
    expect(hoursInMonth({ year: 2028, month: 2 })).toBe(29 * 24);
    expect(hoursInMonth({ year: 2026, month: 2 })).toBe(28 * 24);
    // A February window ends on 15 March, like any other.
    expect(summary('2028-03-15T22:59:59Z')).toMatchObject({ open: true, period: '2028-02' });
    expect(summary('2028-03-15T23:00:00Z')).toMatchObject({ open: false, period: '2028-03' });
  });

  it('follows summer time: a window that opens in winter closes in summer', () => {
    expect(windowOf({ year: 2026, month: 3 })).toEqual({
      period: { year: 2026, month: 3 },
      opensAt: new Date('2026-03-27T23:00:00Z'),
      closesAt: new Date('2026-04-15T22:00:00Z'),
    });
    expect(summary('2026-04-15T21:59:59Z')).toMatchObject({ open: true, period: '2026-03' });
    expect(summary('2026-04-15T22:00:00Z')).toMatchObject({ open: false, period: '2026-04' });
    // September's window closes in summer time, October's opens in winter time.
    expect(windowOf({ year: 2026, month: 9 }).closesAt.toISOString()).toBe(
      '2026-10-15T22:00:00.000Z',
    );
    expect(windowOf({ year: 2025, month: 10 }).opensAt.toISOString()).toBe(
      '2025-10-27T23:00:00.000Z',
    );
  });

  it('crosses the year end: December is declared in January', () => {
    expect(summary('2026-12-27T23:00:00Z')).toMatchObject({ open: true, period: '2026-12' });
    expect(summary('2027-01-10T08:00:00Z')).toMatchObject({
      open: true,
      period: '2026-12',
      closesAt: '2027-01-15T23:00:00.000Z',
    });
    expect(summary('2027-01-20T08:00:00Z')).toMatchObject({ open: false, period: '2027-01' });
  });

  it('the caller’s own time zone changes nothing', () => {
    const previous = process.env.TZ;
    const instants = ['2026-10-27T23:00:00Z', '2026-11-15T22:30:00Z', '2026-03-27T23:30:00Z'];
    const reference = instants.map(summary);
    for (const tz of ['America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati', 'UTC']) {
      process.env.TZ = tz;
      expect(instants.map(summary), tz).toEqual(reference);
    }
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });
});
