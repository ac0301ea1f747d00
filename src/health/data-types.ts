/**
 * THE registry of data types the pull knows: one entry per type, everything
 * the rest of the pull needs to know about it, in one place that is easy to
 * correct when the live API turns out to differ. Each entry says what it rests
 * on (`evidence`): the API reference (the discovery document `health:v4` and
 * the reference pages, as ../shared/docs/google-health-oauth.md §1 and §7
 * record them) or a reply seen live.
 *
 * How a type is read:
 * - `dailyRollUp`: POST …/dataPoints:dailyRollUp over civil dates, one window
 *   per day, at most `rangeCapDays` days per request; a day's point is the one
 *   whose civilStartTime is that day.
 * - `list`: GET …/dataPoints with a `filter` on one civil field (`>=` and `<`,
 *   joined by AND, over the person's own days), `pageCap` points a page, every
 *   nextPageToken followed; a point's day is the civil day of an instant in it
 *   on its own UTC offset (the day the device recorded it on, as the roll-ups
 *   count days), or the API's own date for daily summaries. Only a point
 *   without an offset falls back to the pull's time zone.
 */
/** One point of the API's reply, as JSON. */
export type Point = Readonly<Record<string, unknown>>;

/** The scopes' common prefix; each type names its suffix. */
export const SCOPE_PREFIX = 'https://www.googleapis.com/auth/googlehealth.';

/**
 * A column of daily.csv: its header (the unit in the name, as the contract
 * lists them), its unit and what it means in one sentence (what a person reads
 * in the data folder's README), and the day's figure out of the day's points.
 */
export interface DailyColumn {
  readonly name: string;
  /** The unit its values are in, spelled out (`steps`, `minutes`, `beats per minute`, …). */
  readonly unit: string;
  /** One sentence: what the figure is, and where it comes from. */
  readonly meaning: string;
  /** Undefined when the day has no such figure (no point, or no field): an empty cell. */
  readonly value: (points: readonly Point[]) => string | undefined;
}

interface TypeBase {
  /** The name in `types`, the API's path segment unless `apiPath` says otherwise, and the folder. */
  readonly name: string;
  /** `users/me/dataTypes/{apiPath}`. */
  readonly apiPath: string;
  /** The scope it needs, after SCOPE_PREFIX. */
  readonly scope: string;
  /** Fetched when `types` is not given. */
  readonly byDefault: boolean;
  /** The daily.csv columns it feeds (none for intraday samples). */
  readonly columns: readonly DailyColumn[];
  /** Where each fact above comes from, and whether a live reply confirmed it. */
  readonly evidence: string;
}

export interface RollUpType extends TypeBase {
  readonly method: 'dailyRollUp';
  /** The widest range one request may ask for; a 400 for a wider one splits it anyway. */
  readonly rangeCapDays: number;
}

export interface ListType extends TypeBase {
  readonly method: 'list';
  /**
   * The filter's field (snake_case): a civil time on the person's own clock,
   * or a daily summary's date. Either compares with a `YYYY-MM-DD` literal.
   */
  readonly filter: { readonly field: string };
  /** The most points one page holds (what the API serves, whatever a larger pageSize asks). */
  readonly pageCap: number;
  /**
   * Where a point's day comes from (paths into the point, camelCase): an
   * instant and the UTC offset beside it (its civil day on that offset), or
   * the API's date.
   */
  readonly dayFrom:
    | { readonly instant: string; readonly offset: string }
    | { readonly date: string };
  /** What orders a day's points (a path into the point); ties keep a stable order. */
  readonly orderBy: string;
  /**
   * About how many points a day holds, until the run has met a day of its
   * own: sizes a request's range so its pages fit the budget.
   */
  readonly pointsPerDay: number;
  /** The widest range one listing covers (its points are held in memory until written). */
  readonly maxRangeDays: number;
  /**
   * At most this many pages' worth of points a range of several days may
   * hold: intraday samples are held one day (or about one page) at a time,
   * and a range that turns out to hold more is asked again day by day.
   */
  readonly rangePages?: number;
  /** Intraday samples: stored one row per point, these fields only (paths into the point). */
  readonly compactColumns?: readonly string[];
}

