/**
 * The week of a Google app in "Testing", through the bundle as the runner runs
 * it: consent (the secret written 5 days ago, grant-lifetime 7d) → at day 5 a
 * consent issue with a PKCE link whose challenge matches the sealed verifier →
 * the next run updates it → a stranger's and a wrong-state answer are refused
 * with nothing sent → the owner's pasted address, read from the event file
 * (no `code` input), re-seeds the secret; the verifier and the comment are
 * deleted and the issue closed. Each test lives its own week, in a repository
 * of its own, from the day-5 run on; none leaks a token, code or verifier into
 * an issue, a comment, a log or a summary.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, maskedBeforeAnyOtherUse, runAction } from '../../sim/action-runner.js';
import { consentRedirect } from '../../sim/browser.js';
import type { SimComment, SimIssue } from '../../sim/github.js';
import { pkceChallenge } from '../../sim/oauth-kit.js';
import { summaryLinks, summaryNotes, summaryProblems } from '../../sim/summary.js';
import { humanTime } from '../../src/lib/time.js';
import { consentLinkOf, commentEvent as eventFor } from '../helpers/consent-answer.js';
import { useTempFolders } from '../helpers/temp-folders.js';
import { useWorld } from '../helpers/use-world.js';

const WRITER = 'ghp_weekly_writer_000001';
/** The job's GITHUB_TOKEN with permissions: issues: write (no secrets). */
const JOB_TOKEN = 'ghs_weekly_job_token_0002';
/** The job's GITHUB_TOKEN without issues: write. */
const JOB_TOKEN_READ_ONLY = 'ghs_weekly_job_token_0003';
const GOOGLE_CLIENT = { id: 'weekly.apps.googleusercontent.com', secret: 'GOCSPX-weekly' };
const SCOPE = 'https://www.googleapis.com/auth/googlehealth.sleep.readonly';
const SECRET = 'GOOGLE_REFRESH_TOKEN';
const DAY_MS = 86_400_000;

const tempFolder = useTempFolders();
const world = useWorld({
  repository: 'octo/weekly',
  writer: WRITER,
  fitbitClient: { id: 'UNUSED', secret: 'unused', type: 'server' },
  googleClient: GOOGLE_CLIENT,
});

beforeAll(() => {
  world.github.addToken(JOB_TOKEN, 'metadata', 'write');
  world.github.addToken(JOB_TOKEN_READ_ONLY, 'metadata', 'read');
});

/** One test's week: its repository, its grant, every run it made and every secret it saw. */
interface Week {
  readonly repository: string;
  readonly target: { repository: string };
  readonly refreshToken: string;
  readonly runs: ActionRun[];
  readonly secretsSeen: string[];
}

let weeks = 0;

/** A repository of its own whose Google grant was consented 5 days and an hour ago. */
function newWeek(): Week {
  weeks += 1;
  const repository = `octo/weekly-${weeks}`;
  world.github.addRepo(repository);
  const target = { repository };
  const refreshToken = world.google.issueGrant({ clientId: GOOGLE_CLIENT.id, scope: SCOPE });
  world.github.setSecret(
    target,
    SECRET,
    refreshToken,
    new Date(Date.now() - 5 * DAY_MS - 3600_000),
  );
  return { repository, target, refreshToken, runs: [], secretsSeen: [refreshToken] };
}

/** The week at day 5: the scheduled run has opened the consent issue. */
async function dayFive(): Promise<{ week: Week; dayFiveRun: ActionRun; issue: SimIssue }> {
  const week = newWeek();
  const dayFiveRun = await run(week, consentInputs(week));
  expect(dayFiveRun.exitCode, dayFiveRun.stdout).toBe(0);
  const verifier = world.github.secretValue(week.target, `${SECRET}_VERIFIER`) ?? '';
  week.secretsSeen.push(verifier);
  return { week, dayFiveRun, issue: onlyIssue(week) };
}

function consentInputs(week: Week, extra: Record<string, string> = {}) {
  return world.googleInputs(week.refreshToken, {
    repository: week.repository,
    'grant-lifetime': '7d',
    'consent-issue': 'true',
    'issues-token': JOB_TOKEN,
    ...extra,
  });
}

async function run(week: Week, inputs: Record<string, string>, env: Record<string, string> = {}) {
  const result = await runAction(inputs, { env: { GITHUB_REPOSITORY: week.repository, ...env } });
  week.runs.push(result);
  return result;
}

function onlyIssue(week: Week): SimIssue {
  const issues = world.github.issues(week.repository);
  expect(issues).toHaveLength(1);
  return issues[0] as SimIssue;
}

const consentLink = consentLinkOf;

/** The person on the phone: opens the link (at the simulated Google), allows, copies the address. */
async function consentFromPhone(link: URL): Promise<URL> {
  return consentRedirect(world.google.authorizeUrl, Object.fromEntries(link.searchParams));
}

/** The issue_comment event the runner hands a workflow `on: issue_comment`. */
async function commentEvent(issue: SimIssue, comment: SimComment, labels = issue.labels) {
  return eventFor(await tempFolder('ftk-event'), issue, comment, { labels });
}

