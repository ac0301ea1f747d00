/**
 * The pull, the one flow both edges run: read the state, plan each type's
 * days, fetch them oldest first across all types (one range at a time, the
 * type furthest behind next) until every type reaches `until` or max-requests
 * is spent, write each day's file as its range arrives, then the state,
 * daily.csv and README.md. Days are the person's own: roll-ups come in them,
 * listings select and place points by them (listing.ts). A listing's range is
 * planned from the density the run has met; intraday samples go one day at a
 * time. A range cut short by max-requests writes nothing and counts for
 * nothing. A type that fails keeps its old state and the others go on; a 401
 * stops them all. Log lines carry counts and dates, never a value of the data.
 */
import { join } from 'node:path';
import type { Network } from '../lib/http.js';
import type { Redactor } from '../lib/redact.js';
import type { RetryClock } from '../lib/retry.js';
import { drawCharts } from './charts/draw.js';
import { addDays, type Day, daysBetween, daysFrom, earlier, later } from './civil-days.js';
import { collectDaily, DAILY_CSV, type DailyRow, dailyCsvText } from './daily-csv.js';
import {
  BudgetSpentError,
  createDataClient,
  DataApiError,
  type DataClient,
  RequestBudget,
  rollUpAll,
} from './data-client.js';
import { DATA_README, dataReadmeText } from './data-readme.js';
import {
  type DataType,
  type ListType,
  type Point,
  type RollUpType,
  scopeOf,
} from './data-types.js';
import {
  dayFileText,
  holdingsOf,
  type TypeHoldings,
  writeDayFiles,
  writeIfChanged,
} from './files.js';
import { fetchListing } from './listing.js';
import { listPagesExpected, listRangeDays, planTypes, type TypePlan } from './plan.js';
import { dayOfPoint } from './point-day.js';
import { type LimiterClock, RateLimiter } from './rate-limiter.js';
import { type PullState, readState, STATE_FILE, stateText, type TypeState } from './state.js';
import type { PullTiming } from './timing.js';

export interface PullSettings {
  readonly types: readonly DataType[];
  /** The first day for a type without state. */
  readonly since: Day;
  /** The last day to fetch: yesterday in the time zone, unless an earlier day is asked for. */
  readonly until: Day;
  readonly timeZone: string;
  /** Absolute path of the data folder. */
  readonly folder: string;
  readonly refetchDays: number;
  readonly maxRequests: number;
  /** The API base, no trailing slash. */
  readonly apiUrl: string;
}

/** Where progress goes: the action's log, or the command's standard error. */
export interface PullLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface PullDependencies {
  readonly accessToken: string;
  readonly network: Network;
  readonly timing: PullTiming;
  readonly redactor: Redactor;
  readonly log: PullLog;
  /** Retry and rate-limit waits; tests pass one that does not sleep. */
  readonly clock?: RetryClock & LimiterClock;
}

/** What one type got in this run. */
export interface TypeOutcome {
  readonly type: string;
  /** Days fetched (each one's file written or found unchanged). */
  readonly days: number;
  readonly requests: number;
  readonly filesWritten: number;
  /** After this run; undefined while no day is complete. */
  readonly completeThrough: Day | undefined;
  /** Why it failed; undefined when it did not. */
  readonly failure: string | undefined;
}

export interface PullResult {
  /** The last day complete for every requested type; undefined when one has none. */
  readonly completeThrough: Day | undefined;
  /** max-requests stopped the run with days still to fetch. */
  readonly more: boolean;
  readonly requests: number;
  readonly filesWritten: number;
  readonly types: readonly TypeOutcome[];
  /** daily.csv's rows after the run, for the job summary's figures. */
  readonly rows: readonly DailyRow[];
  /** Per type, how many days the folder holds after the run. */
  readonly held: ReadonlyMap<string, number>;
}

