// A simulated person's health data for the Google Health API simulator: the same seed always
// gives the same days. Every day is generated from its own random stream, so a day does not
// depend on which other days were asked for. Days follow the person's own time zone, the
// watch's: 23- and 25-hour days where it changes to or from daylight saving time, and a
// traveller's longer or shorter day where they fly into another zone (`moves`). Every point
// carries the UTC offset of its own instant, as the API's do. Intraday heart rate comes at the
// density the live API holds (a sample every ~2 s awake and in exercise, sparser asleep:
// about 37,000 on an active day), kept compactly and turned into the API's points only for the
// page that is served. Written without the pull's own date code (src/health/civil-days.ts), so
// the two check each other.

/**
 * How a test can force a day: off the wrist all day, worn without a step, no sleep, only a
 * nap, or the watch on the charger all day but an hour (from 12:00: few intraday samples).
 */
export type DayOverride = 'off-wrist' | 'zero-steps' | 'no-sleep' | 'nap-only' | 'worn-an-hour';

/** From `at` (an instant) on, the person lives in `timeZone`: a flight, a move. */
export interface ZoneMove {
  readonly at: string;
  readonly timeZone: string;
}

export interface PersonOptions {
  readonly seed: number;
  /** The watch's IANA time zone (before the first move). */
  readonly timeZone: string;
  /** No data before this day (the account's first). */
  readonly firstDay: string;
  /**
   * Intraday heart rate: one sample every this many seconds while worn, all day (a watch set
   * to a fixed rate). Undefined: the live API's density (about every 2 s, sparser asleep).
   */
  readonly sampleSeconds?: number | undefined;
  /** Where the person travels, oldest first; each move at a whole hour. */
  readonly moves?: readonly ZoneMove[] | undefined;
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

/** A day's intraday heart rate, oldest first: instants (epoch ms) and beats per minute. */
export interface HeartRateDay {
  readonly times: Float64Array;
  readonly bpm: Uint8Array;
}

interface Session {
  readonly start: number;
  readonly end: number;
  readonly nap: boolean;
  readonly id: string;
}

const HOUR = 3_600_000;
const MINUTE = 60_000;
const SECOND = 1_000;
const DEVICE = {
  platform: 'FITBIT',
  recordingMethod: 'PASSIVELY_MEASURED',
  device: { displayName: 'Charge 6', formFactor: 'FITNESS_BAND', manufacturer: 'Google' },
};

/** Days kept generated: listings and roll-ups ask for the same days again page after page. */
const CACHED_DAYS = { 'heart-rate': 48, other: 1_000 };

export class SimulatedPerson {
  readonly #overrides = new Map<string, DayOverride>();
  /** By path, then day: each path's own most recent days. */
  readonly #cache = new Map<string, Map<string, ListedPoint[]>>();
  readonly #heartRate = new Map<string, HeartRateDay>();
  /** The offset in ms, by the hour (epoch ms ÷ 1 h): zones change on whole hours. */
  readonly #offsets = new Map<number, number>();
  readonly #offsetFormats = new Map<string, Intl.DateTimeFormat>();
  readonly #moves: readonly { at: number; timeZone: string }[];