/** The example's step: no `code`, the action reads the comment from the event file. */
function reseedInputs(week: Week, verifier: string) {
  return {
    'client-id': GOOGLE_CLIENT.id,
    'client-secret': GOOGLE_CLIENT.secret,
    'code-verifier': verifier,
    'secret-name': SECRET,
    'github-token': WRITER,
    'issues-token': JOB_TOKEN,
    repository: week.repository,
    'token-url': world.google.tokenUrl,
    'github-api-url': world.github.url,
  };
}

const tokenRequests = () => world.google.requests.filter((r) => r.method === 'POST').length;

/** No token, code or verifier of the week in its issues (what the action wrote), logs or summaries. */
function expectNothingLeaked(week: Week): void {
  const issueText = world.github
    .issues(week.repository)
    // What the action wrote; the people's own comments hold the codes they pasted.
    .flatMap((issue) => [
      issue.title,
      issue.body,
      ...issue.comments.filter((c) => c.login === 'github-actions[bot]').map((c) => c.body),
    ])
    .join('\n');
  const runText = week.runs.flatMap((r) => [
    r.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    r.stderr,
    r.summary,
  ]);
  const values = [...week.secretsSeen, ...world.google.issuedTokens()].filter((v) => v.length >= 8);
  // Not vacuous: the week's refresh token, its verifier and what Google minted for its runs.
  expect(values.length).toBeGreaterThan(week.secretsSeen.length);
  expect(week.secretsSeen.every((value) => value.length >= 8)).toBe(true);
  for (const value of values) {
    expect(issueText).not.toContain(value);
    for (const text of runText) expect(text).not.toContain(value);
  }
}