/** A type's progress through its plan. */
interface Progress {
  readonly plan: TypePlan;
  /** The next day to fetch. */
  cursor: Day;
  /** The widest roll-up range the API answers (learned from a 400 that had to be split). */
  rollUpDays: number;
  /** A listing's points a day as met: the densest day of its last range (the registry's guess before). */
  pointsPerDay: number;
  /** Through this day, a listing goes one day at a time: a wider range held more than it may. */
  oneDayThrough: Day | undefined;
  completeThrough: Day | undefined;
  days: number;
  requests: number;
  filesWritten: number;
  failure: string | undefined;
}

export async function pull(settings: PullSettings, deps: PullDependencies): Promise<PullResult> {
  const { folder } = settings;
  const state = await readState(folder);
  const budget = new RequestBudget(settings.maxRequests);
  const client = createDataClient({
    apiUrl: settings.apiUrl,
    accessToken: deps.accessToken,
    network: deps.network,
    timing: deps.timing,
    budget,
    limiter: new RateLimiter(deps.timing.perUserLimit, deps.clock),
    redactor: deps.redactor,
    ...(deps.clock ? { clock: deps.clock } : {}),
  });
  const progress = planTypes(settings.types, state, settings).map(
    (plan): Progress => ({
      plan,
      cursor: plan.from,
      rollUpDays: plan.type.method === 'dailyRollUp' ? plan.type.rangeCapDays : 0,
      pointsPerDay: plan.type.method === 'list' ? plan.type.pointsPerDay : 0,
      oneDayThrough: undefined,
      completeThrough: plan.previous?.completeThrough,
      days: 0,
      requests: 0,
      filesWritten: 0,
      failure: undefined,
    }),
  );
  let more = false;
  let filesWritten = 0;
  let rangesDone = 0;
  for (;;) {
    const next = furthestBehind(progress);
    if (next === undefined) break;
    // A range the budget left cannot finish is left to the next run, once this one has done one.
    if (
      budget.left === 0 ||
      (rangesDone > 0 && expectedRequests(next, budget.left) > budget.left)
    ) {
      more = true;
      break;
    }
    const sentBefore = budget.sent;
    try {
      const written = await fetchNextRange(next, client, settings, budget.left, deps.log);
      filesWritten += written ?? 0;
      if (written !== undefined) rangesDone += 1;
    } catch (error) {
      if (error instanceof BudgetSpentError) {
        more = true;
        // Not one range fit into the whole budget: the next run would stop in the same place.
        if (rangesDone === 0) next.failure = budgetTooSmall(next, settings.maxRequests);
        break;
      }
      if (error instanceof DataApiError && error.status === 401) {
        // The token is refused for every type: nothing else can succeed in this run.
        const failure = tokenRefused(error);
        for (const item of progress) if (item.cursor <= item.plan.through) item.failure = failure;
        break;
      }
      next.failure = typeFailure(next.plan.type, error);
      deps.log.warning(next.failure);
    } finally {
      next.requests += budget.sent - sentBefore;
    }
  }
  const nextState = stateAfter(state, progress);
  const types = settings.types.map((type) => outcomeOf(type, progress, nextState));
  if (Object.keys(nextState).length === 0) {
    // Nothing fetched, nothing held: a first run that failed leaves no folder behind.
    return {
      completeThrough: undefined,
      more,
      requests: budget.sent,
      filesWritten,
      types,
      rows: [],
      held: heldCounts(await holdingsOf(folder)),
    };
  }
  filesWritten += Number(await writeIfChanged(join(folder, STATE_FILE), stateText(nextState)));
  const holdings = await holdingsOf(folder);
  const daily = await collectDaily(folder, holdings, [
    ...settings.types.map((type) => type.name),
    ...Object.keys(nextState),
  ]);
  const { rows } = daily;
  filesWritten += Number(await writeIfChanged(join(folder, DAILY_CSV), dailyCsvText(daily)));
  const charts = await drawCharts(folder, rows, settings.types);
  filesWritten += charts.filesWritten;
  const readme = dataReadmeText(daily, holdings, charts.drawn);
  filesWritten += Number(await writeIfChanged(join(folder, DATA_README), readme));
  return {
    completeThrough: completeThroughAll(settings.types, nextState),
    more,
    requests: budget.sent,
    filesWritten,
    types,
    rows,
    held: heldCounts(holdings),
  };
}