export type DataType = RollUpType | ListType;

const REFERENCE = 'reference only (discovery health:v4; reference sheet §1, §7); not seen live';
/** Live, by a third party (reference sheet §7, added 2026-12-07). */
const LIVE_PAGES =
  'live (third party): a pageSize of 10,000 answered 5,000 points and a nextPageToken';

/** In the order of daily.csv's columns (the contract's order); intraday samples have none. */
export const DATA_TYPES: readonly DataType[] = [
  {
    name: 'steps',
    apiPath: 'steps',
    method: 'dailyRollUp',
    rangeCapDays: 90,
    scope: 'activity_and_fitness.readonly',
    byDefault: true,
    columns: [
      {
        name: 'steps',
        unit: 'steps',
        meaning:
          'Steps taken that day, as the API counts them for the day; 0 means the watch was worn and counted none.',
        value: (points) => sum(points, 'steps.countSum', 0),
      },
    ],
    evidence: `${REFERENCE}: StepsRollupValue.countSum (int64 as a string); 90-day range from DailyRollUpDataPointsRequest.range`,
  },
  {
    name: 'sleep',
    apiPath: 'sleep',
    method: 'list',
    filter: { field: 'sleep.interval.civil_end_time' },
    pageCap: 25,
    // A night belongs to the day it ends on: last night's sleep is this morning's.
    dayFrom: { instant: 'sleep.interval.endTime', offset: 'sleep.interval.endUtcOffset' },
    orderBy: 'sleep.interval.startTime',
    pointsPerDay: 1.5,
    maxRangeDays: 366,
    scope: 'sleep.readonly',
    byDefault: true,
    columns: [
      {
        name: 'sleep_minutes',
        unit: 'minutes',
        meaning:
          "Minutes asleep in the day's main sleep: the longest sleep that ended that day and that the API does not call a nap, usually last night's.",
        value: (points) => minutesAsleep(mainSleep(points)),
      },
      {
        name: 'nap_minutes',
        unit: 'minutes',
        meaning:
          "Minutes asleep in the day's other sleeps (naps) that ended that day; 0 when the day had only its main sleep.",
        value: (points) => napMinutes(points),
      },
    ],
    evidence: `${REFERENCE}: filter sleep.interval.civil_end_time (the reference's "session civil end time, sleep specific"; it lists only end-time filters for sleep), SessionTimeInterval endTime and endUtcOffset, page size at most 25, Sleep.summary.minutesAsleep (int64 as a string), Sleep.metadata.nap (output only: "sleeps without stages and relatively short durations"), createTime/updateTime output only`,
  },
  {
    name: 'daily-resting-heart-rate',
    apiPath: 'daily-resting-heart-rate',
    method: 'list',
    filter: { field: 'daily_resting_heart_rate.date' },
    pageCap: 5_000,
    dayFrom: { date: 'dailyRestingHeartRate.date' },
    orderBy: 'dailyRestingHeartRate.date',
    pointsPerDay: 1,
    maxRangeDays: 366,
    scope: 'health_metrics_and_measurements.readonly',
    byDefault: true,
    columns: [
      {
        name: 'resting_heart_rate_bpm',
        unit: 'beats per minute',
        meaning: "The day's resting heart rate, as the API computes it from the day and its night.",
        value: (points) => last(points, 'dailyRestingHeartRate.beatsPerMinute', 0),
      },
    ],
    evidence: `${REFERENCE}: filter daily_resting_heart_rate.date, DailyRestingHeartRate.beatsPerMinute (int64 as a string); pages of at most 5,000 as ${LIVE_PAGES} for heart rate`,
  },
  {
    name: 'heart-rate',
    apiPath: 'heart-rate',
    method: 'dailyRollUp',
    rangeCapDays: 14,
    scope: 'health_metrics_and_measurements.readonly',
    byDefault: true,
    columns: [
      {
        name: 'heart_rate_min_bpm',
        unit: 'beats per minute',
        meaning: 'The lowest heart rate the watch measured that day.',
        value: (points) => last(points, 'heartRate.beatsPerMinuteMin', 0),
      },
      {
        name: 'heart_rate_avg_bpm',
        unit: 'beats per minute',
        meaning: 'The average of the heart rates the watch measured that day.',
        value: (points) => last(points, 'heartRate.beatsPerMinuteAvg', 1),
      },
      {
        name: 'heart_rate_max_bpm',
        unit: 'beats per minute',
        meaning: 'The highest heart rate the watch measured that day.',
        value: (points) => last(points, 'heartRate.beatsPerMinuteMax', 0),
      },
    ],
    evidence: `${REFERENCE}: HeartRateRollupValue.beatsPerMinuteMin/Avg/Max (doubles); 14-day range`,
  },
  {
    name: 'distance',
    apiPath: 'distance',
    method: 'dailyRollUp',
    rangeCapDays: 90,
    scope: 'activity_and_fitness.readonly',
    byDefault: false,
    columns: [
      {
        name: 'distance_km',
        unit: 'kilometres',
        meaning: 'The distance walked and run that day, in kilometres.',
        value: (points) => scaled(sum(points, 'distance.millimetersSum', 0), 1e-6, 2),
      },
    ],
    evidence: `${REFERENCE}: DistanceRollupValue.millimetersSum (int64 as a string); 90-day range`,
  },
  {
    name: 'floors',
    apiPath: 'floors',
    method: 'dailyRollUp',
    rangeCapDays: 90,
    scope: 'activity_and_fitness.readonly',
    byDefault: false,
    columns: [
      {
        name: 'floors',
        unit: 'floors',
        meaning: 'Floors climbed that day (a floor is about 3 metres of climb).',
        value: (points) => sum(points, 'floors.countSum', 0),
      },
    ],
    evidence: `${REFERENCE}: FloorsRollupValue.countSum (int64 as a string); 90-day range`,
  },
  {
    name: 'total-calories',
    apiPath: 'total-calories',
    method: 'dailyRollUp',
    rangeCapDays: 14,
    scope: 'activity_and_fitness.readonly',
    byDefault: false,
    columns: [
      {
        name: 'calories_kcal',
        unit: 'kilocalories',
        meaning: 'Energy burned that day, at rest and in activity together, in kilocalories.',
        value: (points) => sum(points, 'totalCalories.kcalSum', 0),
      },
    ],
    evidence: `${REFERENCE}: TotalCaloriesRollupValue.kcalSum (double); 14-day range`,
  },
  {
    name: 'heart-rate-samples',
    apiPath: 'heart-rate',
    method: 'list',
    filter: { field: 'heart_rate.sample_time.civil_time' },
    pageCap: 5_000,
    dayFrom: {
      instant: 'heartRate.sampleTime.physicalTime',
      offset: 'heartRate.sampleTime.utcOffset',
    },
    orderBy: 'heartRate.sampleTime.physicalTime',
    // Live: a sample about every 2 s, some 37,000 on an active day; the run learns the person's own.
    pointsPerDay: 37_000,
    maxRangeDays: 31,
    rangePages: 1,
    // civilTime is left out: physicalTime and utcOffset give it.
    compactColumns: [
      'heartRate.sampleTime.physicalTime',
      'heartRate.sampleTime.utcOffset',
      'heartRate.beatsPerMinute',
    ],
    scope: 'health_metrics_and_measurements.readonly',
    byDefault: false,
    columns: [],
    evidence: `${REFERENCE}: filter heart_rate.sample_time.civil_time (the reference's "sample observation civil time"), SampleTime physicalTime and utcOffset, HeartRate.beatsPerMinute (int64 as a string); ${LIVE_PAGES}, a median of 2 s between samples (about 37,000 a day), and an empty page may still carry a token`,
  },
  {
    name: 'daily-heart-rate-variability',
    apiPath: 'daily-heart-rate-variability',
    method: 'list',
    filter: { field: 'daily_heart_rate_variability.date' },
    pageCap: 5_000,
    dayFrom: { date: 'dailyHeartRateVariability.date' },
    orderBy: 'dailyHeartRateVariability.date',
    pointsPerDay: 1,
    maxRangeDays: 366,
    scope: 'health_metrics_and_measurements.readonly',
    byDefault: false,
    columns: [
      {
        name: 'hrv_ms',
        unit: 'milliseconds',
        meaning:
          'Heart rate variability: the average variation between heartbeats during the night that ended that day, in milliseconds.',
        value: (points) =>
          last(points, 'dailyHeartRateVariability.averageHeartRateVariabilityMilliseconds', 1),
      },
    ],
    evidence: `${REFERENCE}: filter daily_heart_rate_variability.date (the reference's own example), averageHeartRateVariabilityMilliseconds (double); pages of at most 5,000 as ${LIVE_PAGES} for heart rate`,
  },
  {
    name: 'daily-oxygen-saturation',
    apiPath: 'daily-oxygen-saturation',
    method: 'list',
    filter: { field: 'daily_oxygen_saturation.date' },
    pageCap: 5_000,
    dayFrom: { date: 'dailyOxygenSaturation.date' },
    orderBy: 'dailyOxygenSaturation.date',
    pointsPerDay: 1,
    maxRangeDays: 366,
    scope: 'health_metrics_and_measurements.readonly',
    byDefault: false,
    columns: [
      {
        name: 'spo2_percent',
        unit: 'percent',
        meaning:
          'Blood oxygen saturation (SpO2): the average during the night that ended that day, in percent.',
        value: (points) => last(points, 'dailyOxygenSaturation.averagePercentage', 1),
      },
    ],
    evidence: `${REFERENCE}: filter daily_oxygen_saturation.date, DailyOxygenSaturation.averagePercentage (double); pages of at most 5,000 as ${LIVE_PAGES} for heart rate`,
  },
  {
    name: 'weight',
    apiPath: 'weight',
    method: 'list',
    filter: { field: 'weight.sample_time.civil_time' },
    pageCap: 5_000,
    dayFrom: { instant: 'weight.sampleTime.physicalTime', offset: 'weight.sampleTime.utcOffset' },
    orderBy: 'weight.sampleTime.physicalTime',
    pointsPerDay: 1,
    maxRangeDays: 366,
    scope: 'health_metrics_and_measurements.readonly',
    byDefault: false,
    columns: [
      {
        name: 'weight_kg',
        unit: 'kilograms',
        meaning: "The day's last weighing, in kilograms.",
        value: (points) => scaled(last(points, 'weight.weightGrams'), 1e-3, 2),
      },
    ],
    evidence: `${REFERENCE}: filter weight.sample_time.civil_time (the reference's own example), SampleTime physicalTime and utcOffset, Weight.weightGrams (double); pages of at most 5,000 as ${LIVE_PAGES} for heart rate`,
  },
];

