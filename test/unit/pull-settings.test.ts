/**
 * The pull's inputs: defaults as the contract gives them, and every problem
 * one InputError naming the input, before any request.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPullSettings } from '../../src/health/settings.js';

const NOW = new Date('2026-12-02T10:00:00Z');
const BASE = '/work/repo';
const read = (values: Record<string, string>) =>
  readPullSettings((name) => values[name], NOW, BASE);

describe('readPullSettings', () => {
  it('has the contract defaults', () => {
    const settings = read({});
    expect(settings.types.map((type) => type.name)).toEqual([
      'steps',
      'sleep',
      'daily-resting-heart-rate',
      'heart-rate',
    ]);
    expect(settings).toMatchObject({
      until: '2026-12-01',
      since: '2026-11-24',
      timeZone: 'UTC',
      folder: join(BASE, 'data'),
      refetchDays: 3,
      maxRequests: 250,
      apiUrl: 'https://health.googleapis.com',
    });
  });

  it('takes yesterday in the time zone given', () => {
    expect(read({ 'time-zone': 'Pacific/Kiritimati' }).until).toBe('2026-12-02');
    expect(read({ 'time-zone': 'America/Los_Angeles' }).until).toBe('2026-12-01');
  });

  it.each([
    [{ since: '2024-02-30' }, /Input 'since' must be a date written YYYY-MM-DD/],
    [{ since: '2026-12-02' }, /Input 'since' must not be after 2026-12-01/],
    [{ until: '2026-12-02' }, /Input 'until' must not be after yesterday \(2026-12-01 in UTC\)/],
    [
      { 'time-zone': 'Europe/Berlinn' },
      /Input 'time-zone' 'Europe\/Berlinn' is not an IANA time zone/,
    ],
    [
      { types: 'steps,heartrate' },
      /Input 'types' names an unknown data type 'heartrate': known are steps,/,
    ],
    [{ types: ' , ' }, /Input 'types' names no data type/],
    [{ folder: '../elsewhere' }, /Input 'folder' must be a folder inside the working tree/],
    [{ folder: '/etc' }, /Input 'folder' must be a folder inside the working tree/],
    [{ folder: '.' }, /Input 'folder' must be a folder inside the working tree/],
    [{ 'refetch-days': '-1' }, /Input 'refetch-days' must be a whole number from 0 to 366/],
    [{ 'max-requests': '0' }, /Input 'max-requests' must be a whole number from 1 to 100000/],
    [{ 'max-requests': '1e3' }, /Input 'max-requests' must be a whole number/],
    [{ 'api-url': 'http://health.example.com' }, /Input 'api-url' must use https/],
  ])('refuses %j naming the input', (values, message) => {
    expect(() => read(values)).toThrow(message);
  });

  it('reads a list of types in any spacing, each once, and a nested folder', () => {
    const settings = read({ types: 'sleep, steps  sleep', folder: 'health/data' });
    expect(settings.types.map((type) => type.name)).toEqual(['sleep', 'steps']);
    expect(settings.folder).toBe(join(BASE, 'health', 'data'));
  });
});
