/**
 * Whether GitHub is about to stop the schedule that keeps the grant alive. In a
 * public repository GitHub disables scheduled workflows after 60 days without
 * activity; a refresh that then never runs lets a rotating grant lapse. The
 * repository endpoint says both what counts here, `visibility` and `pushed_at`
 * (a push is the activity the API shows). The check is advice: any problem
 * asking it (a token that may not read the repository) only skips it.
 */
import { errorMessage } from '../lib/errors.js';
import { humanTime } from '../lib/time.js';
import type { GitHubClient } from './client.js';
import type { Repository } from './issues.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** GitHub's rule: a public repository's schedules stop after this many days without activity. */
export const SCHEDULE_IDLE_LIMIT_DAYS = 60;
/** Warn once the last push is older than this: two weeks leave time to push, even for a weekly run. */
export const SCHEDULE_WARN_AFTER_DAYS = 45;

export type ScheduleCheck =
  /** The schedule stops at `stopsAt` unless something is pushed before. */
  | { readonly status: 'stops soon'; readonly stopsAt: Date; readonly lastPush: Date }
  /** Private or internal, or pushed to recently enough. */
  | { readonly status: 'fine' }
  /** GitHub did not say; `why` is GitHub's message (it names no token). */
  | { readonly status: 'unknown'; readonly why: string };

/** Asks GitHub about the repository the workflow runs in; never throws. */
export async function checkSchedule(
  client: GitHubClient,
  where: Repository,
  now: () => Date,
): Promise<ScheduleCheck> {
  try {
    const { data } = await client.rest.repos.get({ ...where });
    // `visibility` is missing on old servers: then `private` tells public from not.
    const isPublic =
      typeof data.visibility === 'string' ? data.visibility === 'public' : data.private === false;
    if (!isPublic) return { status: 'fine' };
    return judgeLastPush(data.pushed_at, now());
  } catch (error) {
    return { status: 'unknown', why: errorMessage(error) };
  }
}

/** A public repository's last push against GitHub's 60 days, as of `now`. */
export function judgeLastPush(pushedAt: string | null | undefined, now: Date): ScheduleCheck {
  const lastPush = pushedAt ? new Date(pushedAt) : undefined;
  if (lastPush === undefined || Number.isNaN(lastPush.getTime())) {
    return { status: 'unknown', why: 'GitHub named no last push' };
  }
  if (now.getTime() - lastPush.getTime() <= SCHEDULE_WARN_AFTER_DAYS * DAY_MS) {
    return { status: 'fine' };
  }
  const stopsAt = new Date(lastPush.getTime() + SCHEDULE_IDLE_LIMIT_DAYS * DAY_MS);
  return { status: 'stops soon', stopsAt, lastPush };
}

/** The warning for the log and the job summary: when the schedule stops, and what keeps it. */
export function scheduleWarning(
  check: Extract<ScheduleCheck, { status: 'stops soon' }>,
  now: Date,
): string {
  return `${whenScheduleStops("this workflow's", check.stopsAt, now)}, and with it the refreshes that keep the grant alive: the repository is public, its last push was on ${humanTime(check.lastPush, now)}, and GitHub disables a public repository's schedules after ${SCHEDULE_IDLE_LIMIT_DAYS} days without activity. Push a commit before then (an empty one will do), or keep the workflow enabled with gh workflow enable (GitHub's "enable a workflow" API, which restarts the ${SCHEDULE_IDLE_LIMIT_DAYS} days); once stopped, "Enable workflow" on the Actions tab restarts it.`;
}

/**
 * "GitHub stops <whose> schedule on …", or that it may have already; the date
 * passed through `emphasis` (bold, in Markdown).
 */
export function whenScheduleStops(
  whose: string,
  stopsAt: Date,
  now: Date,
  emphasis: (date: string) => string = (date) => date,
): string {
  const date = emphasis(humanTime(stopsAt, now));
  return stopsAt.getTime() > now.getTime()
    ? `GitHub stops ${whose} schedule on ${date}`
    : `GitHub may already have stopped ${whose} schedule (since ${date})`;
}
