/**
 * Who may answer a consent issue, and with what, through the bundle as the
 * runner runs it, against the simulators (every GitHub request checked against
 * GitHub's OpenAPI description):
 * 1. only someone with write access, on the consent issue itself as its writer
 *    opened it, open now, for this secret and environment;
 * 2. only a grant of the account the issue recorded, which survives the
 *    grant's death with the scopes it had;
 * 3. only the answer to the issue's own PKCE link, once, and one issue and one
 *    verifier however runs overlap;
 * 4. only the keeper's own issues: one planted by anyone else is never
 *    touched or read, whatever it copies;
 * 5. each follow-up of a re-seed on its own;
 * 6. the grant's account survives the grant: recorded in <secret>_ACCOUNT,
 *    passed back as grant-account, another account's consent refused;
 * 7. the verifier goes with every closing; only what was pasted is masked.
 * Every refusal before the exchange sends nothing to the token endpoint and
 * leaves the secret as it was.
 */
import { describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../../sim/action-runner.js';
import { consentRedirect } from '../../sim/browser.js';
import type { SimAccount, SimComment, SimIssue } from '../../sim/github.js';
import { pkceChallenge } from '../../sim/oauth-kit.js';
import { summaryNotes } from '../../sim/summary.js';
import { consentIssueTitle, readMarker, renderMarker } from '../../src/consent/issue-text.js';
import { commentEvent, consentLinkOf, type EventOverrides } from '../helpers/consent-answer.js';
import { useTempFolders } from '../helpers/temp-folders.js';
import { useWorld } from '../helpers/use-world.js';

const REPOSITORY = 'octo/trust';
const OWNER = 'octo';
const WRITER = 'ghp_trust_writer_000001';
const READER = 'ghp_trust_reader_000002';
/** Two jobs' GITHUB_TOKENs: both write as github-actions[bot]. */
const JOB_TOKEN = 'ghs_trust_job_token_0003';
const OTHER_JOB_TOKEN = 'ghs_trust_job_token_0004';
/** A GitHub App's installation token, and a person's PAT, as issues-token. */
const APP_TOKEN = 'ghs_trust_app_token_0005';
const PERSON_TOKEN = 'ghp_trust_person_00006';
const APP_BOT: SimAccount = { login: 'keeper-app[bot]', type: 'Bot', app: 'keeper-app' };
const GOOGLE_CLIENT = { id: 'trust.apps.googleusercontent.com', secret: 'GOCSPX-trust' };
const AREA = 'https://www.googleapis.com/auth/googlehealth';
const GRANT_SCOPES = ['openid', `${AREA}.sleep.readonly`, `${AREA}.activity_and_fitness.readonly`];
const OWNER_ACCOUNT = '104857600000000000001';
const OTHER_ACCOUNT = '104857600000000000002';
const DAY_MS = 86_400_000;

const tempFolder = useTempFolders();
const world = useWorld({
  repository: REPOSITORY,
  writer: WRITER,
  reader: READER,
  fitbitClient: { id: 'UNUSED3', secret: 'unused', type: 'server' },
  googleClient: GOOGLE_CLIENT,
});

let tokensAdded = false;
function addTokens() {
  if (tokensAdded) return;
  tokensAdded = true;
  world.github.addToken(JOB_TOKEN, 'metadata', 'write');
  world.github.addToken(OTHER_JOB_TOKEN, 'metadata', 'write');
  world.github.addToken(APP_TOKEN, 'metadata', 'write', APP_BOT);
  world.github.addToken(PERSON_TOKEN, 'metadata', 'write', { login: OWNER, type: 'User' });
  world.google.user = OWNER_ACCOUNT;
}

const target = (environment?: string) =>
  environment === undefined ? { repository: REPOSITORY } : { repository: REPOSITORY, environment };

const tokenRequests = () => world.google.requests.filter((r) => r.method === 'POST').length;

interface Keeper {
  readonly secret: string;
  readonly environment?: string;
  readonly issuesToken?: string;
  readonly githubToken?: string;
}

/** The keep-alive step of examples/keep-alive.yml for `secret`. */
function keepAliveInputs(keeper: Keeper, refreshToken: string) {
  return world.googleInputs(refreshToken, {
    'secret-name': keeper.secret,
    'grant-lifetime': '7d',
    'consent-issue': 'true',
    'issues-token': keeper.issuesToken ?? JOB_TOKEN,
    ...(keeper.githubToken ? { 'github-token': keeper.githubToken } : {}),
    ...(keeper.environment ? { environment: keeper.environment } : {}),
  });
}

/** Day 5 of a grant of the owner's account: the keep-alive run opens the consent issue. */
async function dayFive(keeper: Keeper, scopes = GRANT_SCOPES) {
  const { refreshToken, run } = await dayFiveRun(keeper, scopes);
  return { refreshToken, run, issue: openIssueFor(keeper) };
}

/** The keep-alive run on day 5 of a grant of the owner's account, stored in `keeper`'s secret. */
async function dayFiveRun(
  keeper: Keeper,
  scopes = GRANT_SCOPES,
  extra: Record<string, string> = {},
) {
  addTokens();
  const refreshToken = world.google.issueGrant({
    clientId: GOOGLE_CLIENT.id,
    scope: scopes.join(' '),
    sub: OWNER_ACCOUNT,
  });
  const when = new Date(Date.now() - 5 * DAY_MS - 3600_000);
  world.github.setSecret(target(keeper.environment), keeper.secret, refreshToken, when);
  const run = await runAction(
    { ...keepAliveInputs(keeper, refreshToken), ...extra },
    { env: { GITHUB_REPOSITORY: REPOSITORY } },
  );
  expect(run.exitCode, run.stdout).toBe(0);
  return { refreshToken, run };
}

/** The re-seed step of examples/reseed.yml (a dispatch): `code` is the pasted address. */
function dispatchReseed(keeper: Keeper, landing: URL, inputs: Record<string, string> = {}) {
  return runAction(
    {
      'client-id': GOOGLE_CLIENT.id,
      'client-secret': GOOGLE_CLIENT.secret,
      code: landing.href,
      'code-verifier': verifierOf(keeper) ?? '',
      'redirect-uri': 'http://127.0.0.1:8080/', // the consent link's
      'secret-name': keeper.secret,
      'github-token': WRITER,
      repository: REPOSITORY,
      'token-url': world.google.tokenUrl,
      'github-api-url': world.github.url,
      ...inputs,
    },
    { env: { GITHUB_REPOSITORY: REPOSITORY } },
  );
}

/** The one open consent issue for this secret (and environment). */
function openIssueFor(keeper: Keeper): SimIssue {
  const open = world.github.issues(REPOSITORY).filter((issue) => {
    const marker = readMarker(issue.body);
    return (
      issue.state === 'open' &&
      marker?.secret === keeper.secret &&
      marker.environment === keeper.environment
    );
  });
  expect(open).toHaveLength(1);
  return open[0] as SimIssue;
}

/** Whether issue `number` is open or closed now. */
const stateOf = (number: number) =>
  world.github.issues(REPOSITORY).find((issue) => issue.number === number)?.state;

const verifierOf = (keeper: Keeper) =>
  world.github.secretValue(target(keeper.environment), `${keeper.secret}_VERIFIER`);

interface Answer {
  /** Who comments: association and login; default the repository's owner. */
  readonly association?: string;
  readonly login?: string;
  /** The Google account signed in at the consent page; default the grant's. */
  readonly account?: string;
  /** The issue the comment goes on, when not the one whose link was opened. */
  readonly on?: SimIssue;
  readonly verifier?: string | undefined;
  readonly event?: EventOverrides;
  /** Done between the comment and the run (the person deletes it, the issue closes, …). */
  readonly meanwhile?: (comment: SimComment) => void;
  readonly inputs?: Record<string, string>;
}

/** A person opens the issue's link on a phone, consents, and pastes the address as a comment. */
async function answer(keeper: Keeper, issue: SimIssue, how: Answer = {}) {
  world.google.user = how.account ?? OWNER_ACCOUNT;
  const link = consentLinkOf(issue);
  const landing = await consentRedirect(
    world.google.authorizeUrl,
    Object.fromEntries(link.searchParams),
  );
  world.google.user = OWNER_ACCOUNT;
  const on = how.on ?? issue;
  const comment = world.github.commentAs(
    REPOSITORY,
    on.number,
    landing.href,
    how.association ?? 'OWNER',
    how.login ?? OWNER,
  );
  const env = await commentEvent(await tempFolder('ftk-trust'), on, comment, how.event);
  how.meanwhile?.(comment);
  const verifier = how.verifier ?? verifierOf(keeper) ?? '';
  return { ...(await reseed(keeper, verifier, env, how.inputs)), comment, landing };
}

/**
 * The re-seed step of examples/reseed-from-issue.yml for the event in `env`: no
 * `code`, the comment comes from the event file. `sent`: requests to the token endpoint.
 */
async function reseed(
  keeper: Keeper,
  verifier: string,
  env: Record<string, string>,
  inputs: Record<string, string> = {},
) {
  const sentBefore = tokenRequests();
  const run = await runAction(
    {
      'client-id': GOOGLE_CLIENT.id,
      'client-secret': GOOGLE_CLIENT.secret,
      'code-verifier': verifier,
      'secret-name': keeper.secret,
      'github-token': WRITER,
      'issues-token': keeper.issuesToken ?? JOB_TOKEN,
      repository: REPOSITORY,
      'token-url': world.google.tokenUrl,
      'github-api-url': world.github.url,
      'consent-issue': 'true',
      ...inputs,
    },
    { env: { GITHUB_REPOSITORY: REPOSITORY, ...env } },
  );
  return { run, sent: tokenRequests() - sentBefore };
}

/** A refusal before the exchange: nothing sent to the token endpoint, the secret as it was. */
function expectRefusedBeforeExchange(
  outcome: { run: ActionRun; sent: number },
  keeper: Keeper,
  stored: string,
  reason: RegExp,
) {
  expect(outcome.run.exitCode, outcome.run.stdout).not.toBe(0);
  expect(outcome.run.errors.join('\n')).toMatch(reason);
  expect(outcome.sent).toBe(0);
  expect(world.github.secretValue(target(keeper.environment), keeper.secret)).toBe(stored);
}

function expectReseeded(outcome: { run: ActionRun }, keeper: Keeper, old: string) {
  expect(outcome.run.exitCode, outcome.run.stdout).toBe(0);
  expect(outcome.run.outputs['secret-updated']).toBe('true');
  const stored = world.github.secretValue(target(keeper.environment), keeper.secret);
  expect(stored).toBeDefined();
  expect(stored).not.toBe(old);
}

describe('1. only someone who could already use the secret may answer, on the consent issue itself', () => {
  it('compares the label without regard to case, as GitHub does', async () => {
    addTokens();
    // Someone created the label first (this runs before any other test here opens an issue),
    // spelled their way; GitHub keeps their spelling.
    const created = await fetch(`${world.github.url}/repos/${REPOSITORY}/labels`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${JOB_TOKEN}`,
        'content-type': 'application/json',
        'user-agent': 'test',
      },
      body: JSON.stringify({ name: 'Fitbit-Token-Keeper', color: 'ededed' }),
    });
    expect(created.status).toBe(201);
    const keeper = { secret: 'LABEL_CASE' };
    const { refreshToken, issue } = await dayFive(keeper);
    expect(issue.labels).toEqual(['Fitbit-Token-Keeper']);
    expectReseeded(await answer(keeper, issue), keeper, refreshToken);
  });

  it.each([
    ['a read collaborator', 'read', 'COLLABORATOR', /has read access/],
    ['a triage collaborator', 'triage', 'COLLABORATOR', /has read access/],
    ['an organisation member without access', undefined, 'MEMBER', /has no access/],
  ] as const)(
    'refuses %s, asking GitHub, before the token endpoint',
    async (_, role, association, reason) => {
      const keeper = { secret: `ROLE_${role ?? 'NONE'}` };
      const { refreshToken, issue } = await dayFive(keeper);
      const login = `person-${role ?? 'member'}`;
      world.github.setRole(REPOSITORY, login, role);
      const outcome = await answer(keeper, issue, { association, login });
      expectRefusedBeforeExchange(outcome, keeper, refreshToken, reason);
      expect(openIssueFor(keeper).number).toBe(issue.number);
    },
  );

  it('accepts a collaborator with the maintain role (GitHub reports it as write)', async () => {
    const keeper = { secret: 'ROLE_MAINTAIN' };
    const { refreshToken, issue } = await dayFive(keeper);
    world.github.setRole(REPOSITORY, 'maintainer', 'maintain');
    const outcome = await answer(keeper, issue, {
      association: 'COLLABORATOR',
      login: 'maintainer',
    });
    expectReseeded(outcome, keeper, refreshToken);
    const permissionAsked = world.github.requests.some(
      (request) =>
        request.method === 'GET' &&
        request.path === `/repos/${REPOSITORY}/collaborators/maintainer/permission`,
    );
    expect(permissionAsked).toBe(true);
  });

  it('refuses a comment on a pull request that copies the issue, label and marker', async () => {
    const keeper = { secret: 'ON_A_PULL' };
    const { refreshToken, issue } = await dayFive(keeper);
    const pull = world.github.openIssueAs(
      REPOSITORY,
      { login: OWNER, type: 'User' },
      { title: issue.title, body: issue.body, labels: issue.labels, pullRequest: true },
    );
    const outcome = await answer(keeper, issue, { on: pull });
    expectRefusedBeforeExchange(outcome, keeper, refreshToken, /on a pull request/);
  });

  it('refuses any event action but created (an edited comment)', async () => {
    const keeper = { secret: 'EDITED' };
    const { refreshToken, issue } = await dayFive(keeper);
    const outcome = await answer(keeper, issue, { event: { action: 'edited' } });
    expectRefusedBeforeExchange(outcome, keeper, refreshToken, /was edited, not created/);
  });

  it('refuses an issue that is closed now, asking GitHub rather than the event', async () => {
    const keeper = { secret: 'CLOSED_NOW' };
    const { refreshToken, issue } = await dayFive(keeper);
    const outcome = await answer(keeper, issue, {
      event: { state: 'open' },
      meanwhile: () => {
        issue.state = 'closed';
      },
    });
    expectRefusedBeforeExchange(outcome, keeper, refreshToken, /issue #\d+ is closed/);
  });

  it('refuses an issue someone else opened with a copy of the label, marker and link', async () => {
    const keeper = { secret: 'COPIED' };
    const { refreshToken, issue } = await dayFive(keeper);
    world.github.setRole(REPOSITORY, 'copycat', 'write');
    const copy = world.github.openIssueAs(
      REPOSITORY,
      { login: 'copycat', type: 'User' },
      { title: issue.title, body: issue.body, labels: issue.labels },
    );
    const outcome = await answer(keeper, issue, { on: copy });
    expectRefusedBeforeExchange(
      outcome,
      keeper,
      refreshToken,
      /was opened by copycat, not by github-actions\[bot\], the account the issues-token writes consent issues as/,
    );
  });

  it("refuses a marker for another environment (the environment's issue answered for the repository's secret)", async () => {
    world.github.addEnvironment(REPOSITORY, 'prod');
    const inProd = { secret: 'BY_ENVIRONMENT', environment: 'prod' };
    const { issue } = await dayFive(inProd);
    const repositoryLevel = { secret: 'BY_ENVIRONMENT' };
    world.github.setSecret(target(), 'BY_ENVIRONMENT', 'the repository secret');
    const outcome = await answer(repositoryLevel, issue, { verifier: verifierOf(inProd) });
    expectRefusedBeforeExchange(
      outcome,
      repositoryLevel,
      'the repository secret',
      /is for the secret of the environment prod, not of the repository/,
    );
  });

  it.each([
    ["the job's GITHUB_TOKEN (github-actions[bot], named by GraphQL)", JOB_TOKEN, 'POST /graphql'],
    ["a GitHub App's installation token (its bot, named by GraphQL)", APP_TOKEN, 'POST /graphql'],
    ["a person's token (named by GET /user)", PERSON_TOKEN, 'GET /user'],
  ])(
    'knows who writes consent issues with %s, and accepts its issue',
    async (_, issuesToken, asked) => {
      const keeper = { secret: `WRITER_${issuesToken.slice(-4)}`, issuesToken };
      const { refreshToken, issue } = await dayFive(keeper);
      const mark = world.github.requests.length;
      expectReseeded(await answer(keeper, issue), keeper, refreshToken);
      const calls = world.github.requests.slice(mark).map((r) => `${r.method} ${r.path}`);
      expect(calls).toContain(asked);
    },
  );

  it("refuses an issue the job's GITHUB_TOKEN wrote when the issues-token is a GitHub App's", async () => {
    const keeper = { secret: 'OTHER_WRITER' };
    const { refreshToken, issue } = await dayFive(keeper);
    const outcome = await answer(keeper, issue, { inputs: { 'issues-token': APP_TOKEN } });
    expectRefusedBeforeExchange(
      outcome,
      keeper,
      refreshToken,
      /opened by github-actions\[bot\], not by keeper-app\[bot\]/,
    );
  });
});

describe("2. the new grant must be the account's the issue recorded", () => {
  const keeper = { secret: 'SAME_ACCOUNT' };
  let refreshToken = '';
  let number = 0;
  let recorded: ReturnType<typeof readMarker>;

  it("day 5: the issue records the grant's account and scopes, revealing neither the account nor a way to find it", async () => {
    const opened = await dayFive(keeper);
    refreshToken = opened.refreshToken;
    number = opened.issue.number;
    recorded = readMarker(opened.issue.body);
    expect(recorded?.identity).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set(recorded?.scopes)).toEqual(new Set(GRANT_SCOPES));
    expect(opened.issue.body).not.toContain(OWNER_ACCOUNT);
    expect(opened.issue.body).toContain("Use only the link in this issue's body");
  });

  it('the grant dies: the updated issue keeps the account, and asks for exactly the scopes the grant had', async () => {
    world.google.revoke(refreshToken);
    const run = await runAction(keepAliveInputs(keeper, refreshToken), {
      env: { GITHUB_REPOSITORY: REPOSITORY },
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.errors.join('\n')).toMatch(/invalid_grant/);
    const issue = openIssueFor(keeper);
    expect(issue.number).toBe(number);
    expect(issue.body).toMatch(/answered invalid_grant/);
    const kept = readMarker(issue.body);
    expect(kept?.identity).toBe(recorded?.identity);
    expect(kept?.scopes).toEqual(recorded?.scopes);
    const asked = consentLinkOf(issue).searchParams.get('scope')?.split(' ');
    expect(new Set(asked)).toEqual(new Set(GRANT_SCOPES));
    expect(asked).toHaveLength(GRANT_SCOPES.length);
    expect(issue.body).toContain('It asks for the access the grant had, nothing more.');
    expect(issue.body).not.toMatch(/every permission/);
  });

  it("another account's consent, pasted by the owner, is refused after the exchange and before the store", async () => {
    const issue = openIssueFor(keeper);
    const verifier = verifierOf(keeper);
    const outcome = await answer(keeper, issue, { account: OTHER_ACCOUNT });
    expect(outcome.run.exitCode).not.toBe(0);
    expect(outcome.sent).toBe(1); // the code was exchanged: only then is the account known
    const error = outcome.run.errors.join('\n');
    expect(error).toMatch(/consent came from another account than the grant's/);
    expect(error).toMatch(/The consent is needed from the account the grant belongs to/);
    expect(error).toMatch(/still holds the refresh token it held before, unchanged/);
    expect(error).not.toContain(OTHER_ACCOUNT);
    expect(world.github.secretValue(target(), keeper.secret)).toBe(refreshToken);
    expect(verifierOf(keeper)).toBe(verifier);
    expect(openIssueFor(keeper).number).toBe(number);
  });

  it("the account's own consent re-seeds the secret", async () => {
    const outcome = await answer(keeper, openIssueFor(keeper));
    expectReseeded(outcome, keeper, refreshToken);
  });
});

describe('3. one link, one answer, PKCE always', () => {
  it("refuses a verifier that is not the issue link's before the exchange, naming the challenge", async () => {
    const keeper = { secret: 'WRONG_VERIFIER' };
    const { refreshToken, issue } = await dayFive(keeper);
    const outcome = await answer(keeper, issue, { verifier: 'v'.repeat(43) });
    expectRefusedBeforeExchange(
      outcome,
      keeper,
      refreshToken,
      /the state matches, but S256 of code-verifier is not the PKCE challenge this issue recorded/,
    );
  });

  it('deletes the verifier after a re-seed, so the same answer never works again', async () => {
    const keeper = { secret: 'ONE_ANSWER' };
    const { refreshToken, issue } = await dayFive(keeper);
    const verifier = verifierOf(keeper) ?? '';
    const first = await answer(keeper, issue);
    expectReseeded(first, keeper, refreshToken);
    expect(verifierOf(keeper)).toBeUndefined();
    const stored = world.github.secretValue(target(), keeper.secret) ?? '';

    // The same address pasted again (a workflow still holding the old verifier value).
    const again = world.github.commentAs(
      REPOSITORY,
      issue.number,
      first.landing.href,
      'OWNER',
      OWNER,
    );
    const env = await commentEvent(await tempFolder('ftk-trust'), issue, again, { state: 'open' });
    const replay = await reseed(keeper, verifier, env);
    expectRefusedBeforeExchange(replay, keeper, stored, /is closed/);
  });

  it('two overlapping runs leave one open issue, with one link, and one verifier', async () => {
    addTokens();
    const keeper = { secret: 'OVERLAP' };
    const refreshToken = world.google.issueGrant({
      clientId: GOOGLE_CLIENT.id,
      scope: GRANT_SCOPES.join(' '),
    });
    world.github.setSecret(
      target(),
      keeper.secret,
      refreshToken,
      new Date(Date.now() - 5.5 * DAY_MS),
    );
    const issuesPath = `/repos/${REPOSITORY}/issues`;
    // The first run's list of open issues is answered (empty) only once the other run has
    // opened its issue: both runs then open one.
    let otherOpened = () => {};
    const opened = new Promise<void>((resolve) => {
      otherOpened = resolve;
    });
    world.github.faults.push(
      {
        match: (method, path) => method === 'GET' && path === issuesPath,
        afterHandling: true,
        holdUntil: opened,
      },
      {
        match: (method, path) => method === 'POST' && path === issuesPath,
        afterHandling: true,
        rewrite: (reply) => {
          otherOpened();
          return reply;
        },
      },
    );
    const mark = world.github.requests.length;
    const runs = await Promise.all(
      [JOB_TOKEN, OTHER_JOB_TOKEN].map((issuesToken) =>
        runAction(keepAliveInputs({ ...keeper, issuesToken }, refreshToken), {
          env: { GITHUB_REPOSITORY: REPOSITORY },
        }),
      ),
    );
    world.github.faults.clear();
    for (const run of runs) expect(run.exitCode, run.stdout).toBe(0);

    const both = world.github
      .issues(REPOSITORY)
      .filter((issue) => readMarker(issue.body)?.secret === keeper.secret);
    expect(both).toHaveLength(2);
    const [kept, duplicate] = both as [SimIssue, SimIssue];
    expect(kept.number).toBeLessThan(duplicate.number);
    expect(kept.state).toBe('open');
    expect(duplicate.state).toBe('closed');
    expect(duplicate.comments.at(-1)?.body).toContain(`Another run opened #${kept.number}`);
    const verifierWrites = world.github.requests
      .slice(mark)
      .filter((r) => r.method === 'PUT' && r.path.endsWith(`/${keeper.secret}_VERIFIER`));
    expect(verifierWrites).toHaveLength(1);
    expect(consentLinkOf(kept).searchParams.get('code_challenge')).toBe(
      pkceChallenge(verifierOf(keeper) ?? ''),
    );
    expect(duplicate.body).not.toContain('Open the consent page');
  });
});

describe('5. each follow-up of a re-seed on its own', () => {
  it('a comment the person already deleted (404) does not leave the issue open', async () => {
    const keeper = { secret: 'GONE_COMMENT' };
    const { refreshToken, issue } = await dayFive(keeper);
    const outcome = await answer(keeper, issue, {
      meanwhile: (comment) => {
        issue.comments.splice(issue.comments.indexOf(comment), 1);
      },
    });
    expectReseeded(outcome, keeper, refreshToken);
    const closed = world.github.issues(REPOSITORY).find((item) => item.number === issue.number);
    expect(closed?.state).toBe('closed');
    expect(closed?.comments.at(-1)?.body).toMatch(/The grant was renewed/);
    expect(verifierOf(keeper)).toBeUndefined();
    expect(outcome.run.stdout).not.toMatch(/::warning::.*delete the comment/);
  });

  it('a verifier GitHub will not delete is a warning; the comment is still deleted and the issue closed', async () => {
    const keeper = { secret: 'STUCK_VERIFIER' };
    const { refreshToken, issue } = await dayFive(keeper);
    world.github.faults.push({
      match: (method, path) => method === 'DELETE' && path.endsWith('/STUCK_VERIFIER_VERIFIER'),
      status: 403,
      body: { message: 'Resource not accessible by personal access token' },
      times: 20,
    });
    let outcome: Awaited<ReturnType<typeof answer>>;
    try {
      outcome = await answer(keeper, issue);
    } finally {
      world.github.faults.clear();
    }
    expectReseeded(outcome, keeper, refreshToken);
    expect(outcome.run.stdout).toMatch(
      /::warning::consent-issue: could not delete the secret STUCK_VERIFIER_VERIFIER/,
    );
    const closed = world.github.issues(REPOSITORY).find((item) => item.number === issue.number);
    expect(closed?.state).toBe('closed');
    expect(closed?.deletedComments).toContain(outcome.comment.id);
  });
});

describe("4. only the keeper's own issues count, whoever copies their label and marker", () => {
  /** Someone with the triage role (may open and label issues, may not read secrets). */
  const MALLORY: SimAccount = { login: 'mallory', type: 'User' };
  const HER_VERIFIER = 'm'.repeat(43);
  const WIDER = [...GRANT_SCOPES, `${AREA}.heart_rate.readonly`, `${AREA}.nutrition`];

  /** Mallory's issue: the label, a well-formed marker with her state, challenge, account and scopes. */
  function plant(keeper: Keeper): SimIssue {
    world.github.setRole(REPOSITORY, MALLORY.login, 'triage');
    const marker = {
      secret: keeper.secret,
      environment: keeper.environment,
      state: 'mallorys-state',
      challenge: pkceChallenge(HER_VERIFIER),
      identity: 'x'.repeat(43),
      scopes: WIDER,
    };
    return world.github.openIssueAs(REPOSITORY, MALLORY, {
      title: consentIssueTitle(keeper.secret, keeper.environment),
      body: `The grant needs a new consent.\n\n${renderMarker(marker)}`,
      labels: ['fitbit-token-keeper'],
    });
  }

  /** The keeper's own open issue for `keeper` (github-actions[bot]'s). */
  function keepersIssue(keeper: Keeper): SimIssue {
    const own = world.github
      .issues(REPOSITORY)
      .filter(
        (issue) =>
          issue.state === 'open' &&
          issue.author.login === 'github-actions[bot]' &&
          readMarker(issue.body)?.secret === keeper.secret,
      );
    expect(own).toHaveLength(1);
    return own[0] as SimIssue;
  }

  /** No request since `mark` went to the planted issue (no update, comment or close). */
  function untouched(planted: SimIssue, before: string, mark: number) {
    expect(JSON.stringify(planted)).toBe(before);
    const touching = world.github.requests
      .slice(mark)
      .filter(
        (r) =>
          r.method !== 'GET' && r.path.startsWith(`/repos/${REPOSITORY}/issues/${planted.number}`),
      );
    expect(touching.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  }

  /** The keeper's link: its own state and challenge, the grant's scopes, never hers. */
  function ownLink(keeper: Keeper, issue: SimIssue) {
    const link = consentLinkOf(issue);
    expect(link.searchParams.get('state')).not.toBe('mallorys-state');
    expect(link.searchParams.get('code_challenge')).toBe(pkceChallenge(verifierOf(keeper) ?? ''));
    expect(link.searchParams.get('code_challenge')).not.toBe(pkceChallenge(HER_VERIFIER));
    expect(new Set(link.searchParams.get('scope')?.split(' '))).toEqual(new Set(GRANT_SCOPES));
    expect(readMarker(issue.body)?.identity).not.toBe('x'.repeat(43));
  }

  it("day 5: the keep-alive opens its own issue beside a triage collaborator's planted one, and never touches hers", async () => {
    addTokens();
    const keeper = { secret: 'PLANTED_DAY_FIVE' };
    const planted = plant(keeper);
    const before = JSON.stringify(planted);
    const mark = world.github.requests.length;
    // dayFive's own lookup would find her issue too: the keeper's is found by its author.
    const { refreshToken, run } = await dayFiveRun(keeper);
    const own = keepersIssue(keeper);
    expect(own.number).toBeGreaterThan(planted.number);
    expect(run.stdout).toContain(`Opened consent issue #${own.number}`);
    ownLink(keeper, own);
    untouched(planted, before, mark);

    // The owner answers the keeper's issue; the renewal closes it and leaves hers alone.
    expectReseeded(await answer(keeper, own), keeper, refreshToken);
    expect(stateOf(own.number)).toBe('closed');
    untouched(planted, before, mark);
  });

  it('a dead grant: the keeper opens its own issue beside the planted one before the run fails', async () => {
    addTokens();
    const keeper = { secret: 'PLANTED_DEAD' };
    const refreshToken = world.google.issueGrant({
      clientId: GOOGLE_CLIENT.id,
      scope: GRANT_SCOPES.join(' '),
      sub: OWNER_ACCOUNT,
    });
    world.github.setSecret(target(), keeper.secret, refreshToken);
    world.google.revoke(refreshToken);
    const planted = plant(keeper);
    const before = JSON.stringify(planted);
    const mark = world.github.requests.length;
    const run = await runAction(keepAliveInputs(keeper, refreshToken), {
      env: { GITHUB_REPOSITORY: REPOSITORY },
    });
    expect(run.exitCode).not.toBe(0);
    const own = keepersIssue(keeper);
    expect(own.number).not.toBe(planted.number);
    // Nothing of hers is read: not her scopes (no grant's scopes are known), the preset's.
    const asked = consentLinkOf(own).searchParams.get('scope')?.split(' ') ?? [];
    expect(asked).not.toContain(`${AREA}.nutrition`);
    expect(consentLinkOf(own).searchParams.get('state')).not.toBe('mallorys-state');
    untouched(planted, before, mark);
  });

  it("a healthy grant closes only the keeper's own issues, never the planted one", async () => {
    addTokens();
    const keeper = { secret: 'PLANTED_RENEWED' };
    const { refreshToken } = await dayFive(keeper);
    const own = openIssueFor(keeper);
    const planted = plant(keeper);
    const before = JSON.stringify(planted);
    // The grant was renewed elsewhere (authorize on a laptop): the secret is fresh.
    world.github.setSecret(target(), keeper.secret, refreshToken, new Date());
    const mark = world.github.requests.length;
    const run = await runAction(keepAliveInputs(keeper, refreshToken), {
      env: { GITHUB_REPOSITORY: REPOSITORY },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(stateOf(own.number)).toBe('closed');
    untouched(planted, before, mark);
  });
});

describe('6. the account survives the grant: recorded, passed back, and checked at every re-seed', () => {
  const keeper = { secret: 'DIES_UNWARNED' };
  const accountSecret = `${keeper.secret}_ACCOUNT`;
  let refreshToken = '';
  let record = '';

  it('a refresh learns the account and records it in <secret>_ACCOUNT, revealing nothing; passed back, nothing more is written', async () => {
    addTokens();
    // No grant-lifetime: nothing warns before the grant dies.
    refreshToken = world.google.issueGrant({
      clientId: GOOGLE_CLIENT.id,
      scope: GRANT_SCOPES.join(' '),
      sub: OWNER_ACCOUNT,
    });
    world.github.setSecret(target(), keeper.secret, refreshToken);
    const inputs = { ...keepAliveInputs(keeper, refreshToken), 'grant-lifetime': '' };
    const first = await runAction(inputs, { env: { GITHUB_REPOSITORY: REPOSITORY } });
    expect(first.exitCode, first.stdout).toBe(0);
    record = world.github.secretValue(target(), accountSecret) ?? '';
    expect(record).toMatch(/^v1\.[\w-]{22}\.[\w-]{43}$/);
    expect(record).not.toContain(OWNER_ACCOUNT);
    expect(first.stdout).toContain(`Recorded the grant's account in the secret ${accountSecret}.`);
    expect(summaryNotes(first.summary).join('\n')).toMatch(
      new RegExp(`account is now recorded in the secret ${accountSecret}`),
    );

    const mark = world.github.requests.length;
    const again = await runAction(
      { ...inputs, 'grant-account': record },
      { env: { GITHUB_REPOSITORY: REPOSITORY } },
    );
    expect(again.exitCode, again.stdout).toBe(0);
    const writes = world.github.requests.slice(mark).filter((r) => r.method === 'PUT');
    expect(writes.map((r) => r.path)).toEqual([]);
  });

  it('the grant is revoked without warning: the keep-alive opens the consent issue', async () => {
    world.google.revoke(refreshToken);
    const run = await runAction(
      { ...keepAliveInputs(keeper, refreshToken), 'grant-lifetime': '', 'grant-account': record },
      { env: { GITHUB_REPOSITORY: REPOSITORY } },
    );
    expect(run.exitCode).not.toBe(0);
    const issue = openIssueFor(keeper);
    expect(issue.body).toMatch(/answered invalid_grant/);
    // The dead grant named no account, yet the issue knows one is recorded.
    expect(readMarker(issue.body)?.identity).toBeUndefined();
    expect(issue.body).toContain(
      'a consent from another account than the one the grant belongs to',
    );
  });

  it("another account's consent from the issue is refused after the exchange and before the store: the old secret stays", async () => {
    const issue = openIssueFor(keeper);
    const verifier = verifierOf(keeper);
    const outcome = await answer(keeper, issue, {
      account: OTHER_ACCOUNT,
      inputs: { 'grant-account': record },
    });
    expect(outcome.run.exitCode).not.toBe(0);
    expect(outcome.sent).toBe(1);
    const error = outcome.run.errors.join('\n');
    expect(error).toMatch(
      /consent came from another account than the grant's \(grant-account records/,
    );
    expect(error).not.toContain(OTHER_ACCOUNT);
    expect(world.github.secretValue(target(), keeper.secret)).toBe(refreshToken);
    expect(world.github.secretValue(target(), accountSecret)).toBe(record);
    expect(verifierOf(keeper)).toBe(verifier);
    expect(openIssueFor(keeper).number).toBe(issue.number);
  });

  it("another account's code through the dispatch re-seed is refused the same way", async () => {
    world.google.user = OTHER_ACCOUNT;
    const landing = await consentRedirect(
      world.google.authorizeUrl,
      Object.fromEntries(consentLinkOf(openIssueFor(keeper)).searchParams),
    );
    world.google.user = OWNER_ACCOUNT;
    const sentBefore = tokenRequests();
    const run = await dispatchReseed(keeper, landing, { 'grant-account': record });
    expect(run.exitCode).not.toBe(0);
    expect(tokenRequests() - sentBefore).toBe(1);
    expect(run.errors.join('\n')).toMatch(/consent came from another account than the grant's/);
    expect(world.github.secretValue(target(), keeper.secret)).toBe(refreshToken);
  });

  it("the account's own consent re-seeds the secret", async () => {
    const outcome = await answer(keeper, openIssueFor(keeper), {
      inputs: { 'grant-account': record },
    });
    expectReseeded(outcome, keeper, refreshToken);
    expect(world.github.secretValue(target(), accountSecret)).toBe(record);
  });

  it('a grant made without openid: the first re-seed records the account, and its summary says so', async () => {
    const withoutOpenId = { secret: 'NO_OPENID_YET' };
    const scopes = GRANT_SCOPES.filter((scope) => scope !== 'openid');
    const { refreshToken: old, issue } = await dayFive(withoutOpenId, scopes);
    expect(world.github.secretValue(target(), `${withoutOpenId.secret}_ACCOUNT`)).toBeUndefined();
    // The link asks for openid all the same, so the new grant names its account.
    expect(consentLinkOf(issue).searchParams.get('scope')?.split(' ')).toContain('openid');
    const outcome = await answer(withoutOpenId, issue);
    expectReseeded(outcome, withoutOpenId, old);
    const stored = world.github.secretValue(target(), `${withoutOpenId.secret}_ACCOUNT`);
    expect(stored).toMatch(/^v1\./);
    expect(summaryNotes(outcome.run.summary).join('\n')).toMatch(
      /account is now recorded in the secret NO_OPENID_YET_ACCOUNT\. Nothing had recorded the account before/,
    );
  });

  it('the consent link asks for openid also when consent-scopes leaves it out', async () => {
    const keeperWithScopes = { secret: 'CONSENT_SCOPES' };
    await dayFiveRun(keeperWithScopes, GRANT_SCOPES, {
      'consent-scopes': `${AREA}.sleep.readonly`,
    });
    const asked = consentLinkOf(openIssueFor(keeperWithScopes)).searchParams.get('scope');
    expect(asked?.split(' ').sort()).toEqual([`${AREA}.sleep.readonly`, 'openid'].sort());
  });
});

describe('7. the verifier goes with every closing; only what was pasted is masked', () => {
  it('a dispatch re-seed closes the issue and deletes the verifier', async () => {
    const keeper = { secret: 'DISPATCH_CLOSES' };
    const { refreshToken, issue } = await dayFive(keeper);
    expect(verifierOf(keeper)).toBeDefined();
    const landing = await consentRedirect(
      world.google.authorizeUrl,
      Object.fromEntries(consentLinkOf(issue).searchParams),
    );
    const run = await dispatchReseed(keeper, landing, {
      'issues-token': JOB_TOKEN,
      'consent-issue': 'true',
    });
    expectReseeded({ run }, keeper, refreshToken);
    expect(stateOf(issue.number)).toBe('closed');
    expect(verifierOf(keeper)).toBeUndefined();
  });

  it('a keep-alive that finds the grant renewed closes the issue and deletes the verifier', async () => {
    const keeper = { secret: 'RENEWED_CLOSES' };
    const { refreshToken, issue } = await dayFive(keeper);
    world.github.setSecret(target(), keeper.secret, refreshToken, new Date());
    const run = await runAction(keepAliveInputs(keeper, refreshToken), {
      env: { GITHUB_REPOSITORY: REPOSITORY },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(stateOf(issue.number)).toBe('closed');
    expect(verifierOf(keeper)).toBeUndefined();
  });

  it('masks the pasted address and its code, and nothing else of the comment: a commenter cannot blank out the log', async () => {
    const keeper = { secret: 'MASKS' };
    const { refreshToken, issue } = await dayFive(keeper);
    const link = consentLinkOf(issue);
    const landing = await consentRedirect(
      world.google.authorizeUrl,
      Object.fromEntries(link.searchParams),
    );
    const text = `GitHub\nthe\ntoken\n${landing.href}\nsecrets`;
    const comment = world.github.commentAs(REPOSITORY, issue.number, text, 'OWNER', OWNER);
    const env = await commentEvent(await tempFolder('ftk-trust'), issue, comment);
    const outcome = await reseed(keeper, verifierOf(keeper) ?? '', env);
    expectReseeded(outcome, keeper, refreshToken);
    const code = landing.searchParams.get('code') ?? '';
    expect(outcome.run.masks).toEqual(expect.arrayContaining([landing.href, code]));
    for (const word of ['GitHub', 'the', 'token', 'secrets', text]) {
      expect(outcome.run.masks).not.toContain(word);
    }
    // The run's own lines keep their words.
    expect(outcome.run.stdout).toMatch(/GitHub: the token may write Actions secrets/);
    const printed = outcome.run.stdout.replace(/^::add-mask::.*$/gm, '');
    expect(printed).not.toContain(code);
  });
});