function heldCounts(holdings: readonly TypeHoldings[]): Map<string, number> {
  return new Map(holdings.map((holding) => [holding.name, holding.days.length]));
}

/** The open type whose next day is the oldest; ties go to the order the types were given in. */
function furthestBehind(progress: readonly Progress[]): Progress | undefined {
  let next: Progress | undefined;
  for (const item of progress) {
    if (item.failure !== undefined || item.cursor > item.plan.through) continue;
    if (next === undefined || item.cursor < next.cursor) next = item;
  }
  return next;
}

/**
 * Fetches the type's next range and writes a file for each of its days; the
 * files written, or undefined when a listing gave its range up (it held more
 * than it may at once) to ask again day by day.
 */
async function fetchNextRange(
  item: Progress,
  client: DataClient,
  settings: PullSettings,
  budgetLeft: number,
  log: PullLog,
): Promise<number | undefined> {
  const { type } = item.plan;
  const from = item.cursor;
  if (type.method === 'dailyRollUp') {
    const through = earlier(addDays(from, item.rollUpDays - 1), item.plan.through);
    const rollUps = await fetchRollUps(item, type, client, through, settings.folder, log);
    return finishRange(item, through, rollUps, log);
  }
  const through = earlier(addDays(from, listWidth(item, type, budgetLeft) - 1), item.plan.through);
  const range = { from, through };
  const listing = await fetchListing(client, type, range, settings.folder, settings.timeZone);
  if (listing.overflowed) {
    item.oneDayThrough = through;
    log.info(
      `${type.name}: ${from} to ${through} holds more than ${type.rangePages} page(s) of points; asking for one day at a time`,
    );
    return undefined;
  }
  // An empty range (off the wrist) says nothing of the density: the last one met stands.
  if (listing.densestDay > 0) item.pointsPerDay = listing.densestDay;
  return finishRange(item, through, listing, log);
}

/** What a range brought: its points, those without a day inside it, the files it changed. */
interface RangeOutcome {
  readonly points: number;
  readonly unplaced: number;
  readonly filesWritten: number;
}

/** Moves the type past a range whose days are all written; the files written. */
function finishRange(item: Progress, through: Day, outcome: RangeOutcome, log: PullLog): number {
  const { type } = item.plan;
  const from = item.cursor;
  const days = daysBetween(from, through) + 1;
  item.cursor = addDays(through, 1);
  item.days += days;
  item.filesWritten += outcome.filesWritten;
  item.completeThrough =
    item.completeThrough === undefined ? through : later(item.completeThrough, through);
  log.info(
    `${type.name}: ${from} to ${through}, ${days} day(s), ${outcome.points} point(s), ${outcome.filesWritten} file(s) changed`,
  );
  if (outcome.unplaced > 0) {
    log.warning(
      `${type.name}: ${outcome.unplaced} point(s) had no day inside ${from} to ${through}; left out`,
    );
  }
  return outcome.filesWritten;
}

/** A roll-up range, one file a day; a range the API calls too wide is split, and the width kept. */
async function fetchRollUps(
  item: Progress,
  type: RollUpType,
  client: DataClient,
  through: Day,
  folder: string,
  log: PullLog,
): Promise<RangeOutcome> {
  const from = item.cursor;
  const answer = await rollUpAll(client, type, from, through);
  const asked = daysBetween(from, through) + 1;
  if (answer.widest < asked) {
    log.warning(
      `${type.name}: the API refused ${asked} days in one request; asking for ${answer.widest} at a time`,
    );
    item.rollUpDays = answer.widest;
  }
  const byDay = new Map<Day, Point[]>(daysFrom(from, through).map((day) => [day, []]));
  let unplaced = 0;
  for (const point of answer.points) {
    const day = dayOfPoint(type, point, 'UTC'); // a roll-up's day is its own date
    const list = day === undefined ? undefined : byDay.get(day);
    if (list) list.push(point);
    else unplaced += 1;
  }
  const texts = [...byDay].map(([day, points]): [Day, string] => [day, dayFileText(type, points)]);
  const filesWritten = await writeDayFiles(folder, type, texts);
  return { points: answer.points.length, unplaced, filesWritten };
}

