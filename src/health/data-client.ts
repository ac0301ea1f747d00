/**
 * Requests to the Google Health API's data points, over the run's undici
 * dispatcher: every request counted against `max-requests`, paced by the
 * per-user limiter, retried on the shared policy (429 with its Retry-After,
 * 500, 503, 504, failed connections), every page followed, and a roll-up
 * range the API calls too wide split in two until it is not.
 */
import { request } from 'undici';
import { ExplainedError } from '../lib/errors.js';
import { type Network, networkProblem, readCappedBytes } from '../lib/http.js';
import type { Redactor } from '../lib/redact.js';
import {
  lastFailure,
  parseRetryAfter,
  type RetryClock,
  type RetryVerdict,
  withRetries,
} from '../lib/retry.js';
import { judgeHttpFailure } from '../lib/retry-policy.js';
import { addDays, type Day, dateMessage, daysBetween } from './civil-days.js';
import type { ListType, Point, RollUpType } from './data-types.js';
import { type JsonObjectText, scanJsonObject } from './json-elements.js';
import type { RateLimiter } from './rate-limiter.js';
import type { PullTiming } from './timing.js';

const USER_AGENT = 'fitbit-token-keeper';
/** A page of 10,000 heart-rate samples is a few MB; anything far larger is not a page. */
const MAX_REPLY_BYTES = 64 * 1024 * 1024;
/** Only these statuses are worth another try (Google: 429, 503, 504; and 500). */
const RETRIED_STATUSES = [429, 500, 503, 504];

/** max-requests is used up: the run stops here and the next one goes on. */
export class BudgetSpentError extends Error {
  override name = 'BudgetSpentError';
}

/** How many requests this run may still send to the data API. */
export class RequestBudget {
  sent = 0;
  constructor(readonly max: number) {}

  get left(): number {
    return this.max - this.sent;
  }

  take(): void {
    if (this.sent >= this.max) throw new BudgetSpentError(`max-requests (${this.max}) reached`);
    this.sent += 1;
  }
}

/** A failed data API request: the status, Google's words for it (redacted), no request body. */
export class DataApiError extends ExplainedError {
  override name = 'DataApiError';
  constructor(
    message: string,
    /** Undefined when no reply arrived. */
    readonly status: number | undefined,
    /** Google's reason (ErrorInfo.reason, e.g. INVALID_DATA_POINT_FILTER) or status (PERMISSION_DENIED). */
    readonly reason: string | undefined,
    readonly retryAfter: string | undefined = undefined,
  ) {
    super(message);
  }
}

export interface Page {
  /**
   * The page's points, each parsed from the reply's text as it is reached
   * (json-elements.ts): a page of thousands is never held as objects at once.
   * Iterate once; a point that is not an object throws a DataApiError.
   */
  readonly points: Iterable<Point>;
  readonly nextPageToken: string | undefined;
}

export interface DataClientOptions {
  /** The API base, no trailing slash (https://health.googleapis.com). */
  readonly apiUrl: string;
  readonly accessToken: string;
  readonly network: Network;
  readonly timing: PullTiming;
  readonly budget: RequestBudget;
  readonly limiter: RateLimiter;
  /** Cleans Google's text before it goes into an error. */
  readonly redactor: Redactor;
  /** Retry waits; tests pass a clock that does not sleep. */
  readonly clock?: RetryClock;
}

export interface DataClient {
  /** One page of `dataPoints.list`. */
  listPage(type: ListType, filter: string, pageToken: string | undefined): Promise<Page>;
  /** One page of `dataPoints:dailyRollUp` over [from, through], one window a day. */
  rollUpPage(
    type: RollUpType,
    from: Day,
    through: Day,
    pageToken: string | undefined,
  ): Promise<Page>;
}

