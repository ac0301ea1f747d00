/**
 * Every chart the pull draws, in the order the data README shows them: the
 * data type whose request draws it, its file in charts/, and, for the days
 * held, its Vega-Lite spec, its alt text and one line that reads it in words.
 * A chart's window ends at the newest day held, so the same days always give
 * the same chart.
 */
import type { TopLevelSpec } from 'vega-lite';
import { capitalize } from '../../lib/text.js';
import { addDays, type Day } from '../civil-days.js';
import type { DailyRow } from '../daily-csv.js';
import { barsSpec } from './bars.js';
import { calendarSpec, type Levels, quintileLevels } from './calendar.js';
import {
  type DayValue,
  dailyValues,
  dayRange,
  fullDay,
  hoursMinutes,
  lastDays,
  mean,
  monthDay,
  onePlace,
  present,
  whole,
} from './days.js';
import { HUE } from './theme.js';
import { trendSpec } from './trend.js';

/** One chart of the held days. */
export interface Drawing {
  readonly spec: TopLevelSpec;
  /** What it shows, for the image's alt text. */
  readonly alt: string;
  /** One line that reads it in words. */
  readonly words: string;
}

export interface Chart {
  /** Its file in charts/. */
  readonly file: string;
  /** The data type (as `types` names it) whose request draws it. */
  readonly type: string;
  /** The README's heading above it. */
  readonly heading: string;
  /** The chart of these rows, whose last is the newest day; undefined when its days hold no value. */
  draw(rows: readonly DailyRow[], newest: Day): Drawing | undefined;
}

const YEAR_DAYS = 365;
const RECENT_DAYS = 30;

const SLEEP_LEVELS: Levels = {
  from: [5, 6, 7, 8],
  names: ['< 5 h', '5 h+', '6 h+', '7 h+', '8 h+'],
};

export const CHARTS: readonly Chart[] = [
  {
    file: 'steps-year.svg',
    type: 'steps',
    heading: 'Steps',
    draw(rows, newest) {
      const { first, last } = lastDays(newest, YEAR_DAYS);
      const days = dailyValues(rows, 'steps', first, last);
      const values = present(days);
      const average = mean(values);
      if (average === undefined) return undefined;
      const range = dayRange(first, last);
      return {
        spec: calendarSpec({
          title: 'Steps a day',
          subtitle: range,
          hue: HUE.steps,
          days,
          levels: quintileLevels(values, 500, thousands),
        }),
        alt: `Calendar of steps a day, one square a day, ${range}: the darker, the more steps`,
        words: `${capitalize(yearName(rows, first))}: ${whole(average)} steps a day on average over ${values.length} days with data; 10,000 or more on ${values.filter((value) => value >= 10_000).length} of them.`,
      };
    },
  },
  {
    file: 'steps-30-days.svg',
    type: 'steps',
    heading: 'Steps',
    draw(rows, newest) {
      const { first, last } = lastDays(newest, RECENT_DAYS);
      const days = dailyValues(rows, 'steps', first, last);
      const average = mean(present(days));
      const most = highest(days);
      if (average === undefined || most === undefined) return undefined;
      const range = dayRange(first, last);
      return {
        spec: barsSpec({
          title: `Steps a day, last ${RECENT_DAYS} days`,
          subtitle: [range, `dashed: the average, ${whole(average)}`],
          hue: HUE.steps,
          days,
        }),
        alt: `Bar chart of steps a day from zero, ${range}, with a dashed line at the average`,
        words: `Last ${RECENT_DAYS} days: ${whole(average)} steps a day on average; the most, ${whole(most.value)}, on ${fullDay(most.day)}.`,
      };
    },
  },
  {
    file: 'sleep-year.svg',
    type: 'sleep',
    heading: 'Sleep',
    draw(rows, newest) {
      const { first, last } = lastDays(newest, YEAR_DAYS);
      // The main sleep only (sleep_minutes): a nap is not a night.
      const days = dailyValues(rows, 'sleep_minutes', first, last, 1 / 60);
      const hours = present(days);
      const average = mean(hours);
      if (average === undefined) return undefined;
      const range = dayRange(first, last);
      return {
        spec: calendarSpec({
          title: 'Hours asleep a night',
          subtitle: ['the main sleep, naps apart', range],
          hue: HUE.sleep,
          days,
          levels: SLEEP_LEVELS,
        }),
        alt: `Calendar of hours asleep each night (the main sleep), one square a day, ${range}: the darker, the longer`,
        words: `${capitalize(yearName(rows, first))}: ${hoursMinutes(average * 60)} asleep a night on average over ${hours.length} nights with data; 7 hours or more on ${hours.filter((value) => value >= 7).length} of them.`,
      };
    },
  },
  trendChart({
    file: 'resting-heart-rate-year.svg',
    type: 'daily-resting-heart-rate',
    heading: 'Resting heart rate',
    column: 'resting_heart_rate_bpm',
    unit: 'bpm',
    hue: HUE.heart,
    places: 0,
    averageDays: 7,
    each: 'day',
  }),
  trendChart({
    file: 'heart-rate-variability-year.svg',
    type: 'daily-heart-rate-variability',
    heading: 'Heart rate variability',
    column: 'hrv_ms',
    unit: 'ms',
    hue: HUE.variability,
    places: 0,
    averageDays: 7,
    each: 'day',
  }),
  trendChart({
    file: 'weight-year.svg',
    type: 'weight',
    heading: 'Weight',
    column: 'weight_kg',
    unit: 'kg',
    hue: HUE.weight,
    places: 1,
    averageDays: 30,
    each: 'weighing',
  }),
];