/** How many days the type's next listing covers, from the density met and the budget left. */
function listWidth(item: Progress, type: ListType, budgetLeft: number): number {
  if (item.oneDayThrough !== undefined && item.cursor <= item.oneDayThrough) return 1;
  return listRangeDays(type, budgetLeft, item.pointsPerDay);
}

/** About how many requests the type's next range takes. */
function expectedRequests(item: Progress, budgetLeft: number): number {
  const { type } = item.plan;
  if (type.method === 'dailyRollUp') return 1;
  return listPagesExpected(type, listWidth(item, type, budgetLeft), item.pointsPerDay);
}

/** Types that failed keep the state they had; the others move to where they got. */
function stateAfter(state: PullState, progress: readonly Progress[]): PullState {
  const next: Record<string, TypeState> = { ...state };
  for (const item of progress) {
    if (item.failure !== undefined || item.completeThrough === undefined) continue;
    next[item.plan.type.name] = { from: item.plan.firstDay, completeThrough: item.completeThrough };
  }
  return next;
}

function completeThroughAll(types: readonly DataType[], state: PullState): Day | undefined {
  let all: Day | undefined;
  for (const type of types) {
    const day = state[type.name]?.completeThrough;
    if (day === undefined) return undefined;
    all = all === undefined ? day : earlier(all, day);
  }
  return all;
}

function outcomeOf(type: DataType, progress: readonly Progress[], state: PullState): TypeOutcome {
  const item = progress.find((candidate) => candidate.plan.type === type);
  return {
    type: type.name,
    days: item?.days ?? 0,
    requests: item?.requests ?? 0,
    filesWritten: item?.filesWritten ?? 0,
    completeThrough: state[type.name]?.completeThrough,
    failure: item?.failure,
  };
}

function budgetTooSmall(item: Progress, maxRequests: number): string {
  return `${item.plan.type.name}: max-requests (${maxRequests}) ran out inside the first range from ${item.cursor}, before any day was complete; the next run would stop there again: raise max-requests.`;
}

function tokenRefused(error: DataApiError): string {
  return `${withoutStop(error.message)}. The access token is not valid (expired, revoked, or not a Google Health API token): run the keeper step first in the same job, so that FITBIT_ACCESS_TOKEN holds a fresh one, or pass one in access-token.`;
}

/** One line for a type that failed: what the API said and what to do about it. */
function typeFailure(type: DataType, error: unknown): string {
  const said = withoutStop(error instanceof Error ? error.message : String(error));
  if (!(error instanceof DataApiError)) return `${type.name}: ${said}`;
  switch (error.status) {
    case 403:
      return `${type.name}: ${said}. It needs the scope ${scopeOf(type)}: consent again with that scope allowed (fitbit-token-keeper authorize --scopes including it, or the consent issue with consent-scopes naming it), and leave its box ticked on Google's consent screen.`;
    case 400:
      return `${type.name}: ${said}. The request for ${type.name} does not suit the API: its entry in the registry (src/health/data-types.ts) needs correcting; please report it.`;
    case 404:
      return `${type.name}: ${said}. The API does not know the data type '${type.apiPath}'.`;
    default:
      return `${type.name}: ${said}`;
  }
}

/** Text that goes on with a sentence of its own: no stop of its own at the end. */
function withoutStop(text: string): string {
  return text.replace(/\.+$/, '');
}
