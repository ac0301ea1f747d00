/**
 * What a run fetches, per type, decided before any request: from the day
 * after the state's last complete day (or `since`, for a type without state)
 * through `until` (yesterday), reaching back `refetch-days` for late syncs,
 * never before the type's first day. And how wide each request's range is.
 */
import { addDays, type Day, earlier, later } from './civil-days.js';
import type { DataType, ListType } from './data-types.js';
import type { PullState, TypeState } from './state.js';

export interface PlanSettings {
  readonly since: Day;
  readonly until: Day;
  readonly refetchDays: number;
}

export interface TypePlan {
  readonly type: DataType;
  /** The first day this run fetches. */
  readonly from: Day;
  /** The last day this run fetches (until). */
  readonly through: Day;
  /** The type's first day ever: kept in the state. */
  readonly firstDay: Day;
  /** The state before this run; undefined for a type fetched for the first time. */
  readonly previous: TypeState | undefined;
}

/** One plan per type that has days to fetch, in the order the types were given. */
export function planTypes(
  types: readonly DataType[],
  state: PullState,
  settings: PlanSettings,
): TypePlan[] {
  const plans: TypePlan[] = [];
  for (const type of types) {
    const previous = state[type.name];
    const firstDay = previous?.from ?? settings.since;
    const resume = previous ? addDays(previous.completeThrough, 1) : settings.since;
    // Watches sync late: the last refetch-days days are fetched again, but not before the first.
    const refetchFrom = later(firstDay, addDays(settings.until, 1 - settings.refetchDays));
    const from = settings.refetchDays > 0 ? earlier(resume, refetchFrom) : resume;
    if (from <= settings.until) {
      plans.push({ type, from, through: settings.until, firstDay, previous });
    }
  }
  return plans;
}

/**
 * How many days one listing covers: as many as its pages can hold at the
 * density met (`pointsPerDay`: the densest day of the type's last range, or
 * the registry's guess before the first), within the budget left, within the
 * type's `rangePages` and widest range; at least one day.
 */
export function listRangeDays(
  type: ListType,
  budgetLeft: number,
  pointsPerDay = type.pointsPerDay,
): number {
  const pages = Math.min(Math.max(1, budgetLeft), type.rangePages ?? Number.POSITIVE_INFINITY);
  const days = Math.floor((type.pageCap * pages) / Math.max(pointsPerDay, 1e-9));
  return Math.max(1, Math.min(type.maxRangeDays, days));
}

/** About how many requests a listing of `days` days takes at `pointsPerDay` (a page at least). */
export function listPagesExpected(type: ListType, days: number, pointsPerDay: number): number {
  return Math.max(1, Math.ceil((days * pointsPerDay) / type.pageCap));
}
