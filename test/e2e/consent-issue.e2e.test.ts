/**
 * The week of a Google app in "Testing", through the bundle as the runner runs
 * it: consent (the secret written 5 days ago, grant-lifetime 7d) → at day 5 a
 * consent issue with a PKCE link whose challenge matches the sealed verifier →
 * the next run updates it → a stranger's and a wrong-state answer are refused
 * with nothing sent → the owner's pasted address, read from the event file
 * (no `code` input), re-seeds the secret; the verifier and the comment are
 * deleted and the issue closed. No token, code or verifier leaks.
 */
import { describe, expect, it } from 'vitest';
import { type ActionRun, maskedBeforeAnyOtherUse, runAction } from '../../sim/action-runner.js';
import { consentRedirect } from '../../sim/browser.js';
import type { SimComment, SimIssue } from '../../sim/github.js';
import { pkceChallenge } from '../../sim/oauth-kit.js';
import { summaryLinks, summaryNotes, summaryProblems } from '../../sim/summary.js';
import { humanTime } from '../../src/lib/time.js';
import { consentLinkOf, commentEvent as eventFor } from '../helpers/consent-answer.js';
import { useTempFolders } from '../helpers/temp-folders.js';
import { useWorld } from '../helpers/use-world.js';

const REPOSITORY = 'octo/weekly';
const TARGET = { repository: REPOSITORY };
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
  repository: REPOSITORY,
  writer: WRITER,
  fitbitClient: { id: 'UNUSED', secret: 'unused', type: 'server' },
  googleClient: GOOGLE_CLIENT,
});

/** Everything a leak could land in: the issue, its comments, and what each run wrote. */
const runs: ActionRun[] = [];
const secretsSeen: string[] = [];

function consentInputs(refreshToken: string, extra: Record<string, string> = {}) {
  return world.googleInputs(refreshToken, {
    'grant-lifetime': '7d',
    'consent-issue': 'true',
    'issues-token': JOB_TOKEN,
    ...extra,
  });
}

async function run(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const result = await runAction(inputs, { env: { GITHUB_REPOSITORY: REPOSITORY, ...env } });
  runs.push(result);
  return result;
}