export function createDataClient(options: DataClientOptions): DataClient {
  const base = `${options.apiUrl}/v4/users/me/dataTypes`;
  return {
    listPage: (type, filter, pageToken) => {
      const query = new URLSearchParams({ pageSize: String(type.pageCap), filter });
      if (pageToken !== undefined) query.set('pageToken', pageToken);
      const url = `${base}/${type.apiPath}/dataPoints?${query}`;
      return sendWithRetries(options, { method: 'GET', url, body: undefined, field: 'dataPoints' });
    },
    rollUpPage: (type, from, through, pageToken) => {
      const body = {
        range: {
          start: { date: dateMessage(from) },
          end: { date: dateMessage(addDays(through, 1)) }, // the end is exclusive
        },
        windowSizeDays: 1,
        ...(pageToken === undefined ? {} : { pageToken }),
      };
      const url = `${base}/${type.apiPath}/dataPoints:dailyRollUp`;
      return sendWithRetries(options, {
        method: 'POST',
        url,
        body: JSON.stringify(body),
        field: 'rollupDataPoints',
      });
    },
  };
}

/**
 * A listing's pages, one at a time, every nextPageToken followed (an empty
 * page may still carry one): the caller holds one page, and stops asking by
 * leaving the loop.
 */
export async function* listPages(
  client: DataClient,
  type: ListType,
  filter: string,
): AsyncGenerator<Page> {
  let pageToken: string | undefined;
  do {
    const page = await client.listPage(type, filter, pageToken);
    yield page;
    pageToken = page.nextPageToken;
  } while (pageToken !== undefined);
}

/**
 * Every roll-up point of [from, through]. A 400 for a range wider than a day is
 * taken as "too wide" (the range caps are not confirmed on the live API): the
 * range is split in two and each half asked for; `widest` reports the widest
 * range that was answered, so later ranges of the run can start there.
 */
export async function rollUpAll(
  client: DataClient,
  type: RollUpType,
  from: Day,
  through: Day,
): Promise<{ points: Point[]; widest: number }> {
  const days = daysBetween(from, through) + 1;
  try {
    const points: Point[] = [];
    let pageToken: string | undefined;
    do {
      const page = await client.rollUpPage(type, from, through, pageToken);
      points.push(...page.points);
      pageToken = page.nextPageToken;
    } while (pageToken !== undefined);
    return { points, widest: days };
  } catch (error) {
    if (!(error instanceof DataApiError) || error.status !== 400 || days <= 1) throw error;
    const firstHalf = Math.ceil(days / 2);
    const older = await rollUpAll(client, type, from, addDays(from, firstHalf - 1));
    const newer = await rollUpAll(client, type, addDays(from, firstHalf), through);
    return {
      points: [...older.points, ...newer.points],
      widest: Math.min(older.widest, newer.widest),
    };
  }
}

/** One request to the data API, and the field of its reply that holds the points. */
interface DataRequest {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly body: string | undefined;
  readonly field: 'dataPoints' | 'rollupDataPoints';
}

async function sendWithRetries(options: DataClientOptions, ask: DataRequest): Promise<Page> {
  const { budget, limiter, network, timing } = options;
  try {
    const { value } = await withRetries(
      async () => {
        budget.take();
        await limiter.acquire(network.signal);
        return sendOnce(options, ask);
      },
      (error) => judge(error, timing.maxRateLimitWaitMs),
      timing.dataApi,
      { signal: network.signal, ...(options.clock ? { clock: options.clock } : {}) },
    );
    return value;
  } catch (error) {
    const { error: last, attempts } = lastFailure(error);
    if (last instanceof DataApiError && attempts > 1) {
      throw new DataApiError(
        `${last.message} (after ${attempts} attempts)`,
        last.status,
        last.reason,
        last.retryAfter,
      );
    }
    throw last;
  }
}

/** The shared policy for 500, 503 and 504; a 429 that says when to come back is taken at its word. */
function judge(error: unknown, maxRateLimitWaitMs: number): RetryVerdict {
  if (!(error instanceof DataApiError)) return { retry: false };
  if (error.status === undefined) return { retry: true };
  if (!RETRIED_STATUSES.includes(error.status)) return { retry: false };
  const wait = parseRetryAfter(error.retryAfter);
  if (error.status === 429 && wait !== undefined) {
    return wait > maxRateLimitWaitMs
      ? { retry: false }
      : { retry: true, retryAfterMs: wait, exactly: true };
  }
  return judgeHttpFailure(
    { status: error.status, headers: { 'retry-after': error.retryAfter } },
    maxRateLimitWaitMs,
  );
}