  constructor(readonly options: PersonOptions) {
    this.#moves = (options.moves ?? []).map((move) => ({
      at: Date.parse(move.at),
      timeZone: move.timeZone,
    }));
  }

  override(day: string, kind: DayOverride): void {
    this.#overrides.set(day, kind);
    this.#cache.clear();
    this.#heartRate.clear();
  }

  /** The IANA zone the person is in at `instant`. */
  zoneAt(instant: number): string {
    let zone = this.options.timeZone;
    for (const move of this.#moves) if (move.at <= instant) zone = move.timeZone;
    return zone;
  }

  /** The person's offset from UTC at `instant`, in ms (from Intl's "GMT+01:00"). */
  offsetAt(instant: number): number {
    const hour = Math.floor(instant / HOUR);
    let offset = this.#offsets.get(hour);
    if (offset === undefined) {
      offset = this.#zoneOffset(this.zoneAt(hour * HOUR), hour * HOUR);
      this.#offsets.set(hour, offset);
    }
    return offset;
  }

  #zoneOffset(timeZone: string, instant: number): number {
    let format = this.#offsetFormats.get(timeZone);
    if (format === undefined) {
      format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
      this.#offsetFormats.set(timeZone, format);
    }
    const name = format.formatToParts(instant).find((p) => p.type === 'timeZoneName');
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name?.value ?? '');
    if (!match) return 0;
    const sign = match[1] === '-' ? -1 : 1;
    return sign * (Number(match[2]) * HOUR + Number(match[3]) * MINUTE);
  }

  /** The person's local midnight of `day` as an instant: the UTC midnight moved by the offset, until it holds. */
  midnight(day: string): number {
    const [year = 0, month = 0, date = 0] = day.split('-').map(Number);
    const utc = Date.UTC(year, month - 1, date);
    let instant = utc - this.offsetAt(utc);
    for (let round = 0; round < 3; round++) instant = utc - this.offsetAt(instant);
    return instant;
  }

  /** `YYYY-MM-DDTHH:mm:ss` on the person's clock at `instant`. */
  civilAt(instant: number): string {
    return new Date(instant + this.offsetAt(instant)).toISOString().slice(0, 19);
  }

  /** The API's CivilDateTime: zero fields left out, as proto3 JSON leaves them. */
  civilMessage(instant: number): Record<string, unknown> {
    const local = new Date(instant + this.offsetAt(instant));
    const time: Record<string, number> = {};
    if (local.getUTCHours()) time.hours = local.getUTCHours();
    if (local.getUTCMinutes()) time.minutes = local.getUTCMinutes();
    if (local.getUTCSeconds()) time.seconds = local.getUTCSeconds();
    const date = {
      year: local.getUTCFullYear(),
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate(),
    };
    return { date, time };
  }

  /** The API's google-duration offset, such as "3600s" or "-25200s". */
  utcOffset(instant: number): string {
    return `${Math.round(this.offsetAt(instant) / SECOND)}s`;
  }

  /** The hour on the person's clock at `instant` (0–23). */
  localHour(instant: number): number {
    return new Date(instant + this.offsetAt(instant)).getUTCHours();
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

  /** Steps in each hour of the day (23, 24 or 25 hours, more or fewer for a traveller); undefined when the watch was off. */
  stepsByHour(day: string): { start: number; steps: number }[] | undefined {
    if (!this.#worn(day)) return undefined;
    const start = this.midnight(day);
    const hours = Math.round((this.midnight(nextDay(day)) - start) / HOUR);
    const random = this.#random(day, 'steps');
    const zero = this.#override(day) === 'zero-steps' || random() < 0.01;
    const activity = 0.5 + random();
    return Array.from({ length: hours }, (_, index) => {
      const local = this.localHour(start + index * HOUR);
      const awake = local >= 7 && local < 23;
      const steps = zero || !awake ? 0 : Math.round(random() * 1400 * activity);
      return { start: start + index * HOUR, steps };
    });
  }

  /** A workout on about 60 % of the days: 30 to 90 minutes between 07:00 and 19:00. */
  workout(day: string): { start: number; end: number } | undefined {
    const random = this.#random(day, 'workout');
    if (random() >= 0.6) return undefined;
    const start = this.midnight(day) + (7 + random() * 12) * HOUR;
    return { start, end: start + Math.round(30 + random() * 60) * MINUTE };
  }

  /**
   * Intraday heart rate of the day while worn, oldest first; none on a day off the wrist, and
   * off for a 40-minute shower. At the live API's density unless `sampleSeconds` fixes a rate:
   * in exercise and awake a sample every 1 to 3 s (mostly 2), asleep every 4 to 6 s.
   */
  heartRateDay(day: string): HeartRateDay {
    const cached = this.#heartRate.get(day);
    if (cached) return cached;
    const samples = this.#heartRateDay(day);
    this.#heartRate.set(day, samples);
    if (this.#heartRate.size > CACHED_DAYS['heart-rate']) {
      this.#heartRate.delete(this.#heartRate.keys().next().value ?? '');
    }
    return samples;
  }

  #heartRateDay(day: string): HeartRateDay {
    if (!this.#worn(day)) return { times: new Float64Array(0), bpm: new Uint8Array(0) };
    const charging = this.#override(day) === 'worn-an-hour';
    const start = this.midnight(day) + (charging ? 12 * HOUR : 0);
    const end = charging ? start + HOUR : this.midnight(nextDay(day));
    const random = this.#random(day, 'heart');
    // The day's resting heart rate anchors the rest: asleep below it, awake above, as a watch sees it.
    const base = this.restingHeartRate(day) ?? 58;
    const showerStart = start + Math.round(((18 + random() * 3) * HOUR) / SECOND) * SECOND;
    const showerEnd = showerStart + 40 * MINUTE;
    const fixed = this.options.sampleSeconds;
    const asleep = fixed ? [] : [...this.sleepSessions(day), ...this.sleepSessions(nextDay(day))];
    const workout = fixed ? undefined : this.workout(day);
    const capacity = Math.ceil((end - start) / ((fixed ?? 1) * SECOND)) + 1;
    const times = new Float64Array(capacity);
    const bpm = new Uint8Array(capacity);
    let count = 0;
    let time = start;
    let hourEnd = Number.NEGATIVE_INFINITY;
    let local = 0;
    while (time < end) {
      if (time >= showerStart && time < showerEnd) {
        time = fixed ? time + fixed * SECOND : showerEnd;
        continue;
      }
      if (time >= hourEnd) {
        // The clock's hour, looked up once an hour: offsets change on whole hours only.
        hourEnd = (Math.floor(time / HOUR) + 1) * HOUR;
        local = this.localHour(time);
      }
      const sleeping = asleep.some((session) => time >= session.start && time < session.end);
      const exercising = workout !== undefined && time >= workout.start && time < workout.end;
      const lift = exercising
        ? 60 + random() * 30
        : !sleeping && local >= 7 && local < 23
          ? 14 + Math.sin(local / 3) * 6
          : -9;
      times[count] = time;
      bpm[count] = Math.round(base + lift + random() * 8);
      count += 1;
      const draw = random();
      const gap =
        fixed ?? (sleeping ? 4 + Math.floor(draw * 3) : draw < 0.3 ? 1 : draw < 0.85 ? 2 : 3);
      time += gap * SECOND;
    }
    return { times: times.slice(0, count), bpm: bpm.slice(0, count) };
  }

  /**
   * Sleep sessions that end on `day`: the night before, on about 4 % of days none, and a
   * nap now and then (most days without a night have one, and a day can have only a nap).
   */
  sleepSessions(day: string): Session[] {
    const override = this.#override(day);
    // No watch on the wrist, no sleep recorded.
    if (!this.#worn(day) || override === 'no-sleep') return [];
    const random = this.#random(day, 'sleep');
    const sessions: Session[] = [];
    const midnight = this.midnight(day);
    const night = random() >= 0.04 && override !== 'nap-only';
    if (night) {
      const start = midnight - Math.round((1 + random() * 1.5) * 60) * MINUTE;
      const end = start + Math.round((7 + random() * 2.5) * 60) * MINUTE;
      sessions.push({ start, end, nap: false, id: idOf(`${this.options.seed}|${day}|night`) });
    }
    if (random() < (night ? 0.15 : 0.6) || override === 'nap-only') {
      const start = midnight + 13 * HOUR + Math.round(random() * 60) * MINUTE;
      const end = start + Math.round(10 + random() * 50) * MINUTE;
      sessions.push({ start, end, nap: true, id: idOf(`${this.options.seed}|${day}|nap`) });
    }
    return sessions;
  }

  /** Stages covering a session without gaps; naps are classic (asleep / restless / awake). */
  sleepStages(session: Session) {
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

  /** A weighing on about a third of the days: mostly in the morning, now and then late in the evening. */
  weighing(day: string): { time: number; grams: number } | undefined {
    if (day < this.options.firstDay) return undefined;
    const random = this.#random(day, 'weight');
    if (random() >= 0.3) return undefined;
    const hour = random() < 0.8 ? 7 : 22;
    return {
      time: this.midnight(day) + hour * HOUR + Math.round(random() * 50) * MINUTE,
      grams: round(72_000 + random() * 2_000, 1),
    };
  }

  /** The day's sleep stage segments and summary, as the API's Sleep message. */
  sleepBody(session: Session, updatedAt: number) {
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

  /** One intraday sample as the API's data point. */
  heartRatePoint(time: number, bpm: number): Record<string, unknown> {
    return {
      dataSource: DEVICE,
      heartRate: {
        sampleTime: {
          physicalTime: iso(time),
          utcOffset: this.utcOffset(time),
          civilTime: this.civilMessage(time),
        },
        beatsPerMinute: String(bpm),
      },
    };
  }

  /**
   * What a listing of `apiPath` holds for `day` (intraday heart rate apart: heartRateDay, kept
   * compactly):
   * each point with the instant and civil value its filter compares and the instant it synced
   * from. `updatedAt` is when the data last synced: sleep's updateTime, a volatile field.
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
      if (cache.size > CACHED_DAYS.other) cache.delete(cache.keys().next().value ?? '');
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
      const { times, bpm } = this.heartRateDay(day);
      let min = Number.POSITIVE_INFINITY;
      let max = Number.NEGATIVE_INFINITY;
      let total = 0;
      let count = 0;
      for (let index = 0; index < times.length && (times[index] ?? 0) < syncedUntil; index++) {
        const value = bpm[index] ?? 0;
        min = Math.min(min, value);
        max = Math.max(max, value);
        total += value;
        count += 1;
      }
      if (count === 0) return undefined;
      return {
        ...window,
        heartRate: {
          beatsPerMinuteMin: min,
          beatsPerMinuteAvg: round(total / count, 2),
          beatsPerMinuteMax: max,
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

export function previousDay(day: string): string {
  const [year = 0, month = 0, date = 0] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date - 1)).toISOString().slice(0, 10);
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
