import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  frenchDate,
  frenchDateTime,
  frenchTime,
  localDateTime,
} from '../../../shared/domain/time';

// Non-breaking spaces: « 8 h » never ends a line without its minutes.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('one French time format', () => {
  it('writes « 8 h 00 »: no leading zero, « h », two-digit minutes, in Paris time', () => {
    expect(plain(frenchTime(new Date('2026-11-05T07:00:00Z')))).toBe('8 h 00');
    expect(plain(frenchTime(new Date('2026-07-05T07:05:00Z')))).toBe('9 h 05');
    expect(plain(frenchTime(new Date('2026-11-04T23:30:00Z')))).toBe('0 h 30');
    expect(frenchTime(new Date('2026-11-05T07:00:00Z'))).toBe('8\u00a0h\u00a000');
  });

  it('joins the date with « à », and leaves other languages their own clock', () => {
    const at = new Date('2026-12-08T08:30:00Z');
    expect(plain(frenchDateTime(at))).toBe('mardi 8 décembre 2026 à 9 h 30');
    expect(plain(frenchDateTime(at, 'long'))).toBe('8 décembre 2026 à 9 h 30');
    expect(plain(localDateTime(at, 'fr-FR'))).toBe('mardi 8 décembre 2026 à 9 h 30');
    expect(localDateTime(at, 'en-GB', 'long')).toMatch(/^8 December 2026.*09:30$/);
  });

  it('writes the first of a month « 1er », as French does, and only in words', () => {
    const first = new Date('2027-04-01T10:00:00Z');
    expect(frenchDate(first)).toBe('1er avril 2027');
    expect(frenchDate(first, 'full')).toBe('jeudi 1er avril 2027');
    expect(plain(frenchDateTime(first))).toBe('jeudi 1er avril 2027 à 12 h 00');
    expect(frenchDate(new Date('2027-04-11T10:00:00Z'))).toBe('11 avril 2027');
    const inWords = { day: 'numeric', month: 'long', timeZone: 'UTC' } as const;
    expect(calendarDate(first, 'fr-FR', inWords)).toBe('1er avril');
    expect(calendarDate(first, 'en-GB', inWords)).toBe('1 April');
    expect(calendarDate(first, 'fr-FR', { dateStyle: 'short', timeZone: 'UTC' })).toBe(
      '01/04/2027',
    );
  });
});
