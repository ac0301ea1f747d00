// A simulated person's health data for the Google Health API simulator: the same seed always
// gives the same days. Every day is generated from its own random stream, so a day does not
// depend on which other days were asked for. Days follow the person's time zone (the watch's):
// 23- and 25-hour days where it changes to or from daylight saving time. Written without the
// pull's own date code (src/health/civil-days.ts), so the two check each other.

/** How a test can force a day: the watch off the wrist all day, or worn without a step. */
export type DayOverride = 'off-wrist' | 'zero-steps' | 'no-sleep';

export interface PersonOptions {
  readonly seed: number;
  /** The watch's IANA time zone. */
  readonly timeZone: string;
  /** No data before this day (the account's first). */
  readonly firstDay: string;
  /** Intraday heart rate: one sample every this many seconds while worn. */
  readonly sampleSeconds: number;
}

/** A point as a listing returns it, with what the simulator filters and orders it by. */
export interface ListedPoint {
  /** The instant the type's physical-time filter compares (end of a sleep, a sample's time). */
  readonly time: number;
  /** The civil value its civil filter compares: `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`. */
  readonly civil: string;
  /** What newest-first orders by (an interval's start, a sample's time, a date's midnight). */
  readonly order: number;
  /** From this instant on the point has synced and is served. */
  readonly syncedFrom: number;
  readonly body: Record<string, unknown>;
}

const HOUR = 3_600_000;
const MINUTE = 60_000;
const DEVICE = {
  platform: 'FITBIT',
  recordingMethod: 'PASSIVELY_MEASURED',
  device: { displayName: 'Charge 6', formFactor: 'FITNESS_BAND', manufacturer: 'Google' },
};

/** Listings kept for the days last asked for: every page of a listing asks for them again. */
const CACHED_DAYS = { 'heart-rate': 64, other: 1_000 };

export class SimulatedPerson {
  readonly #overrides = new Map<string, DayOverride>();
  /** By path, then day: each path's own most recent days. */
  readonly #cache = new Map<string, Map<string, ListedPoint[]>>();
  readonly #offsetFormat: Intl.DateTimeFormat;
  readonly #civilFormat: Intl.DateTimeFormat;

