/**
 * The pull's inputs, read the same way by the action (its inputs) and the
 * command (its flags, which carry the same names): every problem is one
 * InputError naming the input, found before any request.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { InputError } from '../lib/errors.js';
import { apiBaseUrl, shown } from '../lib/validators.js';
import { addDays, type Day, isTimeZone, parseDay, yesterdayIn } from './civil-days.js';
import { DATA_TYPES, type DataType, DEFAULT_TYPES, dataTypeNamed } from './data-types.js';
import { DEFAULTS } from './defaults.js';
import type { PullSettings } from './pull.js';

/** A value as given; undefined when it was not given (or empty). */
export type SettingReader = (name: string) => string | undefined;

const MAX_REFETCH_DAYS = 366;
const MAX_REQUESTS = 100_000;

/**
 * The settings of one pull. `now` decides what yesterday is; `base` is the
 * folder the data folder is relative to (GITHUB_WORKSPACE, or the current folder).
 */
export function readPullSettings(read: SettingReader, now: Date, base: string): PullSettings {
  const timeZone = read('time-zone') ?? DEFAULTS.timeZone;
  if (!isTimeZone(timeZone)) {
    throw new InputError(
      'time-zone',
      `${shown(timeZone)} is not an IANA time zone: use a name such as Europe/Berlin, America/New_York or UTC`,
    );
  }
  const yesterday = yesterdayIn(timeZone, now);
  const until = optionalDay('until', read('until')) ?? yesterday;
  if (until > yesterday) {
    throw new InputError(
      'until',
      `must not be after yesterday (${yesterday} in ${timeZone}): today is not complete yet (got ${until})`,
    );
  }
  const since = optionalDay('since', read('since')) ?? addDays(until, -DEFAULTS.sinceDaysBefore);
  if (since > until) {
    throw new InputError(
      'since',
      `must not be after ${until}, the last day this run fetches (got ${since})`,
    );
  }
  return {
    types: typeList(read('types')),
    since,
    until,
    timeZone,
    folder: dataFolder(read('folder') ?? DEFAULTS.folder, base),
    refetchDays: count(
      'refetch-days',
      read('refetch-days'),
      DEFAULTS.refetchDays,
      0,
      MAX_REFETCH_DAYS,
    ),
    maxRequests: count('max-requests', read('max-requests'), DEFAULTS.maxRequests, 1, MAX_REQUESTS),
    apiUrl: apiBaseUrl('api-url', read('api-url') ?? DEFAULTS.apiUrl),
  };
}

function optionalDay(name: string, value: string | undefined): Day | undefined {
  if (value === undefined) return undefined;
  const day = parseDay(value);
  if (day === undefined) {
    throw new InputError(
      name,
      `must be a date written YYYY-MM-DD, such as 2024-01-01 (got ${shown(value)})`,
    );
  }
  return day;
}

/** Comma (or space) separated names, each known to the registry; duplicates count once. */
function typeList(value: string | undefined): DataType[] {
  if (value === undefined) return [...DEFAULT_TYPES];
  const names = [...new Set(value.split(/[\s,]+/).filter(Boolean))];
  if (names.length === 0) throw new InputError('types', 'names no data type');
  return names.map((name) => {
    const type = dataTypeNamed(name);
    if (type === undefined) {
      throw new InputError(
        'types',
        `names an unknown data type ${shown(name)}: known are ${DATA_TYPES.map((known) => known.name).join(', ')}`,
      );
    }
    return type;
  });
}

/** A folder inside `base`, never `base` itself (its README.md is the repository's own). */
function dataFolder(value: string, base: string): string {
  const folder = resolve(base, value);
  const inside = relative(base, folder);
  if (isAbsolute(value) || inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    throw new InputError(
      'folder',
      `must be a folder inside the working tree, such as data (got ${shown(value)})`,
    );
  }
  return folder;
}

function count(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= min && number <= max)) {
    throw new InputError(
      name,
      `must be a whole number from ${min} to ${max} (got ${shown(value)})`,
    );
  }
  return number;
}