function onlyIssue(): SimIssue {
  const issues = world.github.issues(REPOSITORY);
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
function reseedInputs(verifier: string) {
  return {
    'client-id': GOOGLE_CLIENT.id,
    'client-secret': GOOGLE_CLIENT.secret,
    'code-verifier': verifier,
    'secret-name': SECRET,
    'github-token': WRITER,
    'issues-token': JOB_TOKEN,
    repository: REPOSITORY,
    'token-url': world.google.tokenUrl,
    'github-api-url': world.github.url,
  };
}

const tokenRequests = () => world.google.requests.filter((r) => r.method === 'POST').length;

describe('the consent issue, through the week', () => {
  let refreshToken = '';

  it('day 5: opens an issue with a consent link whose PKCE challenge matches the sealed verifier', async () => {
    world.github.addToken(JOB_TOKEN, 'metadata', 'write');
    world.github.addToken(JOB_TOKEN_READ_ONLY, 'metadata', 'read');
    refreshToken = world.google.issueGrant({ clientId: GOOGLE_CLIENT.id, scope: SCOPE });
    world.github.setSecret(
      TARGET,
      SECRET,
      refreshToken,
      new Date(Date.now() - 5 * DAY_MS - 3600_000),
    );

    const result = await run(consentInputs(refreshToken));
    expect(result.exitCode, result.stdout).toBe(0);
    const issue = onlyIssue();
    expect(issue.state).toBe('open');
    expect(issue.labels).toEqual(['fitbit-token-keeper']);
    expect(issue.title).toContain(SECRET);
    const expiresAt = new Date(result.outputs['grant-expires-at'] ?? '');
    expect(issue.body).toContain(`Renew it before **${humanTime(expiresAt, new Date())}**`);
    expect(issue.body).toMatch(/paste .*address.* as a comment/i);
    // The day-5 summary names the issue it opened, as a link a thumb can tap.
    const issueUrl = `https://github.com/${REPOSITORY}/issues/${issue.number}`;
    expect(summaryLinks(result.summary)).toEqual([issueUrl]);
    expect(summaryNotes(result.summary).join('\n')).toContain(
      `The grant needs a new consent before ${humanTime(expiresAt, new Date())}: answer the consent issue ${issueUrl}`,
    );
    expect(summaryProblems(result.summary, { links: [issueUrl] })).toEqual([]);

    const link = consentLink(issue);
    const verifier = world.github.secretValue(TARGET, `${SECRET}_VERIFIER`) ?? '';
    secretsSeen.push(refreshToken, verifier);
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
  });

  it('the next run updates that issue rather than opening a second one', async () => {
    const before = onlyIssue();
    const bodyBefore = before.body;
    before.body = bodyBefore.replace('needs a new consent', 'NEEDED'); // to see it rewritten
    const result = await run(consentInputs(refreshToken));
    expect(result.exitCode, result.stdout).toBe(0);
    const after = onlyIssue();
    expect(after.number).toBe(before.number);
    expect(after.body).toContain('needs a new consent');
    // The link handed out keeps working: same state, same challenge.
    expect(consentLink(after).href).toBe(consentLink({ ...after, body: bodyBefore }).href);
  });

  it("refuses a stranger's answer (author_association NONE): nothing sent, secret unchanged", async () => {
    const issue = onlyIssue();
    const landing = await consentFromPhone(consentLink(issue));
    const comment = world.github.commentAs(REPOSITORY, issue.number, landing.href, 'NONE');
    const sent = tokenRequests();
    const result = await run(reseedInputs('any-verifier'), await commentEvent(issue, comment));
    expect(result.exitCode).not.toBe(0);
    expect(result.errors.join('\n')).toMatch(/owner, a member or a collaborator/);
    expect(tokenRequests()).toBe(sent);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(refreshToken);
    expect(onlyIssue().state).toBe('open');
  });

  it('refuses an answer whose state is not the one the issue recorded', async () => {
    const issue = onlyIssue();
    const landing = await consentFromPhone(consentLink(issue));
    landing.searchParams.set('state', 'forged-state-0000000000');
    const comment = world.github.commentAs(REPOSITORY, issue.number, landing.href, 'OWNER');
    const verifier = world.github.secretValue(TARGET, `${SECRET}_VERIFIER`) ?? '';
    const sent = tokenRequests();
    const result = await run(reseedInputs(verifier), await commentEvent(issue, comment));
    expect(result.exitCode).not.toBe(0);
    expect(result.errors.join('\n')).toMatch(/state other than the one this issue recorded/);
    expect(tokenRequests()).toBe(sent);
    expect(world.github.secretValue(TARGET, SECRET)).toBe(refreshToken);
  });

  it('refuses an answer on an issue without the label', async () => {
    const issue = onlyIssue();
    const landing = await consentFromPhone(consentLink(issue));
    const comment = world.github.commentAs(REPOSITORY, issue.number, landing.href, 'OWNER');
    const verifier = world.github.secretValue(TARGET, `${SECRET}_VERIFIER`) ?? '';
    const sent = tokenRequests();
    const env = await commentEvent(issue, comment, []);
    const result = await run(reseedInputs(verifier), env);
    expect(result.exitCode).not.toBe(0);
    expect(result.errors.join('\n')).toMatch(/label fitbit-token-keeper/);
    expect(tokenRequests()).toBe(sent);
  });

  it("the owner's pasted address, read from the event file, re-seeds the secret; the verifier and the comment are deleted and the issue closed", async () => {
    const issue = onlyIssue();
    const landing = await consentFromPhone(consentLink(issue));
    secretsSeen.push(landing.searchParams.get('code') ?? '');
    const text = `Done!\n${landing.href}`;
    const comment = world.github.commentAs(REPOSITORY, issue.number, text, 'OWNER');
    const verifier = world.github.secretValue(TARGET, `${SECRET}_VERIFIER`) ?? '';
    const result = await run(reseedInputs(verifier), await commentEvent(issue, comment));
    expect(result.exitCode, result.stdout).toBe(0);
    // No input carried the comment; the action masked it, and the code in it, before printing anything.
    expect(Object.keys(reseedInputs(verifier))).not.toContain('code');
    const code = landing.searchParams.get('code') ?? '';
    expect(result.masks).toEqual(expect.arrayContaining([text, landing.href, code]));
    expect(maskedBeforeAnyOtherUse(result.stdout, landing.href)).toBe(true);
    expect(world.github.secretValue(TARGET, `${SECRET}_VERIFIER`)).toBeUndefined();
    const stored = world.github.secretValue(TARGET, SECRET) ?? '';
    secretsSeen.push(stored, result.outputs['access-token'] ?? '');
    expect(stored).not.toBe(refreshToken);
    expect(result.outputs['secret-updated']).toBe('true');
    const closed = onlyIssue();
    expect(closed.state).toBe('closed');
    expect(closed.deletedComments).toContain(comment.id);
    expect(closed.comments.some((c) => c.body === text)).toBe(false);
    expect(closed.comments.at(-1)?.body).toMatch(/The grant was renewed/);

    // The new grant refreshes: the secret holds a live token.
    const next = await run(world.googleInputs(stored));
    expect(next.exitCode, next.stdout).toBe(0);
  });

  it('a missing issues: write permission is a warning on a good refresh', async () => {
    const token = world.google.issueGrant({ clientId: GOOGLE_CLIENT.id, scope: SCOPE });
    secretsSeen.push(token);
    const name = 'OTHER_REFRESH_TOKEN';
    world.github.setSecret(TARGET, name, token, new Date(Date.now() - 6 * DAY_MS));
    const issuesBefore = world.github.issues(REPOSITORY).length;
    const result = await run(
      consentInputs(token, { 'secret-name': name, 'issues-token': JOB_TOKEN_READ_ONLY }),
    );
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs['access-token']).toBeTruthy();
    expect(result.stdout).toMatch(/::warning::.*permissions: issues: write/);
    expect(world.github.issues(REPOSITORY)).toHaveLength(issuesBefore);
  });

  it('no token, code or verifier in any issue body, comment, log line or summary', () => {
    const issueText = world.github
      .issues(REPOSITORY)
      // What the action wrote; the people's own comments hold the codes they pasted.
      .flatMap((issue) => [
        issue.title,
        issue.body,
        ...issue.comments.filter((c) => c.login === 'github-actions[bot]').map((c) => c.body),
      ])
      .join('\n');
    const runText = runs.flatMap((r) => [
      r.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
      r.stderr,
      r.summary,
    ]);
    const values = [...secretsSeen, ...world.google.issuedTokens()].filter((v) => v.length >= 8);
    expect(values.length).toBeGreaterThan(4);
    for (const value of values) {
      expect(issueText).not.toContain(value);
      for (const text of runText) expect(text).not.toContain(value);
    }
  });
});
