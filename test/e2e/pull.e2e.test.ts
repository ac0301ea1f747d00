/**
 * The bundled pull action (dist/pull/index.js), spawned as the runner spawns
 * it, against the Google Health API simulator: a first run with since, a run
 * stopped by max-requests and the next one that finishes, skipped days
 * filled, a late sync corrected, a 429 storm survived, a public repository
 * refused, byte-identical re-runs, a day of daylight saving time, 401 and 403,
 * and a failing type that keeps its state. `until` fixes "yesterday", so no
 * test depends on the day it runs.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { maskedBeforeAnyOtherUse, PULL_ENTRY, runAction } from '../../sim/action-runner.js';
import { type GitHubSim, startGitHubSim } from '../../sim/github.js';
import { type HealthSim, type HealthSimOptions, startHealthSim } from '../../sim/google-health.js';
import { nextDay } from '../../sim/health-data.js';
import { loadGitHubOpenApiValidator } from '../../sim/openapi.js';
import { phoneProblems, viewSummary } from '../helpers/phone-summary.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const tempFolder = useTempFolders();
const TOKEN = 'ya29.pull-e2e-access-token-0123456789abcdef';
const ALL = [
  'activity_and_fitness.readonly',
  'sleep.readonly',
  'health_metrics_and_measurements.readonly',
];
const SCOPE = 'https://www.googleapis.com/auth/googlehealth.';

let sim: HealthSim;
let github: GitHubSim | undefined;
afterEach(async () => {
  await sim?.close();
  await github?.close();
  github = undefined;
});

async function start(options: HealthSimOptions = {}, scopes = ALL): Promise<HealthSim> {
  sim = await startHealthSim({ seed: 21, timeZone: 'Europe/Berlin', ...options });
  sim.addToken(TOKEN, scopes);
  return sim;
}

interface Workspace {
  readonly root: string;
  readonly data: string;
  readonly event: string;
}

/**
 * A checkout and the event that started the run: its repository private, public, internal (as
 * GitHub's payload shows one: private, with visibility internal), or not said.
 */
async function workspace(
  repository: 'private' | 'public' | 'internal' | 'not in the event' = 'private',
): Promise<Workspace> {
  const root = await tempFolder('ftk-workspace');
  const event = join(await tempFolder('ftk-event'), 'event.json');
  const payload =
    repository === 'not in the event'
      ? {}
      : repository === 'internal'
        ? { repository: { private: true, visibility: 'internal' } }
        : { repository: { private: repository === 'private' } };
  await writeFile(event, JSON.stringify(payload));
  return { root, data: join(root, 'data'), event };
}

/** The pull action as a workflow step runs it: inputs, the keeper's exported token, the event. */
function pullStep(
  space: Workspace,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
) {
  return runAction(
    { 'api-url': sim.url, 'time-zone': 'Europe/Berlin', ...inputs },
    {
      entry: PULL_ENTRY,
      env: {
        GITHUB_WORKSPACE: space.root,
        GITHUB_EVENT_PATH: space.event,
        GITHUB_REPOSITORY: 'octo/health',
        FITBIT_ACCESS_TOKEN: TOKEN,
        ...env,
      },
    },
  );
}

