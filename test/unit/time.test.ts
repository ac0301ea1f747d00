/** Times as a person reads them on a phone, spelt out the same on every Node.js. */
import { describe, expect, it } from 'vitest';
import { humanTime } from '../../src/lib/time.js';

const NOW = new Date('2026-12-02T10:00:00Z');

describe('humanTime', () => {
  it('gives weekday, day, month and a 24-hour UTC time', () => {
    expect(humanTime(new Date('2026-12-03T23:42:59Z'), NOW)).toBe('Thu 3 Dec, 23:42 UTC');
    expect(humanTime(new Date('2026-12-07T04:05:00Z'), NOW)).toBe('Mon 7 Dec, 04:05 UTC');
  });

  it('spells every month with three letters (a locale would write "Sept")', () => {
    expect(humanTime(new Date('2026-09-15T12:00:00Z'), NOW)).toBe('Tue 15 Sep, 12:00 UTC');
  });

  it('adds the year when it is not the current one', () => {
    expect(humanTime(new Date('2027-01-04T08:00:00Z'), NOW)).toBe('Mon 4 Jan 2027, 08:00 UTC');
  });

  it('is empty for no date and for an invalid one', () => {
    expect(humanTime(undefined, NOW)).toBe('');
    expect(humanTime(new Date(Number.NaN), NOW)).toBe('');
  });
});