async function sendOnce(options: DataClientOptions, ask: DataRequest): Promise<Page> {
  const { network, timing } = options;
  const { method, url, body, field } = ask;
  const attemptSignal = AbortSignal.timeout(timing.requestTimeoutMs);
  let status: number;
  let reply: { bytes: Buffer; cut: boolean };
  let retryAfter: string | undefined;
  try {
    const response = await request(url, {
      method,
      headers: {
        authorization: `Bearer ${options.accessToken}`,
        accept: 'application/json',
        'user-agent': USER_AGENT,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body }),
      dispatcher: network.dispatcher,
      signal: network.signal ? AbortSignal.any([attemptSignal, network.signal]) : attemptSignal,
    });
    status = response.statusCode;
    const header = response.headers['retry-after'];
    retryAfter = Array.isArray(header) ? header[0] : header;
    reply = await readCappedBytes(response.body, MAX_REPLY_BYTES);
  } catch (error) {
    throw unreachable(url, networkProblem(error));
  }
  // Told like a lost connection: the part that was read is no answer to parse.
  if (reply.cut) throw unreachable(url, `the reply is larger than ${MAX_REPLY_BYTES} bytes`);
  const { bytes } = reply;
  if (status < 200 || status >= 300) {
    throw failureOf(status, bytes.toString('utf8'), retryAfter, options.redactor);
  }
  return pageOf(bytes, field);
}

function pageOf(bytes: Buffer, field: 'dataPoints' | 'rollupDataPoints'): Page {
  let reply: JsonObjectText;
  let token: unknown;
  try {
    reply = scanJsonObject(bytes);
    token = reply.member('nextPageToken');
  } catch {
    throw new DataApiError(
      'The Google Health API answered 2xx with a body that is not JSON',
      200,
      undefined,
    );
  }
  return {
    points: pointsOf(reply, field),
    nextPageToken: typeof token === 'string' && token !== '' ? token : undefined,
  };
}

/** The reply's points, one at a time; anything but a list of objects is an error of the reply. */
function* pointsOf(reply: JsonObjectText, field: string): Generator<Point> {
  const notPoints = () =>
    new DataApiError(`The Google Health API's ${field} is not a list of points`, 200, undefined);
  let elements: Iterable<unknown>;
  try {
    elements = reply.elements(field);
  } catch {
    throw notPoints();
  }
  const iterator = elements[Symbol.iterator]();
  for (;;) {
    let next: IteratorResult<unknown>;
    try {
      next = iterator.next();
    } catch {
      throw notPoints();
    }
    if (next.done) return;
    const point = next.value;
    if (typeof point !== 'object' || point === null || Array.isArray(point)) throw notPoints();
    yield point as Point;
  }
}

/** Google's `{"error":{"code","message","status","details":[{"reason"}]}}`, redacted. */
function failureOf(
  status: number,
  text: string,
  retryAfter: string | undefined,
  redactor: Redactor,
): DataApiError {
  let message = '';
  let reason: string | undefined;
  try {
    const error = (JSON.parse(text) as { error?: Record<string, unknown> }).error ?? {};
    message = typeof error.message === 'string' ? error.message : '';
    const details = Array.isArray(error.details)
      ? (error.details as Record<string, unknown>[])
      : [];
    const info = details.find((detail) => typeof detail?.reason === 'string');
    reason = (info?.reason as string | undefined) ?? (error.status as string | undefined);
  } catch {
    // Not Google's error shape (a proxy's page): the status says enough.
  }
  const said = message ? `: ${redactor.redactUntrusted(message).slice(0, 300)}` : '';
  return new DataApiError(
    `The Google Health API answered HTTP ${status}${reason ? ` ${reason}` : ''}${said}`,
    status,
    reason,
    retryAfter,
  );
}

/** A request that got no usable reply; like a lost connection, it may be tried again. */
function unreachable(url: string, problem: string): DataApiError {
  return new DataApiError(
    `Could not complete the request to the Google Health API (${new URL(url).host}): ${problem}`,
    undefined,
    undefined,
  );
}