/** A year of a slowly drifting figure, each day and a running average. */
function trendChart(chart: {
  file: string;
  type: string;
  heading: string;
  column: string;
  unit: string;
  hue: (typeof HUE)[keyof typeof HUE];
  places: 0 | 1;
  /** The line's average: a figure measured now and then needs more days. */
  averageDays: number;
  /** What a dot is. */
  each: 'day' | 'weighing';
}): Chart {
  const figure = (value: number) =>
    `${chart.places === 0 ? whole(value) : onePlace(value)} ${chart.unit}`;
  return {
    file: chart.file,
    type: chart.type,
    heading: chart.heading,
    draw(rows, newest) {
      const { first, last } = lastDays(newest, YEAR_DAYS);
      const { averageDays } = chart;
      const days = dailyValues(rows, chart.column, addDays(first, 1 - averageDays), last);
      const year = days.slice(averageDays - 1);
      const recent = mean(present(year.slice(-averageDays)));
      const lowest = lowestOf(year);
      const highestDay = highest(year);
      if (lowest === undefined || highestDay === undefined) return undefined;
      const range = dayRange(first, last);
      const what = chart.heading.toLowerCase();
      return {
        spec: trendSpec({
          title: chart.heading,
          subtitle: [
            `${chart.unit}: a dot a ${chart.each}, the line the ${averageDays}-day average`,
            range,
          ],
          averageDays,
          hue: chart.hue,
          days,
          from: first,
          format: chart.places === 0 ? ',d' : ',.1f',
        }),
        alt: `Line chart of ${what} in ${chart.unit}, ${range}: a dot for each ${chart.each} and a line for the ${averageDays}-day average`,
        words: `${recent === undefined ? `No ${what} in the last ${averageDays} days` : `Last ${averageDays} days: ${figure(recent)} on average`}; ${yearName(rows, first)} from ${figure(lowest.value)} (${monthDay(lowest.day)}) to ${figure(highestDay.value)} (${monthDay(highestDay.day)}).`,
      };
    },
  };
}

/** How the words name a year's window: `last 12 months`, or `since Oct 1, 2026` when the folder holds less. */
function yearName(rows: readonly DailyRow[], first: Day): string {
  const oldest = rows[0]?.date;
  return oldest !== undefined && oldest > first ? `since ${fullDay(oldest)}` : 'last 12 months';
}

/** `7.5k`. */
function thousands(value: number): string {
  return `${value / 1000}k`;
}

type Valued = { readonly day: Day; readonly value: number };

function valued(days: readonly DayValue[]): Valued[] {
  return days.filter((entry): entry is Valued => entry.value !== undefined);
}

/** The day with the highest figure (the earliest of equals). */
function highest(days: readonly DayValue[]): Valued | undefined {
  return valued(days).reduce<Valued | undefined>(
    (best, entry) => (best === undefined || entry.value > best.value ? entry : best),
    undefined,
  );
}

/** The day with the lowest figure (the earliest of equals). */
function lowestOf(days: readonly DayValue[]): Valued | undefined {
  return valued(days).reduce<Valued | undefined>(
    (best, entry) => (best === undefined || entry.value < best.value ? entry : best),
    undefined,
  );
}
