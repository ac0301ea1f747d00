// Google Health API v4 data-point simulator (health.googleapis.com), as the reference and
// ../shared/docs/google-health-oauth.md §1 and §7 describe it: `dataPoints` listings with a
// `filter` (only >= and <, joined with AND; snake_case fields; physical time in RFC 3339, civil
// time as `YYYY-MM-DD[THH:mm:ss]` on the person's own clock, dates; anything else is
// 400 INVALID_DATA_POINT_FILTER), newest first, nextPageToken; page sizes as served live
// (sleep 25; otherwise at most 5,000 points whatever pageSize asks, default 1,440), and an
// intraday listing whose scan crosses a whole UTC day without a sample answers an empty page
// that still carries a token; `dataPoints:dailyRollUp` over the person's civil dates with its
// range caps (90 days, 14 for heart-rate and total-calories) answering 400 beyond them; int64
// values as strings; Google's error shape; a bearer token with scopes (401, 403); a per-user
// limit of 300 requests a minute (429 with Retry-After); injected faults and latency; data that
// syncs late; days off the wrist (no point) apart from true zeros; points with their own UTC
// offsets, in a zone with daylight saving time, for a person who may travel.

import type { IncomingMessage } from 'node:http';
import { answerWithFaults, FaultQueue } from './faults.js';
import {
  type DayOverride,
  type ListedPoint,
  nextDay,
  previousDay,
  SimulatedPerson,
  type ZoneMove,
} from './health-data.js';
import { type Reply, type RunningServer, readBody, startServer } from './server.js';

const SCOPE = 'https://www.googleapis.com/auth/googlehealth.';
const ACTIVITY = 'activity_and_fitness';
const METRICS = 'health_metrics_and_measurements';

/** Per path: the scope area it needs, its filter fields, its page cap, its roll-up range cap. */
const TYPES: Record<
  string,
  {
    area: string;
    filters?: Record<string, 'physical' | 'civil' | 'date'>;
    pageCap?: number;
    rollUpDays?: number;
  }
> = {
  steps: { area: ACTIVITY, rollUpDays: 90 },
  distance: { area: ACTIVITY, rollUpDays: 90 },
  floors: { area: ACTIVITY, rollUpDays: 90 },
  'total-calories': { area: ACTIVITY, rollUpDays: 14 },
  sleep: {
    area: 'sleep',
    filters: { 'sleep.interval.end_time': 'physical', 'sleep.interval.civil_end_time': 'civil' },
    pageCap: 25,
  },
  'heart-rate': {
    area: METRICS,
    filters: {
      'heart_rate.sample_time.physical_time': 'physical',
      'heart_rate.sample_time.civil_time': 'civil',
    },
    rollUpDays: 14,
  },
  'daily-resting-heart-rate': {
    area: METRICS,
    filters: { 'daily_resting_heart_rate.date': 'date' },
  },
  'daily-heart-rate-variability': {
    area: METRICS,
    filters: { 'daily_heart_rate_variability.date': 'date' },
  },
  'daily-oxygen-saturation': { area: METRICS, filters: { 'daily_oxygen_saturation.date': 'date' } },
  weight: {
    area: METRICS,
    filters: {
      'weight.sample_time.physical_time': 'physical',
      'weight.sample_time.civil_time': 'civil',
    },
  },
};

const DEFAULT_PAGE = 1440;
/** The reference's largest pageSize (larger ones are truncated to it). */
const MAX_PAGE = 10_000;
/** What one page really holds, whatever pageSize asks (seen live by a third party). */
const SERVED_PAGE = 5_000;
const DAY_MS = 86_400_000;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CIVIL = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2})?$/;

export interface HealthSimOptions {
  /** The simulated person's data; the same seed gives the same days. Default 1. */
  seed?: number;
  /** The watch's IANA time zone. Default Europe/Berlin (daylight saving time). */
  timeZone?: string;
  /** No data before this day. Default 2020-01-01. */
  firstDay?: string;
  /** Data recorded at or after this instant has not synced yet (epoch ms). Default: all synced. */
  syncedUntil?: number;
  /** Every answer waits this long. */
  latencyMs?: number;
  /** The per-user limit. Default 300 requests in any 60 s. */
  perUserLimit?: { requests: number; windowMs: number };
  /** Intraday heart rate: a sample every this many seconds all day. Default: the live density. */
  sampleSeconds?: number;
  /** The person travels: from each instant on, another zone. */
  moves?: readonly ZoneMove[];
  /** Scopes of a token this simulator did not issue itself (e.g. the Google OAuth simulator's). */
  tokenScopes?: (token: string) => readonly string[] | undefined;
  /** Clock in epoch ms, for the rate limit's window. */
  now?: () => number;
}