/** Every file of the data folder, by path, as a hash of its bytes. */
async function tree(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const files: Record<string, string> = {};
  for (const entry of entries.filter((item) => item.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files[relative(folder, path)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return files;
}

const json = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

/** The fewest requests the API allows for the default types over [from, through] (Berlin days). */
function minimumRequests(from: string, through: string): number {
  const days = Math.round((Date.parse(through) - Date.parse(from)) / 86_400_000) + 1;
  const sleep = sim.listedCount('sleep', from, through);
  return Math.ceil(days / 90) + Math.ceil(days / 14) + Math.max(1, Math.ceil(sleep / 25)) + 1;
}

/** Values of daily.csv long enough to tell apart from counts and dates in a log. */
async function dataValues(data: string): Promise<string[]> {
  const [header, ...rows] = (await readFile(join(data, 'daily.csv'), 'utf8')).trim().split('\n');
  const columns = (header ?? '').split(',');
  return rows.flatMap((row) =>
    row.split(',').filter((cell, index) => columns[index] !== 'date' && cell.length >= 4),
  );
}

describe('pull action: the first run and the ones after it', () => {
  it('fetches from since through until with the fewest requests, and prints no value', async () => {
    await start();
    const space = await workspace();
    const run = await pullStep(space, { since: '2026-09-01', until: '2026-11-30' });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ 'complete-through': '2026-11-30', more: 'false' });
    expect(Number(run.outputs.requests)).toBe(minimumRequests('2026-09-01', '2026-11-30'));
    expect(sim.requests.every((request) => request.status === 200)).toBe(true);
    // A file per type per day, an empty list where there is no data.
    for (const type of ['steps', 'sleep', 'daily-resting-heart-rate', 'heart-rate']) {
      const days = await readdir(join(space.data, type, '2026'));
      expect(days, type).toHaveLength(91);
    }
    const state = await json(join(space.data, '.pull-state.json'));
    expect(state.types.sleep).toEqual({ from: '2026-09-01', completeThrough: '2026-11-30' });
    const readme = await readFile(join(space.data, 'README.md'), 'utf8');
    expect(readme.match(/^!\[[^\]]+\]\(charts\/[a-z0-9-]+\.svg\)$/gm)).toHaveLength(4);
    const csv = (await readFile(join(space.data, 'daily.csv'), 'utf8')).split('\n');
    expect(csv[0]).toBe(
      'date,steps,sleep_minutes,nap_minutes,resting_heart_rate_bpm,heart_rate_min_bpm,heart_rate_avg_bpm,heart_rate_max_bpm',
    );
    expect(csv).toHaveLength(93); // header, 91 days, the final newline
    expect(Number(run.outputs['files-written'])).toBe(4 * 91 + 3 + 4); // and 4 charts
    // The token is masked before anything else, and no value of the data reaches the log.
    expect(run.masks).toContain(TOKEN);
    expect(maskedBeforeAnyOtherUse(run.stdout, TOKEN)).toBe(true);
    const values = await dataValues(space.data);
    expect(values.length).toBeGreaterThan(100);
    const log = `${run.stdout}${run.stderr}${run.summary}`;
    const leaked = values.filter((value) =>
      new RegExp(`(?<![\\d.-])${value.replace('.', '\\.')}(?![\\d.])`).test(log),
    );
    expect(leaked).toEqual([]);
    // The summary, as a phone shows it: success, each type's days, what comes next; no figures.
    const summary = viewSummary(run.summary);
    expect(summary.heading).toMatch(/succeeded/);
    expect(summary.tables).toHaveLength(1);
    expect(summary.tables[0]?.slice(1)).toEqual(
      ['steps', 'sleep', 'daily-resting-heart-rate', 'heart-rate'].map((type) => [
        type,
        '91',
        '2026-11-30',
      ]),
    );
    expect(summary.text).toContain('The next run goes on from 2026-12-01');
    expect(summary.text).not.toContain('Your last days'); // summary: false shows counts only
    expect(phoneProblems(run.summary)).toEqual([]);
  });

  it('stops at max-requests with more=true, and the next run goes on to the same files', async () => {
    await start();
    const space = await workspace();
    const inputs = { since: '2026-08-01', until: '2026-11-30' };
    const first = await pullStep(space, { ...inputs, 'max-requests': '10' });
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ more: 'true', requests: '10' });
    expect(first.outputs['complete-through']).not.toBe('2026-11-30');
    // Its summary says what the next run does: where it goes on.
    expect(viewSummary(first.summary).text).toMatch(
      /max-requests \(10\) stopped this run with days left up to 2026-11-30: the next run goes on from 2026-\d\d-\d\d\./,
    );
    const second = await pullStep(space, inputs);
    expect(second.outputs).toMatchObject({ more: 'false', 'complete-through': '2026-11-30' });
    const once = await workspace();
    const single = await pullStep(once, inputs);
    expect(await tree(space.data)).toEqual(await tree(once.data));
    // Stopping costs at most the unfinished listing of the first run.
    const extra =
      Number(first.outputs.requests) +
      Number(second.outputs.requests) -
      Number(single.outputs.requests);
    expect(extra).toBeGreaterThanOrEqual(0);
    expect(extra).toBeLessThanOrEqual(10);
  });

  it('fills the days of skipped runs, and changes no byte on a re-run', async () => {
    await start();
    const space = await workspace();
    await pullStep(space, { since: '2026-11-01', until: '2026-11-20' });
    const before = sim.requests.length;
    // No run on the 21st and 22nd: the run of the 24th fetches them too.
    const later = await pullStep(space, { until: '2026-11-23' });
    expect(later.outputs['complete-through']).toBe('2026-11-23');
    const rollUp = sim.requests
      .slice(before)
      .find((request) => request.path.endsWith('steps/dataPoints:dailyRollUp'));
    expect(rollUp?.body).toMatchObject({
      range: {
        start: { date: { year: 2026, month: 11, day: 21 } },
        end: { date: { year: 2026, month: 11, day: 24 } },
      },
    });
    for (const day of ['2026-11-21', '2026-11-22', '2026-11-23']) {
      expect(await json(join(space.data, 'steps/2026', `${day}.json`))).toHaveProperty(
        'rollupDataPoints',
      );
    }
    const held = await tree(space.data);
    const again = await pullStep(space, { until: '2026-11-23' });
    expect(again.exitCode).toBe(0);
    expect(again.outputs['files-written']).toBe('0');
    expect(await tree(space.data)).toEqual(held);
  });

  it('corrects a day that synced late on the next run, and only that day', async () => {
    // The watch last synced at noon (Berlin) on the 30th.
    await start({ syncedUntil: Date.parse('2026-11-30T11:00:00Z') });
    const space = await workspace();
    await pullStep(space, { since: '2026-11-20', until: '2026-11-30' });
    const file = join(space.data, 'steps/2026/2026-11-30.json');
    const partial = Number((await json(file)).rollupDataPoints[0].steps.countSum);
    const held = await tree(space.data);
    sim.syncUntil(Date.parse('2026-12-01T12:00:00Z'));
    const next = await pullStep(space, { until: '2026-11-30' });
    expect(Number((await json(file)).rollupDataPoints[0].steps.countSum)).toBeGreaterThan(partial);
    const changed = Object.entries(await tree(space.data))
      .filter(([path, hash]) => held[path] !== hash)
      .map(([path]) => path)
      .sort();
    // The steps charts are redrawn; the charts of sleep and resting heart rate are not.
    expect(changed).toEqual([
      'README.md',
      'charts/steps-30-days.svg',
      'charts/steps-year.svg',
      'daily.csv',
      'heart-rate/2026/2026-11-30.json',
      'steps/2026/2026-11-30.json',
    ]);
    expect(next.outputs['files-written']).toBe('6');
  });

  it('survives a storm of 429s that say when to come back', async () => {
    await start();
    const space = await workspace();
    sim.faults.push({
      status: 429,
      headers: { 'retry-after': '0' },
      body: { error: { code: 429, message: 'Quota exceeded', status: 'RESOURCE_EXHAUSTED' } },
      times: 5,
      match: (_method, path) => path.includes('/dataPoints'),
    });
    const run = await pullStep(space, { since: '2026-11-01', until: '2026-11-30' });
    expect(run.exitCode).toBe(0);
    expect(sim.requests.filter((request) => request.status === 429)).toHaveLength(5);
    expect(Number(run.outputs.requests)).toBe(minimumRequests('2026-11-01', '2026-11-30') + 5);
    expect(run.outputs['complete-through']).toBe('2026-11-30');
  });
});