describe('the consent issue, through the week', () => {
  it('day 5: opens an issue with a consent link whose PKCE challenge matches the sealed verifier', async () => {
    const { week, dayFiveRun: result, issue } = await dayFive();
    expect(issue.state).toBe('open');
    expect(issue.labels).toEqual(['fitbit-token-keeper']);
    expect(issue.title).toContain(SECRET);
    const expiresAt = new Date(result.outputs['grant-expires-at'] ?? '');
    expect(issue.body).toContain(`Renew it before **${humanTime(expiresAt, new Date())}**`);
    expect(issue.body).toMatch(/paste .*address.* as a comment/i);
    // The day-5 summary names the issue it opened, as a link a thumb can tap.
    const issueUrl = `https://github.com/${week.repository}/issues/${issue.number}`;
    expect(summaryLinks(result.summary)).toEqual([issueUrl]);
    expect(summaryNotes(result.summary).join('\n')).toContain(
      `The grant needs a new consent before ${humanTime(expiresAt, new Date())}: answer the consent issue ${issueUrl}`,
    );
    expect(summaryProblems(result.summary, { links: [issueUrl] })).toEqual([]);

    const link = consentLink(issue);
    const verifier = world.github.secretValue(week.target, `${SECRET}_VERIFIER`) ?? '';
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(result.masks).toContain(verifier);
    expect(link.origin + link.pathname).toBe('https://accounts.google.com/o/oauth2/v2/auth');
    expect(Object.fromEntries(link.searchParams)).toEqual({
      response_type: 'code',
      client_id: GOOGLE_CLIENT.id,
      redirect_uri: 'http://127.0.0.1:8080/',
      state: expect.stringMatching(/^[A-Za-z0-9_-]{16,}$/),
      access_type: 'offline',
      prompt: 'consent',
      code_challenge: pkceChallenge(verifier),
      code_challenge_method: 'S256',
      // The grant's own scope, and openid so that the next grant's account is known.
      scope: `${SCOPE} openid`,
    });
    expect(issue.body).toContain(`state=${link.searchParams.get('state')}`);
    expectNothingLeaked(week);
  });

  it('the next run updates that issue rather than opening a second one', async () => {
    const { week, issue: before } = await dayFive();
    const bodyBefore = before.body;
    before.body = bodyBefore.replace('needs a new consent', 'NEEDED'); // to see it rewritten
    const result = await run(week, consentInputs(week));
    expect(result.exitCode, result.stdout).toBe(0);
    const after = onlyIssue(week);
    expect(after.number).toBe(before.number);
    expect(after.body).toContain('needs a new consent');
    // The link handed out keeps working: same state, same challenge.
    expect(consentLink(after).href).toBe(consentLink({ ...after, body: bodyBefore }).href);
    expectNothingLeaked(week);
  });

  it("refuses a stranger's answer (author_association NONE): nothing sent, secret unchanged", async () => {
    const { week, issue } = await dayFive();
    const landing = await consentFromPhone(consentLink(issue));
    const comment = world.github.commentAs(week.repository, issue.number, landing.href, 'NONE');
    week.secretsSeen.push(landing.searchParams.get('code') ?? '');
    const sent = tokenRequests();
    const result = await run(
      week,
      reseedInputs(week, 'any-verifier'),
      await commentEvent(issue, comment),
    );
    expect(result.exitCode).not.toBe(0);
    expect(result.errors.join('\n')).toMatch(/owner, a member or a collaborator/);
    expect(tokenRequests()).toBe(sent);
    expect(world.github.secretValue(week.target, SECRET)).toBe(week.refreshToken);
    expect(onlyIssue(week).state).toBe('open');
    expectNothingLeaked(week);
  });

  it('refuses an answer whose state is not the one the issue recorded', async () => {
    const { week, issue } = await dayFive();
    const landing = await consentFromPhone(consentLink(issue));
    landing.searchParams.set('state', 'forged-state-0000000000');
    const comment = world.github.commentAs(week.repository, issue.number, landing.href, 'OWNER');
    week.secretsSeen.push(landing.searchParams.get('code') ?? '');
    const verifier = world.github.secretValue(week.target, `${SECRET}_VERIFIER`) ?? '';
    const sent = tokenRequests();
    const result = await run(
      week,
      reseedInputs(week, verifier),
      await commentEvent(issue, comment),
    );
    expect(result.exitCode).not.toBe(0);
    expect(result.errors.join('\n')).toMatch(/state other than the one this issue recorded/);
    expect(tokenRequests()).toBe(sent);
    expect(world.github.secretValue(week.target, SECRET)).toBe(week.refreshToken);
    expectNothingLeaked(week);
  });

  it('refuses an answer on an issue without the label', async () => {
    const { week, issue } = await dayFive();
    const landing = await consentFromPhone(consentLink(issue));
    const comment = world.github.commentAs(week.repository, issue.number, landing.href, 'OWNER');
    week.secretsSeen.push(landing.searchParams.get('code') ?? '');
    const verifier = world.github.secretValue(week.target, `${SECRET}_VERIFIER`) ?? '';
    const sent = tokenRequests();
    const env = await commentEvent(issue, comment, []);
    const result = await run(week, reseedInputs(week, verifier), env);
    expect(result.exitCode).not.toBe(0);
    expect(result.errors.join('\n')).toMatch(/label fitbit-token-keeper/);
    expect(tokenRequests()).toBe(sent);
    expect(world.github.secretValue(week.target, SECRET)).toBe(week.refreshToken);
    expectNothingLeaked(week);
  });

  it("the owner's pasted address, read from the event file, re-seeds the secret; the verifier and the comment are deleted and the issue closed", async () => {
    const { week, issue } = await dayFive();
    const landing = await consentFromPhone(consentLink(issue));
    week.secretsSeen.push(landing.searchParams.get('code') ?? '');
    const text = `Done!\n${landing.href}`;
    const comment = world.github.commentAs(week.repository, issue.number, text, 'OWNER');
    const verifier = world.github.secretValue(week.target, `${SECRET}_VERIFIER`) ?? '';
    const result = await run(
      week,
      reseedInputs(week, verifier),
      await commentEvent(issue, comment),
    );
    expect(result.exitCode, result.stdout).toBe(0);
    // No input carried the comment; the action masked the address and the code in it before
    // printing anything, and nothing else of the comment.
    expect(Object.keys(reseedInputs(week, verifier))).not.toContain('code');
    const code = landing.searchParams.get('code') ?? '';
    expect(result.masks).toEqual(expect.arrayContaining([landing.href, code]));
    expect(result.masks).not.toContain('Done!');
    expect(maskedBeforeAnyOtherUse(result.stdout, landing.href)).toBe(true);
    expect(world.github.secretValue(week.target, `${SECRET}_VERIFIER`)).toBeUndefined();
    const stored = world.github.secretValue(week.target, SECRET) ?? '';
    week.secretsSeen.push(stored, result.outputs['access-token'] ?? '');
    expect(stored).not.toBe(week.refreshToken);
    expect(result.outputs['secret-updated']).toBe('true');
    const closed = onlyIssue(week);
    expect(closed.state).toBe('closed');
    expect(closed.deletedComments).toContain(comment.id);
    expect(closed.comments.some((c) => c.body === text)).toBe(false);
    expect(closed.comments.at(-1)?.body).toMatch(/The grant was renewed/);

    // The new grant refreshes: the secret holds a live token.
    const next = await run(week, world.googleInputs(stored, { repository: week.repository }));
    expect(next.exitCode, next.stdout).toBe(0);
    expectNothingLeaked(week);
  });

  it('a missing issues: write permission is a warning on a good refresh', async () => {
    const week = newWeek();
    world.github.setSecret(
      week.target,
      SECRET,
      week.refreshToken,
      new Date(Date.now() - 6 * DAY_MS),
    );
    const result = await run(week, consentInputs(week, { 'issues-token': JOB_TOKEN_READ_ONLY }));
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs['access-token']).toBeTruthy();
    expect(result.stdout).toMatch(/::warning::.*permissions: issues: write/);
    expect(world.github.issues(week.repository)).toEqual([]);
    expectNothingLeaked(week);
  });
});