/** One request as the simulator saw it, with the status it got. */
export interface HealthRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** The JSON body of a POST (undefined for a GET or a body that is not JSON). */
  body: unknown;
  /** Set when the answer is sent. */
  status?: number;
  receivedAt: number;
}

export interface HealthSim {
  url: string;
  /** A token this simulator accepts, with its scopes (full URLs or the part after googlehealth.). */
  addToken(token: string, scopes: readonly string[]): void;
  /** Data recorded before `instant` has synced (a watch that synced late catches up). */
  syncUntil(instant: number): void;
  /** Force a day: off the wrist (no point at all), worn without a step (a true zero), no sleep. */
  setDay(day: string, kind: DayOverride): void;
  /** Points of a listing of `apiPath` over [from, through], all synced: for minimum counts. */
  listedCount(apiPath: string, from: string, through: string): number;
  readonly person: SimulatedPerson;
  readonly requests: HealthRequest[];
  readonly faults: FaultQueue;
  /** Requests the per-user limit answered 429 (injected faults not counted). */
  readonly rateLimited: number;
  close(): Promise<void>;
}

const googleError = (
  code: number,
  status: string,
  message: string,
  reason?: string,
  headers: Record<string, string> = {},
): Reply => ({
  status: code,
  headers,
  body: {
    error: {
      code,
      message,
      status,
      ...(reason
        ? {
            details: [
              {
                '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
                reason,
                domain: 'health.googleapis.com',
              },
            ],
          }
        : {}),
    },
  },
});

const badFilter = (message: string) =>
  googleError(400, 'INVALID_ARGUMENT', message, 'INVALID_DATA_POINT_FILTER');
const invalid = (message: string) => googleError(400, 'INVALID_ARGUMENT', message);

