/**
 * The schedule that keeps the grant alive, through the bundle as the runner
 * runs it: GitHub disables a public repository's scheduled workflows after 60
 * days without activity, so a keep-alive run in a public repository whose last
 * push is more than 45 days old warns (a ::warning:: line and a note in the
 * summary, and in the consent issue when it opens one) with the day the
 * schedule stops. The simulated GitHub answers the repository endpoint with
 * the repository's visibility and pushed_at; a refresh never fails for it.
 */
import { describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../../sim/action-runner.js';
import type { RepositoryVisibility } from '../../sim/github.js';
import { summaryNotes } from '../../sim/summary.js';
import { humanTime } from '../../src/lib/time.js';
import { useWorld } from '../helpers/use-world.js';

const WRITER = 'ghp_schedule_writer_00001';
/** The job's GITHUB_TOKEN with permissions: issues: write (no secrets). */
const JOB_TOKEN = 'ghs_schedule_job_token_002';
const GOOGLE_CLIENT = { id: 'schedule.apps.googleusercontent.com', secret: 'GOCSPX-schedule' };
const SCOPE = 'https://www.googleapis.com/auth/googlehealth.sleep.readonly';
const SECRET = 'GOOGLE_REFRESH_TOKEN';
const DAY_MS = 86_400_000;
const RUN_ID = '8801';

const world = useWorld({
  repository: 'octo/schedule',
  writer: WRITER,
  fitbitClient: { id: 'UNUSED', secret: 'unused', type: 'server' },
  googleClient: GOOGLE_CLIENT,
});

let repositories = 0;

/** A repository of its own, last pushed to `daysAgo` days ago, holding a live Google grant. */
function repositoryPushed(visibility: RepositoryVisibility, daysAgo: number) {
  repositories += 1;
  const repository = `octo/schedule-${repositories}`;
  world.github.addRepo(repository, visibility);
  // GitHub's pushed_at has whole seconds.
  const pushedAt = new Date(Math.floor((Date.now() - daysAgo * DAY_MS) / 1000) * 1000);
  world.github.setPushedAt(repository, pushedAt);
  const refreshToken = world.google.issueGrant({ clientId: GOOGLE_CLIENT.id, scope: SCOPE });
  world.github.setSecret({ repository }, SECRET, refreshToken);
  return { repository, refreshToken, stopsAt: new Date(pushedAt.getTime() + 60 * DAY_MS) };
}

/** The scheduled run as the runner starts it in `repository`. */
function keepAlive(repository: string, refreshToken: string, extra: Record<string, string> = {}) {
  return runAction(world.googleInputs(refreshToken, { repository, ...extra }), {
    env: { GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: RUN_ID },
  });
}

const warnings = (run: ActionRun) =>
  run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::warning::'))
    .map((line) => line.slice('::warning::'.length));

const aboutSchedule = (text: string) => /GitHub (stops|may already have stopped) /.test(text);

const repositoryReads = (repository: string) =>
  world.github.requests.filter((r) => r.method === 'GET' && r.path === `/repos/${repository}`);

describe('the schedule that keeps the grant alive', () => {
  it('public, last pushed 46 days ago: warns with the day GitHub stops the schedule', async () => {
    const { repository, refreshToken, stopsAt } = repositoryPushed('public', 46);
    const result = await keepAlive(repository, refreshToken);
    expect(result.exitCode, result.stdout).toBe(0);
    const day = humanTime(stopsAt, new Date());
    const warned = warnings(result).filter(aboutSchedule);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toContain(`GitHub stops this workflow's schedule on ${day},`);
    expect(warned[0]).toMatch(/Push a commit/);
    expect(summaryNotes(result.summary).filter(aboutSchedule)).toEqual([
      expect.stringContaining(`schedule on ${day}`),
    ]);
    expect(repositoryReads(repository)).toHaveLength(1);
  });

  it('public, last pushed 44 days ago: no warning', async () => {
    const { repository, refreshToken } = repositoryPushed('public', 44);
    const result = await keepAlive(repository, refreshToken);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(repositoryReads(repository)).toHaveLength(1);
    expect(warnings(result)).toEqual([]);
    expect(summaryNotes(result.summary).filter(aboutSchedule)).toEqual([]);
  });

  it.each(['private', 'internal'] as const)(
    '%s, last pushed 100 days ago: no warning (GitHub stops only public schedules)',
    async (visibility) => {
      const { repository, refreshToken } = repositoryPushed(visibility, 100);
      const result = await keepAlive(repository, refreshToken);
      expect(result.exitCode, result.stdout).toBe(0);
      expect(repositoryReads(repository)).toHaveLength(1);
      expect(warnings(result)).toEqual([]);
      expect(summaryNotes(result.summary).filter(aboutSchedule)).toEqual([]);
    },
  );

  it('a token that may not read the repository (404): the refresh goes on, with a short note', async () => {
    const { repository, refreshToken } = repositoryPushed('public', 50);
    world.github.faults.push({
      status: 404,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
      match: (method, path) => method === 'GET' && path === `/repos/${repository}`,
    });
    const result = await keepAlive(repository, refreshToken);
    expect(world.github.faults.pending).toBe(0);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs['access-token']).toBeTruthy();
    expect(warnings(result)).toEqual([]);
    expect(result.stdout).toMatch(/^Skipped the check of this workflow's schedule: .*Not Found/m);
  });

  it('a consent issue opened in this run says when the schedule stops', async () => {
    const { repository, refreshToken, stopsAt } = repositoryPushed('public', 50);
    world.github.addToken(JOB_TOKEN, 'metadata', 'write');
    // Consented 5 days and an hour ago, in a Testing app: the grant ends in under 48 h.
    world.github.setSecret(
      { repository },
      SECRET,
      refreshToken,
      new Date(Date.now() - 5 * DAY_MS - 3600_000),
    );
    const result = await keepAlive(repository, refreshToken, {
      'grant-lifetime': '7d',
      'consent-issue': 'true',
      'issues-token': JOB_TOKEN,
    });
    expect(result.exitCode, result.stdout).toBe(0);
    const [issue, ...others] = world.github.issues(repository);
    expect(others).toEqual([]);
    expect(issue?.state).toBe('open');
    const day = humanTime(stopsAt, new Date());
    expect(issue?.body).toContain(`GitHub stops the keep-alive's schedule on **${day}**`);
    expect(issue?.body).toMatch(/Push a commit/);
    // The summary names the issue to answer, and the schedule.
    const notes = summaryNotes(result.summary);
    expect(notes.filter((note) => note.includes('answer the consent issue'))).toHaveLength(1);
    expect(notes.filter(aboutSchedule)).toEqual([expect.stringContaining(`schedule on ${day}`)]);
  });

  it('a dead grant: the consent issue opened by the failed run says when the schedule stops', async () => {
    const { repository, refreshToken, stopsAt } = repositoryPushed('public', 58);
    world.github.addToken(JOB_TOKEN, 'metadata', 'write');
    world.google.revoke(refreshToken);
    const result = await keepAlive(repository, refreshToken, {
      'consent-issue': 'true',
      'issues-token': JOB_TOKEN,
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/invalid_grant/);
    const [issue] = world.github.issues(repository);
    const day = humanTime(stopsAt, new Date());
    expect(issue?.body).toContain(`GitHub stops the keep-alive's schedule on **${day}**`);
    expect(warnings(result).filter(aboutSchedule)).toHaveLength(1);
  });
});
