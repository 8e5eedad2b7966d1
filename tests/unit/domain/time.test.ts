import { describe, expect, it } from 'vitest';
import { frenchDateTime, frenchTime, localDateTime } from '../../../shared/domain/time';

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
});