export async function startHealthSim(options: HealthSimOptions = {}): Promise<HealthSim> {
  const now = options.now ?? Date.now;
  const person = new SimulatedPerson({
    seed: options.seed ?? 1,
    timeZone: options.timeZone ?? 'Europe/Berlin',
    firstDay: options.firstDay ?? '2020-01-01',
    sampleSeconds: options.sampleSeconds,
    moves: options.moves,
  });
  const limit = options.perUserLimit ?? { requests: 300, windowMs: 60_000 };
  const tokens = new Map<string, readonly string[]>();
  const faults = new FaultQueue();
  const requests: HealthRequest[] = [];
  const sentAt = new Map<string, number[]>();
  let syncedUntil = options.syncedUntil ?? Number.POSITIVE_INFINITY;
  /** When the watch last synced: the sleep sessions' updateTime, which a pull must not store. */
  let syncedAt = now();
  let rateLimited = 0;

  function scopesOf(token: string): readonly string[] | undefined {
    return tokens.get(token) ?? options.tokenScopes?.(token);
  }

  /** The per-user window: a 429 with the seconds until its oldest request leaves it. */
  function overLimit(user: string): Reply | undefined {
    const at = now();
    const window = (sentAt.get(user) ?? []).filter((time) => time > at - limit.windowMs);
    sentAt.set(user, window);
    if (window.length < limit.requests) {
      window.push(at);
      return undefined;
    }
    rateLimited += 1;
    const seconds = Math.max(1, Math.ceil(((window[0] ?? at) + limit.windowMs - at) / 1000));
    return googleError(
      429,
      'RESOURCE_EXHAUSTED',
      "Quota exceeded for quota metric 'Requests' and limit 'Requests per minute per user' of service 'health.googleapis.com'.",
      'RATE_LIMIT_EXCEEDED',
      { 'retry-after': String(seconds) },
    );
  }

  function route(request: HealthRequest, authorization: string | undefined): Reply {
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    const scopes = token === undefined ? undefined : scopesOf(token);
    if (scopes === undefined) {
      return googleError(
        401,
        'UNAUTHENTICATED',
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
        'ACCESS_TOKEN_TYPE_UNSUPPORTED',
      );
    }
    const limited = overLimit(token ?? '');
    if (limited) return limited;
    const match = /^\/v4\/users\/me\/dataTypes\/([^/:]+)\/dataPoints(:dailyRollUp)?$/.exec(
      request.path,
    );
    const type = match ? TYPES[match[1] ?? ''] : undefined;
    if (!match || !type) {
      return googleError(404, 'NOT_FOUND', `The requested URL ${request.path} was not found.`);
    }
    const apiPath = match[1] ?? '';
    const granted = scopes.some(
      (scope) =>
        scope === `${SCOPE}${type.area}.readonly` ||
        scope === `${SCOPE}${type.area}` ||
        scope === `${type.area}.readonly`,
    );
    if (!granted) {
      return googleError(
        403,
        'PERMISSION_DENIED',
        'Request had insufficient authentication scopes.',
        'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
      );
    }
    if (match[2]) {
      return request.method === 'POST'
        ? dailyRollUp(apiPath, type.rollUpDays, request.body)
        : googleError(405, 'INVALID_ARGUMENT', 'dailyRollUp takes POST');
    }
    return request.method === 'GET'
      ? list(apiPath, type, request.query)
      : googleError(405, 'INVALID_ARGUMENT', 'list takes GET');
  }

  function list(
    apiPath: string,
    type: (typeof TYPES)[string],
    query: Record<string, string>,
  ): Reply {
    const pageCap = type.pageCap ?? SERVED_PAGE;
    const defaultSize = Math.min(DEFAULT_PAGE, pageCap);
    const pageSize = query.pageSize === undefined ? defaultSize : Number(query.pageSize);
    if (!Number.isInteger(pageSize) || pageSize < 0) return invalid('page_size must be positive');
    const size = Math.min(pageSize === 0 ? defaultSize : pageSize, MAX_PAGE, pageCap);
    const filter = parseFilter(query.filter ?? '', type.filters ?? {});
    if ('reply' in filter) return filter.reply;
    const days = candidateDays(filter.bounds);
    if (days === undefined) return invalid('The filter needs a lower and an upper bound.');
    const queryKey = `${apiPath}|${query.filter}|${size}`;
    if (apiPath === 'heart-rate') {
      const samples = heartRateListing(days, filter.bounds);
      return page(samples.length, size, queryKey, query.pageToken, 'dataPoints', {
        item: (index) => person.heartRatePoint(samples.time(index), samples.bpm(index)),
        // A whole UTC day between two samples: the scan ends its page there, and the empty day costs a page.
        gapAfter: (index) =>
          index + 1 < samples.length &&
          Math.floor(samples.time(index) / DAY_MS) - Math.floor(samples.time(index + 1) / DAY_MS) >=
            2,
      });
    }
    const points = days
      .flatMap((day) => person.listed(apiPath, day, syncedAt))
      .filter((point) => point.syncedFrom <= syncedUntil && within(point, filter.bounds))
      .sort((a, b) => b.order - a.order); // newest first
    return page(points.length, size, queryKey, query.pageToken, 'dataPoints', {
      item: (index) => points[index]?.body,
    });
  }

  /** The intraday samples of the candidate days inside the bounds, synced, newest first. */
  function heartRateListing(days: readonly string[], bounds: Bounds) {
    const times: number[] = [];
    const bpms: number[] = [];
    for (const day of days) {
      const samples = person.heartRateDay(day);
      for (let index = 0; index < samples.times.length; index++) {
        const time = samples.times[index] ?? 0;
        if (time >= syncedUntil) break;
        if (withinInstant(time, time + person.offsetAt(time), bounds)) {
          times.push(time);
          bpms.push(samples.bpm[index] ?? 0);
        }
      }
    }
    const last = times.length - 1;
    return {
      length: times.length,
      time: (index: number) => times[last - index] ?? 0,
      bpm: (index: number) => bpms[last - index] ?? 0,
    };
  }

  function dailyRollUp(apiPath: string, capDays: number | undefined, body: unknown): Reply {
    if (capDays === undefined)
      return invalid(`Data type ${apiPath} does not support daily roll-ups.`);
    const request = (body ?? {}) as {
      range?: { start?: { date?: unknown }; end?: { date?: unknown } };
      windowSizeDays?: unknown;
      pageSize?: unknown;
      pageToken?: unknown;
    };
    const start = dayOf(request.range?.start?.date);
    const end = dayOf(request.range?.end?.date);
    if (start === undefined || end === undefined || start >= end) {
      return invalid('range must have a start date before its end date.');
    }
    if ((request.windowSizeDays ?? 1) !== 1)
      return invalid('The simulator rolls up one day per window.');
    const days: string[] = [];
    for (let day = start; day < end; day = nextDay(day)) days.push(day);
    if (days.length > capDays) {
      return invalid(`The maximum range for ${apiPath} is ${capDays} days.`);
    }
    const points = days
      .map((day) => person.rolledUp(apiPath, day, syncedUntil))
      .filter((point) => point !== undefined)
      .reverse(); // newest first
    const size =
      typeof request.pageSize === 'number' ? Math.min(request.pageSize, MAX_PAGE) : DEFAULT_PAGE;
    const pageToken = typeof request.pageToken === 'string' ? request.pageToken : undefined;
    return page(
      points.length,
      size,
      `${apiPath}|${start}|${end}|${size}`,
      pageToken,
      'rollupDataPoints',
      {
        item: (index) => points[index],
      },
    );
  }

  /**
   * One page of `count` items, built only for the page; the token carries the offset, the
   * query it belongs to, and whether the scan stopped at a whole day without data (the next
   * page is then that day's: empty, with a token).
   */
  function page(
    count: number,
    size: number,
    queryKey: string,
    pageToken: string | undefined,
    field: string,
    items: { item: (index: number) => unknown; gapAfter?: (index: number) => boolean },
  ): Reply {
    let offset = 0;
    let gap = false;
    if (pageToken !== undefined) {
      try {
        const decoded = JSON.parse(Buffer.from(pageToken, 'base64url').toString('utf8'));
        if (decoded.q !== queryKey || !Number.isInteger(decoded.o)) throw new Error('mismatch');
        offset = decoded.o;
        gap = decoded.g === 1;
      } catch {
        return invalid('The page token does not belong to this query.');
      }
    }
    const token = (next: number, nextGap: boolean) =>
      Buffer.from(JSON.stringify({ o: next, q: queryKey, ...(nextGap ? { g: 1 } : {}) })).toString(
        'base64url',
      );
    const slice: unknown[] = [];
    let next: number | undefined;
    let nextGap = false;
    if (gap) {
      next = offset; // the empty day's page
    } else {
      let index = offset;
      for (; index < Math.min(count, offset + size); index++) {
        slice.push(items.item(index));
        if (items.gapAfter?.(index)) {
          nextGap = true;
          index += 1;
          break;
        }
      }
      next = index < count ? index : undefined;
    }
    return {
      status: 200,
      body: {
        ...(slice.length > 0 ? { [field]: slice } : {}),
        ...(next === undefined ? {} : { nextPageToken: token(next, nextGap) }),
      },
    };
  }

  /** The days whose points can fall inside the bounds (a day either side for time zones). */
  function candidateDays(bounds: Bounds): string[] | undefined {
    const lower = bounds.lower;
    const upper = bounds.upper;
    if (lower === undefined || upper === undefined) return undefined;
    const toDay = (bound: Bound) =>
      bound.kind === 'physical'
        ? new Date(bound.instant).toISOString().slice(0, 10)
        : bound.text.slice(0, 10);
    const first = previousDay(toDay(lower));
    const last = nextDay(toDay(upper));
    const days: string[] = [];
    for (let day = first; day <= last && days.length < 4000; day = nextDay(day)) days.push(day);
    return days;
  }

  const server: RunningServer = await startServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const text = await readBody(req, 64 * 1024);
    const recorded: HealthRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: parseJson(text),
      receivedAt: Date.now(),
    };
    requests.push(recorded);
    res.once('finish', () => {
      recorded.status = res.statusCode;
    });
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    await answerWithFaults(faults, recorded.method, url.pathname, res, () =>
      route(recorded, authorizationOf(req)),
    );
  });

  const sim: HealthSim = {
    url: server.url,
    addToken(token, scopes) {
      tokens.set(
        token,
        scopes.map((scope) => (scope.startsWith('https://') ? scope : `${SCOPE}${scope}`)),
      );
    },
    syncUntil(instant) {
      syncedUntil = instant;
      syncedAt = now();
    },
    setDay(day, kind) {
      person.override(day, kind);
    },
    listedCount(apiPath, from, through) {
      let count = 0;
      for (let day = from; day <= through; day = nextDay(day)) {
        count +=
          apiPath === 'heart-rate'
            ? person.heartRateDay(day).times.length
            : person.listed(apiPath, day, 0).length;
      }
      return count;
    },
    person,
    requests,
    faults,
    get rateLimited() {
      return rateLimited;
    },
    close: () => server.close(),
  };
  return sim;
}