export const DEFAULT_TYPES: readonly DataType[] = DATA_TYPES.filter((type) => type.byDefault);

/** The registry's entry for `name`; undefined for a name it does not know. */
export function dataTypeNamed(name: string): DataType | undefined {
  return DATA_TYPES.find((type) => type.name === name);
}

/** Every daily.csv column, in the contract's order (the registry's). */
export const DAILY_COLUMNS: readonly DailyColumn[] = DATA_TYPES.flatMap((type) => type.columns);

/**
 * daily.csv's columns for the types a folder holds, in the contract's order
 * whatever order the types come in: a type added later adds its columns.
 */
export function dailyColumnsOf(typeNames: Iterable<string>): DailyColumn[] {
  const held = new Set(typeNames);
  return DATA_TYPES.filter((type) => held.has(type.name)).flatMap((type) => type.columns);
}

/** The value at a dotted path into a point (`sleep.interval.endTime`). */
export function valueAt(point: Point, path: string): unknown {
  let value: unknown = point;
  for (const key of keysOf(path)) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A path's keys, split once: intraday samples ask for the same few paths tens of thousands of times. */
const PATH_KEYS = new Map<string, readonly string[]>();
function keysOf(path: string): readonly string[] {
  let keys = PATH_KEYS.get(path);
  if (keys === undefined) {
    keys = path.split('.');
    PATH_KEYS.set(path, keys);
  }
  return keys;
}

/** A day's point as what it is ordered by; days themselves order as strings. */
export function orderKey(type: DataType, point: Point): string {
  const path = type.method === 'dailyRollUp' ? 'civilStartTime.date' : type.orderBy;
  const value = valueAt(point, path);
  if (typeof value === 'string') {
    // An instant orders as its UTC text with milliseconds, whatever fraction it was written with.
    const instant = /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN;
    return Number.isNaN(instant) ? value : new Date(instant).toISOString();
  }
  const date = value as { year?: number; month?: number; day?: number } | undefined;
  if (date && typeof date === 'object') {
    const pad = (n: number | undefined, width: number) => String(n ?? 0).padStart(width, '0');
    return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
  }
  return '';
}

/** The full scope a type needs. */
export function scopeOf(type: DataType): string {
  return `${SCOPE_PREFIX}${type.scope}`;
}

/** The numeric values at `path` over the day's points. */
function numbers(points: readonly Point[], path: string): number[] {
  return points
    .map((point) => valueAt(point, path))
    .filter((value) => value !== undefined && value !== null && value !== '')
    .map(Number)
    .filter(Number.isFinite);
}

function sum(points: readonly Point[], path: string, places: number): string | undefined {
  const values = numbers(points, path);
  if (values.length === 0) return undefined;
  return decimal(
    values.reduce((total, value) => total + value, 0),
    places,
  );
}

/** The last point's value (points are ordered oldest first). */
function last(points: readonly Point[], path: string, places = 3): string | undefined {
  const values = numbers(points, path);
  const value = values[values.length - 1];
  return value === undefined ? undefined : decimal(value, places);
}

/**
 * The day's main sleep: the longest of the sleeps that ended that day and
 * that the API does not call a nap (`metadata.nap`); undefined on a day whose
 * only sleeps were naps, or that has none.
 */
function mainSleep(points: readonly Point[]): Point | undefined {
  let main: Point | undefined;
  for (const point of points) {
    if (valueAt(point, 'sleep.metadata.nap') === true) continue;
    if (main === undefined || sleepLength(point) > sleepLength(main)) main = point;
  }
  return main;
}

/** Minutes asleep in every sleep of the day but its main one; undefined on a day without sleep. */
function napMinutes(points: readonly Point[]): string | undefined {
  if (points.length === 0) return undefined;
  const main = mainSleep(points);
  const naps = points.filter((point) => point !== main);
  return sum(naps, 'sleep.summary.minutesAsleep', 0) ?? '0';
}

function minutesAsleep(sleep: Point | undefined): string | undefined {
  return sleep === undefined ? undefined : sum([sleep], 'sleep.summary.minutesAsleep', 0);
}

/** A sleep's length in ms, from its interval; 0 when it has none. */
function sleepLength(point: Point): number {
  const start = Date.parse(String(valueAt(point, 'sleep.interval.startTime')));
  const end = Date.parse(String(valueAt(point, 'sleep.interval.endTime')));
  return Number.isFinite(end - start) ? end - start : 0;
}

function scaled(text: string | undefined, factor: number, places: number): string | undefined {
  return text === undefined ? undefined : decimal(Number(text) * factor, places);
}

/** A number with at most `places` decimals and no trailing zeros: the same text on every run. */
export function decimal(value: number, places: number): string {
  const fixed = value.toFixed(places);
  return places === 0 ? fixed : fixed.replace(/\.?0+$/, '');
}
