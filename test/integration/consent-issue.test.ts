/**
 * The consent issue in-process, against the simulators: a dead grant opens
 * the issue before the run fails; a github-token that may only read secrets
 * gets a link without PKCE and a warning; a healthy grant closes the issue
 * with a comment naming the new grant-expires-at.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { summaryLinks, summaryProblems, summaryRows } from '../../sim/summary.js';
import { humanTime } from '../../src/lib/time.js';
import { runInProcess } from '../helpers/in-process.js';
import { useWorld } from '../helpers/use-world.js';

const REPOSITORY = 'octo/consent';
const TARGET = { repository: REPOSITORY };
const WRITER = 'ghp_consent_writer_0001';
const READER = 'ghp_consent_reader_0002';
const JOB_TOKEN = 'ghs_consent_job_token_03';
const GOOGLE_CLIENT = { id: 'consent.apps.googleusercontent.com', secret: 'GOCSPX-consent' };
const SCOPE = 'https://www.googleapis.com/auth/googlehealth.sleep.readonly';
const DAY_MS = 86_400_000;

const world = useWorld({
  repository: REPOSITORY,
  writer: WRITER,
  reader: READER,
  fitbitClient: { id: 'UNUSED2', secret: 'unused', type: 'server' },
  googleClient: GOOGLE_CLIENT,
});

const inputs = (secretName: string, refreshToken: string, extra: Record<string, string> = {}) =>
  world.googleInputs(refreshToken, {
    'secret-name': secretName,
    'grant-lifetime': '7d',
    'consent-issue': 'true',
    'issues-token': JOB_TOKEN,
    ...extra,
  });

const issuesFor = (secret: string) =>
  world.github.issues(REPOSITORY).filter((issue) => issue.body.includes(`secret=${secret} `));

beforeAll(() => {
  world.github.addToken(JOB_TOKEN, 'metadata', 'write');
});

describe('the consent issue', () => {
  it('invalid_grant: opens the issue, then fails as before', async () => {
    const token = world.google.issueGrant({ clientId: GOOGLE_CLIENT.id, scope: SCOPE });
    world.google.revoke(token);
    world.github.setSecret(TARGET, 'DEAD_GRANT', token);
    const result = await runInProcess(inputs('DEAD_GRANT', token));
    expect(result.exitCode).not.toBe(0);
    expect(result.errors.join('\n')).toMatch(/invalid_grant/);
    const [issue, ...more] = issuesFor('DEAD_GRANT');
    expect(more).toEqual([]);
    expect(issue?.state).toBe('open');
    expect(issue?.body).toMatch(
      /it has ended \(`The token endpoint \(127\.0\.0\.1:\d+\) answered HTTP 400, invalid_grant: /,
    );
    // No scopes known from a dead grant: the preset's read-only ones.
    expect(issue?.body).toContain('googlehealth.activity_and_fitness.readonly');
    expect(world.github.secretValue(TARGET, 'DEAD_GRANT_VERIFIER')).toBeDefined();
    // The failed run's summary sends the person to the issue it just opened.
    const rows = Object.fromEntries(summaryRows(result.summary).map(([k = '', v = '']) => [k, v]));
    const issueUrl = `https://github.com/${REPOSITORY}/issues/${issue?.number}`;
    expect(rows['Next step']).toContain(`${issueUrl}: open its consent link`);
    // One next step, and a link a thumb can tap; the state names no other route.
    expect(summaryLinks(result.summary)).toEqual([issueUrl]);
    expect(summaryProblems(result.summary, { links: [issueUrl] })).toEqual([]);
    expect(rows['Where it stands']).not.toMatch(/authorize|re-seed workflow/);
  });

  it('410 from the legacy Fitbit endpoint: opens the issue too, then fails as before', async () => {
    const token = world.fitbit.issueGrant({ clientId: 'UNUSED2', scope: 'sleep', userId: 'GONE1' });
    world.github.setSecret(TARGET, 'GONE_GRANT', token);
    world.fitbit.retired = true;
    try {
      const result = await runInProcess(
        world.fitbitInputs(token, {
          'secret-name': 'GONE_GRANT',
          'consent-issue': 'true',
          'issues-token': JOB_TOKEN,
        }),
      );
      expect(result.exitCode).not.toBe(0);
      expect(result.errors.join('\n')).toMatch(/HTTP 410/);
    } finally {
      world.fitbit.retired = false;
    }
    const [issue, ...more] = issuesFor('GONE_GRANT');
    expect(more).toEqual([]);
    expect(issue?.state).toBe('open');
    expect(issue?.body).toMatch(
      /it no longer works \(`The token endpoint \(127\.0\.0\.1:\d+\) answered HTTP 410/,
    );
  });

  it('a github-token that may only read secrets: an issue without a link, naming the permission', async () => {
    const token = world.google.issueGrant({ clientId: GOOGLE_CLIENT.id, scope: SCOPE });
    world.github.setSecret(TARGET, 'READ_ONLY', token, new Date(Date.now() - 5.5 * DAY_MS));
    const result = await runInProcess(inputs('READ_ONLY', token, { 'github-token': READER }));
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/::warning::.*holds no link.*Secrets: read and write/);
    const [issue] = issuesFor('READ_ONLY');
    expect(issue?.body).toMatch(
      /no consent link yet: the github-token may not write the secret `READ_ONLY_VERIFIER`/,
    );
    expect(issue?.body).toContain('"Secrets: read and write"');
    expect(issue?.body).not.toMatch(
      /https?:\/\/accounts\.google|code_challenge|Open the consent page/,
    );
    expect(world.github.secretValue(TARGET, 'READ_ONLY_VERIFIER')).toBeUndefined();

    // Once the token may write secrets, the next run adds the link with PKCE to the same issue.
    const fixed = await runInProcess(inputs('READ_ONLY', token));
    expect(fixed.exitCode, fixed.stdout).toBe(0);
    const [again, ...more] = issuesFor('READ_ONLY');
    expect(more).toEqual([]);
    expect(again?.number).toBe(issue?.number);
    expect(again?.body).toContain('code_challenge_method=S256');
    expect(world.github.secretValue(TARGET, 'READ_ONLY_VERIFIER')).toBeDefined();
  });

  it('a healthy grant closes the open issue, saying until when it lasts', async () => {
    // Two grants near their end, each with its issue; one of them is then renewed.
    for (const secret of ['RENEWED', 'NOT_RENEWED']) {
      const token = world.google.issueGrant({ clientId: GOOGLE_CLIENT.id, scope: SCOPE });
      world.github.setSecret(TARGET, secret, token, new Date(Date.now() - 5.5 * DAY_MS));
      expect((await runInProcess(inputs(secret, token))).exitCode).toBe(0);
      expect(issuesFor(secret).map((issue) => issue.state)).toEqual(['open']);
    }
    const token = world.github.secretValue(TARGET, 'RENEWED') ?? '';
    // A re-seed elsewhere (e.g. the authorize command) wrote the secret just now.
    world.github.setSecret(TARGET, 'RENEWED', token, new Date());
    const result = await runInProcess(inputs('RENEWED', token));
    expect(result.exitCode, result.stdout).toBe(0);
    const [issue] = issuesFor('RENEWED');
    expect(issue?.state).toBe('closed');
    expect(issue?.comments.at(-1)?.body).toContain(
      `The grant was renewed. It is now expected to last until ${humanTime(new Date(result.outputs['grant-expires-at'] ?? ''), new Date())}.`,
    );
    // Other secrets' issues are left alone.
    expect(issuesFor('NOT_RENEWED').map((i) => i.state)).toEqual(['open']);
  });
});