interface Bound {
  readonly kind: 'physical' | 'civil' | 'date';
  /** The instant, or for civil time and dates the clock reading taken as UTC. */
  readonly instant: number;
  readonly text: string;
}

interface Bounds {
  lower?: Bound;
  upper?: Bound;
}

/**
 * `field >= "literal" AND field < "literal"`: only these two operators, only AND,
 * only the type's own fields in snake_case, literals of the field's kind.
 */
function parseFilter(
  filter: string,
  fields: Record<string, 'physical' | 'civil' | 'date'>,
): { bounds: Bounds } | { reply: Reply } {
  const bounds: Bounds = {};
  if (filter.trim() === '') return { bounds };
  let field: string | undefined;
  for (const clause of filter.split(' AND ')) {
    const match = /^\s*([A-Za-z0-9_.-]+)\s*(>=|<=|!=|=|>|<)\s*"([^"]*)"\s*$/.exec(clause);
    if (!match) return { reply: badFilter(`Invalid filter clause: ${clause.trim()}`) };
    const [, name = '', operator, literal = ''] = match;
    if (name.includes('-')) {
      return { reply: badFilter(`Invalid filter field ${name}: use snake_case field names.`) };
    }
    const kind = fields[name];
    if (kind === undefined) return { reply: badFilter(`Unsupported filter field ${name}.`) };
    if (field !== undefined && field !== name) {
      return { reply: badFilter('All clauses of a filter must use the same field.') };
    }
    field = name;
    if (operator !== '>=' && operator !== '<') {
      return { reply: badFilter(`Unsupported operator ${operator}: use >= and <.`) };
    }
    const pattern = kind === 'physical' ? TIMESTAMP : kind === 'date' ? DATE : CIVIL;
    if (!pattern.test(literal) || Number.isNaN(Date.parse(literal.slice(0, 19)))) {
      return { reply: badFilter(`Invalid ${kind} literal "${literal}" for ${name}.`) };
    }
    // A civil literal's instant is its clock reading taken as UTC, for comparing with a point's.
    const instant =
      kind === 'physical'
        ? Date.parse(literal)
        : Date.parse(`${literal.length === 10 ? `${literal}T00:00:00` : literal}Z`);
    const bound: Bound = { kind, instant, text: literal };
    if (operator === '>=') bounds.lower = bound;
    else bounds.upper = bound;
  }
  return { bounds };
}