  constructor(readonly options: PersonOptions) {
    this.#offsetFormat = new Intl.DateTimeFormat('en-US', {
      timeZone: options.timeZone,
      timeZoneName: 'longOffset',
    });
    this.#civilFormat = new Intl.DateTimeFormat('sv-SE', {
      timeZone: options.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
  }

  override(day: string, kind: DayOverride): void {
    this.#overrides.set(day, kind);
    this.#cache.clear();
  }

  /** The zone's offset from UTC at `instant`, in ms (from Intl's "GMT+01:00"). */
  offsetAt(instant: number): number {
    const name = this.#offsetFormat.formatToParts(instant).find((p) => p.type === 'timeZoneName');
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name?.value ?? '');
    if (!match) return 0;
    const sign = match[1] === '-' ? -1 : 1;
    return sign * (Number(match[2]) * HOUR + Number(match[3]) * MINUTE);
  }

  /** Local midnight of `day` as an instant: the UTC midnight moved by the offset, twice. */
  midnight(day: string): number {
    const [year = 0, month = 0, date = 0] = day.split('-').map(Number);
    const utc = Date.UTC(year, month - 1, date);
    const first = utc - this.offsetAt(utc);
    return utc - this.offsetAt(first);
  }

  /** `YYYY-MM-DDTHH:mm:ss` in the watch's zone. */
  civilAt(instant: number): string {
    return this.#civilFormat.format(instant).replace(' ', 'T');
  }

  /** The API's CivilDateTime: zero fields left out, as proto3 JSON leaves them. */
  civilMessage(instant: number): Record<string, unknown> {
    const civil = this.civilAt(instant);
    const [year, month, day, hours, minutes, seconds] = civil.split(/[-T:]/).map(Number);
    const time: Record<string, number> = {};
    if (hours) time.hours = hours;
    if (minutes) time.minutes = minutes;
    if (seconds) time.seconds = seconds;
    return { date: { year, month, day }, time };
  }

  utcOffset(instant: number): string {
    return `${Math.round(this.offsetAt(instant) / 1000)}s`;
  }

  #worn(day: string): boolean {
    return (
      day >= this.options.firstDay &&
      this.#override(day) !== 'off-wrist' &&
      this.#random(day, 'worn')() >= 0.02
    );
  }

  #override(day: string): DayOverride | undefined {
    return this.#overrides.get(day);
  }

  /** A random stream for one day and purpose: the same on every call. */
  #random(day: string, purpose: string): () => number {
    return mulberry32(hash(`${this.options.seed}|${day}|${purpose}`));
  }

  /** Steps in each hour of the day (23, 24 or 25 hours); undefined when the watch was off. */
  stepsByHour(day: string): { start: number; steps: number }[] | undefined {
    if (!this.#worn(day)) return undefined;
    const start = this.midnight(day);
    const hours = Math.round((this.midnight(nextDay(day)) - start) / HOUR);
    const random = this.#random(day, 'steps');
    const zero = this.#override(day) === 'zero-steps' || random() < 0.01;
    const activity = 0.5 + random();
    return Array.from({ length: hours }, (_, index) => {
      const local = new Date(
        start + index * HOUR + this.offsetAt(start + index * HOUR),
      ).getUTCHours();
      const awake = local >= 7 && local < 23;
      const steps = zero || !awake ? 0 : Math.round(random() * 1400 * activity);
      return { start: start + index * HOUR, steps };
    });
  }

  /** Intraday heart rate while worn: a day's curve, off for a shower, none on an off-wrist day. */
  heartRateSamples(day: string): { time: number; bpm: number }[] {
    if (!this.#worn(day)) return [];
    const start = this.midnight(day);
    const end = this.midnight(nextDay(day));
    const random = this.#random(day, 'heart');
    const base = 58 + Math.floor(random() * 10);
    const showerStart = start + (18 + random() * 3) * HOUR;
    const step = this.options.sampleSeconds * 1000;
    const samples: { time: number; bpm: number }[] = [];
    let hourStart = Number.NEGATIVE_INFINITY;
    let local = 0;
    for (let time = start; time < end; time += step) {
      if (time >= hourStart + HOUR) {
        // The local hour, looked up once an hour: offsets change on whole hours only.
        hourStart = time - ((time - start) % HOUR);
        local = new Date(hourStart + this.offsetAt(hourStart)).getUTCHours();
      }
      if (time >= showerStart && time < showerStart + 40 * MINUTE) continue;
      const lift = local >= 7 && local < 23 ? 14 + Math.sin(local / 3) * 6 : 0;
      samples.push({ time, bpm: Math.round(base + lift + random() * 12) });
    }
    return samples;
  }

  /** Sleep sessions that end on `day`: the night before, and now and then a nap. */
  sleepSessions(day: string): { start: number; end: number; nap: boolean; id: string }[] {
    if (day < this.options.firstDay || this.#override(day) === 'no-sleep') return [];
    if (this.#override(day) === 'off-wrist') return [];
    const random = this.#random(day, 'sleep');
    const sessions: { start: number; end: number; nap: boolean; id: string }[] = [];
    const midnight = this.midnight(day);
    if (random() >= 0.03) {
      const start = midnight - Math.round((1 + random() * 1.5) * 60) * MINUTE;
      const end = start + Math.round((7 + random() * 2.5) * 60) * MINUTE;
      sessions.push({ start, end, nap: false, id: idOf(`${this.options.seed}|${day}|night`) });
    }
    if (random() < 0.1) {
      const start = midnight + 13 * HOUR + Math.round(random() * 60) * MINUTE;
      const end = start + Math.round(20 + random() * 40) * MINUTE;
      sessions.push({ start, end, nap: true, id: idOf(`${this.options.seed}|${day}|nap`) });
    }
    return sessions;
  }

  /** Stages covering a session without gaps; naps are classic (asleep / restless / awake). */
  sleepStages(session: { start: number; end: number; nap: boolean; id: string }) {
    const random = mulberry32(hash(`stages|${session.id}`));
    const kinds = session.nap
      ? ['ASLEEP', 'RESTLESS', 'ASLEEP', 'AWAKE']
      : ['LIGHT', 'DEEP', 'LIGHT', 'REM', 'AWAKE'];
    const stages: { start: number; end: number; type: string }[] = [];
    let at = session.start;
    let index = 0;
    while (at < session.end) {
      const length = Math.round(5 + random() * 35) * MINUTE;
      const end = Math.min(session.end, at + length);
      stages.push({ start: at, end, type: kinds[index % kinds.length] ?? 'LIGHT' });
      at = end;
      index += 1;
    }
    return stages;
  }

  restingHeartRate(day: string): number | undefined {
    if (!this.#worn(day)) return undefined;
    const random = this.#random(day, 'resting');
    // A slow drift over the year, so the year's chart has a shape.
    const dayOfYear = Math.floor(
      (this.midnight(day) - this.midnight(`${day.slice(0, 4)}-01-01`)) / (24 * HOUR),
    );
    return Math.round(56 + 4 * Math.sin((dayOfYear / 365) * 2 * Math.PI) + random() * 4);
  }

  heartRateVariability(day: string): number | undefined {
    if (!this.#worn(day)) return undefined;
    return round(30 + this.#random(day, 'hrv')() * 40, 1);
  }

  oxygenSaturation(day: string): number | undefined {
    if (!this.#worn(day)) return undefined;
    return round(94 + this.#random(day, 'spo2')() * 4, 1);
  }

  /** A weighing on about a third of the mornings. */
  weighing(day: string): { time: number; grams: number } | undefined {
    if (day < this.options.firstDay) return undefined;
    const random = this.#random(day, 'weight');
    if (random() >= 0.3) return undefined;
    return {
      time: this.midnight(day) + 7 * HOUR + Math.round(random() * 50) * MINUTE,
      grams: round(72_000 + random() * 2_000, 1),
    };
  }

  /** The day's sleep stage segments and summary, as the API's Sleep message. */
  sleepBody(session: { start: number; end: number; nap: boolean; id: string }, updatedAt: number) {
    const stages = this.sleepStages(session);
    const minutes = (type: string) =>
      stages
        .filter((stage) => stage.type === type)
        .reduce((sum, s) => sum + (s.end - s.start) / MINUTE, 0);
    const types = [...new Set(stages.map((stage) => stage.type))].sort();
    const awake = minutes('AWAKE');
    const total = (session.end - session.start) / MINUTE;
    const created = iso(session.end + 5 * MINUTE);
    return {
      interval: this.#interval(session.start, session.end),
      type: session.nap ? 'CLASSIC' : 'STAGES',
      stages: stages.map((stage) => ({
        startTime: iso(stage.start),
        startUtcOffset: this.utcOffset(stage.start),
        endTime: iso(stage.end),
        endUtcOffset: this.utcOffset(stage.end),
        type: stage.type,
        createTime: created,
        updateTime: iso(updatedAt),
      })),
      summary: {
        minutesAsleep: String(Math.round(total - awake - minutes('RESTLESS'))),
        minutesAwake: String(Math.round(awake)),
        minutesInSleepPeriod: String(Math.round(total)),
        minutesToFallAsleep: '0',
        minutesAfterWakeUp: '0',
        stagesSummary: types.map((type) => ({
          type,
          minutes: String(Math.round(minutes(type))),
          count: String(stages.filter((stage) => stage.type === type).length),
        })),
      },
      metadata: {
        nap: session.nap,
        processed: true,
        manuallyEdited: false,
        stagesStatus: session.nap ? 'REJECTED_NAP' : 'SUCCEEDED',
      },
      createTime: created,
      updateTime: iso(updatedAt),
    };
  }

  #interval(start: number, end: number) {
    return {
      startTime: iso(start),
      startUtcOffset: this.utcOffset(start),
      endTime: iso(end),
      endUtcOffset: this.utcOffset(end),
      civilStartTime: this.civilMessage(start),
      civilEndTime: this.civilMessage(end),
    };
  }

  /**
   * What a listing of `apiPath` holds for `day`: each point with the instant and
   * civil value its filter compares and the instant it synced from.
   * `updatedAt` is when the data last synced: sleep's updateTime, a volatile field.
   */
  listed(apiPath: string, day: string, updatedAt: number): ListedPoint[] {
    // Sleep carries updateTime, which changes with every sync.
    const key = apiPath === 'sleep' ? `${day}|${updatedAt}` : day;
    const cache = this.#cache.get(apiPath) ?? new Map<string, ListedPoint[]>();
    this.#cache.set(apiPath, cache);
    let points = cache.get(key);
    if (points === undefined) {
      points = this.#listed(apiPath, day, updatedAt);
      cache.set(key, points);
      const limit = apiPath === 'heart-rate' ? CACHED_DAYS['heart-rate'] : CACHED_DAYS.other;
      if (cache.size > limit) cache.delete(cache.keys().next().value ?? '');
    }
    return points;
  }

  #listed(apiPath: string, day: string, updatedAt: number): ListedPoint[] {
    const date = dateMessage(day);
    const dayStart = this.midnight(day);
    // Daily summaries are computed after the night that ends the day's sleep.
    const summaryReady = dayStart + 8 * HOUR;
    const daily = (field: string, value: Record<string, unknown> | undefined): ListedPoint[] =>
      value === undefined
        ? []
        : [
            {
              time: dayStart,
              civil: day,
              order: dayStart,
              syncedFrom: summaryReady,
              body: { dataSource: DEVICE, [field]: { date, ...value } },
            },
          ];
    switch (apiPath) {
      case 'sleep':
        return this.sleepSessions(day).map((session) => ({
          time: session.end,
          civil: this.civilAt(session.end),
          order: session.start,
          syncedFrom: session.end,
          body: {
            name: `users/me/dataTypes/sleep/dataPoints/${session.id}`,
            dataSource: DEVICE,
            sleep: this.sleepBody(session, updatedAt),
          },
        }));
      case 'heart-rate':
        return this.heartRateSamples(day).map((sample) => ({
          time: sample.time,
          civil: this.civilAt(sample.time),
          order: sample.time,
          syncedFrom: sample.time,
          body: {
            dataSource: DEVICE,
            heartRate: {
              sampleTime: {
                physicalTime: iso(sample.time),
                utcOffset: this.utcOffset(sample.time),
                civilTime: this.civilMessage(sample.time),
              },
              beatsPerMinute: String(sample.bpm),
            },
          },
        }));
      case 'daily-resting-heart-rate': {
        const bpm = this.restingHeartRate(day);
        return daily(
          'dailyRestingHeartRate',
          bpm === undefined
            ? undefined
            : {
                beatsPerMinute: String(bpm),
                dailyRestingHeartRateMetadata: { calculationMethod: 'WITH_SLEEP' },
              },
        );
      }
      case 'daily-heart-rate-variability': {
        const ms = this.heartRateVariability(day);
        return daily(
          'dailyHeartRateVariability',
          ms === undefined ? undefined : { averageHeartRateVariabilityMilliseconds: ms },
        );
      }
      case 'daily-oxygen-saturation': {
        const percent = this.oxygenSaturation(day);
        return daily(
          'dailyOxygenSaturation',
          percent === undefined
            ? undefined
            : {
                averagePercentage: percent,
                lowerBoundPercentage: round(percent - 1.5, 1),
                upperBoundPercentage: round(percent + 1.2, 1),
              },
        );
      }
      case 'weight': {
        const weighing = this.weighing(day);
        if (weighing === undefined) return [];
        return [
          {
            time: weighing.time,
            civil: this.civilAt(weighing.time),
            order: weighing.time,
            syncedFrom: weighing.time,
            body: {
              dataSource: {
                ...DEVICE,
                device: { displayName: 'Aria Air', formFactor: 'SCALE', manufacturer: 'Google' },
              },
              weight: {
                sampleTime: {
                  physicalTime: iso(weighing.time),
                  utcOffset: this.utcOffset(weighing.time),
                  civilTime: this.civilMessage(weighing.time),
                },
                weightGrams: weighing.grams,
              },
            },
          },
        ];
      }
      default:
        return [];
    }
  }

  /**
   * The day's roll-up of `apiPath` over what has synced by `syncedUntil`;
   * undefined when nothing has (off the wrist, or not synced yet). A worn day
   * without a step is a true zero: countSum "0".
   */
  rolledUp(apiPath: string, day: string, syncedUntil: number): Record<string, unknown> | undefined {
    const window = {
      civilStartTime: { date: dateMessage(day) },
      civilEndTime: { date: dateMessage(nextDay(day)) },
    };
    if (apiPath === 'heart-rate') {
      const values = this.heartRateSamples(day)
        .filter((sample) => sample.time < syncedUntil)
        .map((sample) => sample.bpm);
      if (values.length === 0) return undefined;
      const average = values.reduce((sum, value) => sum + value, 0) / values.length;
      return {
        ...window,
        heartRate: {
          beatsPerMinuteMin: Math.min(...values),
          beatsPerMinuteAvg: round(average, 2),
          beatsPerMinuteMax: Math.max(...values),
        },
      };
    }
    const hours = this.stepsByHour(day)?.filter((hour) => hour.start < syncedUntil);
    if (hours === undefined || hours.length === 0) return undefined;
    const steps = hours.reduce((sum, hour) => sum + hour.steps, 0);
    switch (apiPath) {
      case 'steps':
        return { ...window, steps: { countSum: String(steps) } };
      case 'distance':
        return { ...window, distance: { millimetersSum: String(steps * 762) } };
      case 'floors':
        return { ...window, floors: { countSum: String(Math.floor(steps / 900)) } };
      case 'total-calories':
        return { ...window, totalCalories: { kcalSum: round(1_650 + steps * 0.045, 1) } };
      default:
        return undefined;
    }
  }
}

export function nextDay(day: string): string {
  const [year = 0, month = 0, date = 0] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

export function dateMessage(day: string): { year: number; month: number; day: number } {
  const [year = 0, month = 0, date = 0] = day.split('-').map(Number);
  return { year, month, day: date };
}

function iso(instant: number): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function round(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

/** FNV-1a, 32 bits: a seed out of a string. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

/** A small, well-known PRNG: deterministic for a seed. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function idOf(text: string): string {
  return `${hash(text).toString(16).padStart(8, '0')}${hash(`${text}|2`).toString(16).padStart(8, '0')}`;
}