describe("pull action: the person's own days", () => {
  it("keeps the 25-hour day of daylight saving time's end whole", async () => {
    await start({ sampleSeconds: 60 });
    const space = await workspace();
    const run = await pullStep(space, {
      types: 'heart-rate-samples,steps',
      since: '2026-10-24',
      until: '2026-10-26',
    });
    expect(run.exitCode).toBe(0);
    const listing = sim.requests.find((request) => request.path.endsWith('heart-rate/dataPoints'));
    expect(listing?.query.filter).toBe(
      'heart_rate.sample_time.civil_time >= "2026-10-24" AND heart_rate.sample_time.civil_time < "2026-10-25"',
    );
    const day = await json(join(space.data, 'heart-rate-samples/2026/2026-10-25.json'));
    expect(day.rows).toHaveLength(25 * 60 - 40); // a sample a minute, less a 40-minute shower
    expect(day.rows[0][0]).toBe('2026-10-24T22:00:00Z');
    expect(day.rows.at(-1)[0]).toBe('2026-10-25T22:59:00Z');
    expect(new Set(day.rows.map((row: string[]) => row[1]))).toEqual(new Set(['7200s', '3600s']));
    expect(
      (await json(join(space.data, 'heart-rate-samples/2026/2026-10-26.json'))).rows,
    ).toHaveLength(24 * 60 - 40);
  });

  it("puts an evening in Los Angeles in that evening's file for a person who never set time-zone", async () => {
    await start({ timeZone: 'America/Los_Angeles' });
    const space = await workspace();
    const run = await pullStep(space, {
      'time-zone': '',
      types: 'heart-rate-samples',
      since: '2026-11-04',
      until: '2026-11-05',
    });
    expect(run.exitCode).toBe(0);
    const rows = async (day: string) =>
      (await json(join(space.data, `heart-rate-samples/2026/${day}.json`))).rows as string[][];
    const evening = (row: string[] | undefined) =>
      row !== undefined &&
      row[0] !== undefined &&
      row[0] >= '2026-11-05T03:00:00Z' &&
      row[0] < '2026-11-05T07:00:00Z';
    // 19:00 to 23:00 on the 4th in Los Angeles: in the 4th's file, not the 5th's.
    const fourth = await rows('2026-11-04');
    expect(fourth.filter(evening).length).toBeGreaterThan(4 * 1_200);
    expect((await rows('2026-11-05')).filter(evening)).toEqual([]);
    expect(fourth).toHaveLength(sim.listedCount('heart-rate', '2026-11-04', '2026-11-04'));
    expect(new Set(fourth.map((row) => row[1]))).toEqual(new Set(['-28800s']));
  });

  it('gives one day per daily.csv row, and the main sleep apart from the naps, for a person in Tokyo who never set time-zone', async () => {
    await start({ timeZone: 'Asia/Tokyo' });
    // A day whose only sleep was a nap; the other days as they come.
    sim.setDay('2026-11-12', 'nap-only');
    const space = await workspace();
    const run = await pullStep(space, {
      'time-zone': '',
      since: '2026-11-01',
      until: '2026-11-20',
    });
    expect(run.exitCode).toBe(0);
    const [header, ...lines] = (await readFile(join(space.data, 'daily.csv'), 'utf8'))
      .trim()
      .split('\n');
    const columns = (header ?? '').split(',');
    const rows = new Map(
      lines.map((line) => {
        const cells = line.split(',');
        return [cells[0], Object.fromEntries(columns.map((name, index) => [name, cells[index]]))];
      }),
    );
    let nightsAndNaps = 0;
    for (let day = '2026-11-01'; day <= '2026-11-20'; day = nextDay(day)) {
      // What the simulated person lived on that day of Tokyo's clock.
      const sessions = sim.person.sleepSessions(day);
      const asleep = (session: (typeof sessions)[number]) =>
        Number(sim.person.sleepBody(session, 0).summary.minutesAsleep);
      const nights = sessions.filter((session) => !session.nap);
      const main = nights.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
      const naps = sessions.filter((session) => session !== main);
      if (main && naps.length > 0) nightsAndNaps += 1;
      const steps = sim.person.rolledUp('steps', day, Number.POSITIVE_INFINITY)?.steps as
        | { countSum: string }
        | undefined;
      expect(rows.get(day), day).toEqual({
        date: day,
        steps: steps?.countSum ?? '',
        sleep_minutes: main ? String(asleep(main)) : '',
        nap_minutes:
          sessions.length === 0 ? '' : String(naps.reduce((sum, nap) => sum + asleep(nap), 0)),
        resting_heart_rate_bpm: expect.any(String),
        heart_rate_min_bpm: expect.any(String),
        heart_rate_avg_bpm: expect.any(String),
        heart_rate_max_bpm: expect.any(String),
      });
    }
    // The nap-only day has no night; at least one day had a night and a nap, kept apart.
    expect(rows.get('2026-11-12')).toMatchObject({
      sleep_minutes: '',
      nap_minutes: expect.stringMatching(/^[1-9]\d*$/),
    });
    expect(nightsAndNaps).toBeGreaterThan(0);
  });

  it('stops intraday samples at max-requests with no day half-written, and the next run finishes the same files', async () => {
    await start();
    const inputs = { types: 'heart-rate-samples', since: '2026-11-01', until: '2026-11-02' };
    const pages = Math.ceil(sim.listedCount('heart-rate', '2026-11-01', '2026-11-01') / 5_000);
    const space = await workspace();
    const first = await pullStep(space, { ...inputs, 'max-requests': String(pages + 3) });
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({
      more: 'true',
      'complete-through': '2026-11-01',
      requests: String(pages),
    });
    expect(Object.keys(await tree(space.data)).sort()).toEqual([
      '.pull-state.json',
      'README.md',
      'daily.csv',
      'heart-rate-samples/2026/2026-11-01.json',
    ]);
    const second = await pullStep(space, inputs);
    expect(second.outputs).toMatchObject({ more: 'false', 'complete-through': '2026-11-02' });
    const once = await workspace();
    await pullStep(once, inputs);
    expect(await tree(space.data)).toEqual(await tree(once.data));
  });
});