/** Civil values compare as text: `2026-11-02T06:10:00` sorts after `2026-11-02` and before `2026-11-03`. */
function within(point: ListedPoint, bounds: Bounds): boolean {
  const at = (bound: Bound) => (bound.kind === 'physical' ? point.time : point.civil);
  const value = (bound: Bound) => (bound.kind === 'physical' ? bound.instant : bound.text);
  if (bounds.lower && at(bounds.lower) < value(bounds.lower)) return false;
  if (bounds.upper && at(bounds.upper) >= value(bounds.upper)) return false;
  return true;
}

/** The same for an instant and its civil time (as if on a UTC clock, in ms). */
function withinInstant(instant: number, civil: number, bounds: Bounds): boolean {
  const at = (bound: Bound) => (bound.kind === 'physical' ? instant : civil);
  if (bounds.lower && at(bounds.lower) < bounds.lower.instant) return false;
  if (bounds.upper && at(bounds.upper) >= bounds.upper.instant) return false;
  return true;
}

function dayOf(message: unknown): string | undefined {
  const { year, month, day } = (message ?? {}) as Record<string, unknown>;
  if (![year, month, day].every((part) => Number.isInteger(part))) return undefined;
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return new Date(`${text}T00:00:00Z`).toISOString().startsWith(text) ? text : undefined;
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function authorizationOf(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  return Array.isArray(header) ? header[0] : header;
}