describe('pull action: what it refuses and what fails', () => {
  it('refuses a public repository before any request and writes nothing', async () => {
    await start();
    const space = await workspace('public');
    const run = await pullStep(space, {
      since: '2026-11-01',
      until: '2026-11-30',
      summary: 'true',
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.errors[0]).toMatch(
      /This repository is public: health data written here.*allow-public-repository: true/,
    );
    expect(sim.requests).toHaveLength(0);
    expect(await tree(space.data)).toEqual({});
    // A summary too: the heading, why, and how to allow it.
    const summary = viewSummary(run.summary);
    expect(summary.heading).toMatch(/refused: this repository is public/);
    expect(summary.text).toMatch(/Why: .*readable by anyone/);
    expect(summary.text).toMatch(/To allow it: .*allow-public-repository: true/);
    expect(summary.text).not.toMatch(/Your last days/);
    const allowed = await pullStep(space, {
      since: '2026-11-28',
      until: '2026-11-30',
      'allow-public-repository': 'true',
    });
    expect(allowed.exitCode).toBe(0);
  });

  it("asks GitHub's API when the event does not say, and refuses a public repository it reports", async () => {
    await start();
    github = await startGitHubSim({ validate: await loadGitHubOpenApiValidator() });
    github.addRepo('octo/public-health', 'public');
    github.addRepo('octo/health', 'private');
    github.addToken('ghs_job_token', 'read');
    const space = await workspace('not in the event');
    const env = { GITHUB_API_URL: github.url };
    const inputs = { since: '2026-11-28', until: '2026-11-30', 'github-token': 'ghs_job_token' };
    const refused = await pullStep(space, inputs, {
      ...env,
      GITHUB_REPOSITORY: 'octo/public-health',
    });
    expect(refused.exitCode).not.toBe(0);
    expect(refused.errors[0]).toMatch(/This repository is public/);
    expect(sim.requests).toHaveLength(0);
    const pulled = await pullStep(space, inputs, env);
    expect(pulled.exitCode).toBe(0);
    expect(github.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /repos/octo/public-health',
      'GET /repos/octo/health',
    ]);
    expect(github.violations).toEqual([]);
  });

  it('counts an internal repository as public, whether the event or the API says so', async () => {
    await start();
    const inEvent = await workspace('internal');
    const refused = await pullStep(inEvent, { since: '2026-11-28', until: '2026-11-30' });
    expect(refused.exitCode).not.toBe(0);
    expect(refused.errors[0]).toMatch(/This repository is public/);

    github = await startGitHubSim({ validate: await loadGitHubOpenApiValidator() });
    github.addRepo('octo/enterprise-health', 'internal');
    github.addToken('ghs_job_token', 'read');
    const asked = await pullStep(
      await workspace('not in the event'),
      { since: '2026-11-28', until: '2026-11-30', 'github-token': 'ghs_job_token' },
      { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'octo/enterprise-health' },
    );
    expect(asked.exitCode).not.toBe(0);
    expect(asked.errors[0]).toMatch(/This repository is public/);
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/octo/enterprise-health',
    ]);
    expect(sim.requests).toHaveLength(0);
    expect(github.violations).toEqual([]);
  });

  it.each([
    ['the folder itself', 'data', 'data'],
    ['a folder on the way', 'records', 'records/health'],
  ])(
    'refuses a data folder when %s is a symbolic link out of the workspace, before any request',
    async (_, link, folder) => {
      await start();
      const space = await workspace();
      const outside = await tempFolder('ftk-outside');
      await symlink(outside, join(space.root, link));
      const run = await pullStep(space, { since: '2026-11-28', until: '2026-11-30', folder });
      expect(run.exitCode).not.toBe(0);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toMatch(
        new RegExp(`^Input 'folder' leads out of the working tree: '${link}' is a symbolic link`),
      );
      expect(sim.requests).toHaveLength(0);
      expect(await readdir(outside)).toEqual([]);
    },
  );

  it('takes a data folder that is a symbolic link to a folder inside the workspace', async () => {
    await start();
    const space = await workspace();
    await mkdir(join(space.root, 'store', 'health'), { recursive: true });
    await symlink(join(space.root, 'store', 'health'), space.data);
    const run = await pullStep(space, { since: '2026-11-28', until: '2026-11-30' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(await readdir(join(space.root, 'store', 'health'))).toContain('daily.csv');
  });

  it('says the access token is not valid on a 401, and keeps nothing', async () => {
    await start();
    const space = await workspace();
    const run = await pullStep(
      space,
      { since: '2026-11-01', until: '2026-11-30' },
      {
        FITBIT_ACCESS_TOKEN: 'ya29.expired-token-of-yesterday',
      },
    );
    expect(run.exitCode).not.toBe(0);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(
      /^The pull failed\. The Google Health API answered HTTP 401 [A-Z_]+: [^.]+\. [^.]+ credential\. The access token is not valid .*run the keeper step first/,
    );
    expect(run.errors[0]?.match(/HTTP 401/g)).toHaveLength(1); // said once, not once per type
    expect(run.errors[0]).not.toContain('ya29.expired');
    expect(await tree(space.data)).toEqual({});
    // The summary says it failed, and why once, on a phone.
    const summary = viewSummary(run.summary);
    expect(summary.heading).toMatch(/failed/);
    expect(summary.text.match(/HTTP 401/g)).toHaveLength(1);
    expect(summary.text).toMatch(/Why: The Google Health API answered HTTP 401/);
    expect(summary.text).toContain('the next run goes on from 2026-11-01');
    expect(phoneProblems(run.summary)).toEqual([]);
    expect(run.summary).not.toContain('ya29.expired');
  });

  it('names the type and the scope on a 403; the other types are written and the failing one keeps its state', async () => {
    await start();
    const space = await workspace();
    await pullStep(space, { since: '2026-11-01', until: '2026-11-20' });
    // A consent that left the sleep box unticked.
    sim.addToken(TOKEN, [
      'activity_and_fitness.readonly',
      'health_metrics_and_measurements.readonly',
    ]);
    const run = await pullStep(space, { until: '2026-11-25', summary: 'true' });
    expect(run.exitCode).not.toBe(0);
    expect(run.errors[0]).toMatch(
      new RegExp(
        `failed for 1 of 4 data type\\(s\\); the others were written\\. sleep: .*HTTP 403.*It needs the scope ${SCOPE.replaceAll('.', '\\.')}sleep\\.readonly: consent again`,
      ),
    );
    const state = (await json(join(space.data, '.pull-state.json'))).types;
    expect(state.sleep.completeThrough).toBe('2026-11-20');
    expect(state.steps.completeThrough).toBe('2026-11-25');
    expect(run.outputs['complete-through']).toBe('2026-11-20');
    const summary = viewSummary(run.summary);
    expect(summary.heading).toMatch(/failed/);
    expect(summary.text).toMatch(/Why: sleep: .*HTTP 403.*sleep\.readonly/);
    expect(summary.tables[0]).toContainEqual(['sleep (failed)', '20', '2026-11-20']);
    expect(summary.tables[0]).toContainEqual(['steps', '25', '2026-11-25']);
    // summary: true, private repository: the last days' figures, in three columns.
    expect(summary.text).toContain('Your last days');
    expect(summary.tables[1]?.[0]).toEqual(['figure', '2026-11-25', '7-day average']);
    expect(phoneProblems(run.summary)).toEqual([]);
  });
});

describe('pull action: inputs', () => {
  it.each([
    [{ since: '2026-02-30' }, /Input 'since' must be a date written YYYY-MM-DD/],
    [{ 'time-zone': 'Berlin' }, /Input 'time-zone' 'Berlin' is not an IANA time zone/],
    [{ types: 'steps,stairs' }, /Input 'types' names an unknown data type 'stairs'/],
  ])('refuses %j before any request, naming the input', async (inputs, message) => {
    await start();
    const space = await workspace();
    const run = await pullStep(space, inputs);
    expect(run.exitCode).not.toBe(0);
    expect(run.errors).toEqual([expect.stringMatching(message)]);
    expect(sim.requests).toHaveLength(0);
    // Every run writes a summary: this one says it failed, and why.
    const summary = viewSummary(run.summary);
    expect(summary.heading).toMatch(/failed/);
    expect(summary.text).toMatch(new RegExp(`Why: ${message.source}`));
  });

  it('asks for the keeper step when there is no access token', async () => {
    await start();
    const space = await workspace();
    const run = await pullStep(space, {}, { FITBIT_ACCESS_TOKEN: '' });
    expect(run.errors[0]).toMatch(/Input 'access-token' is required: run the keeper step/);
    expect(sim.requests).toHaveLength(0);
  });

  it('takes the token from access-token and masks it first', async () => {
    await start();
    const space = await workspace();
    await mkdir(space.data, { recursive: true });
    const run = await pullStep(
      space,
      { 'access-token': TOKEN, since: '2026-11-29', until: '2026-11-30' },
      { FITBIT_ACCESS_TOKEN: '' },
    );
    expect(run.exitCode).toBe(0);
    expect(maskedBeforeAnyOtherUse(run.stdout, TOKEN)).toBe(true);
  });
});
