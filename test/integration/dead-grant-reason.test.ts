/**
 * A dead grant's consent issue says what the provider really answered, in
 * the provider's own shape as the failure read it: Strava's resource and
 * field with its HTTP status, Withings' status inside an HTTP 200, WHOOP's
 * RFC 6749 invalid_grant. The provider's words are text in the issue: a link,
 * image or tag in them renders as nothing but its characters. Withings' issue
 * also says its code lives 30 seconds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { elementsIn, linksIn, renderAsGitHub, textOf } from '../../sim/markdown.js';
import type { RotatingPreset } from '../../sim/world.js';
import { runInProcess } from '../helpers/in-process.js';
import {
  isPresetTokenRequest,
  secretOf,
  seedPresetGrant,
  WITHINGS_CALLBACK,
} from '../helpers/preset-world.js';
import { useWorld } from '../helpers/use-world.js';

const WRITER = 'ghp_dead_reason_writer_01';
const JOB_TOKEN = 'ghs_dead_reason_job_token_02';

const world = useWorld({
  repository: 'octo/dead-reason',
  writer: WRITER,
  fitbitClient: { id: 'UNUSED3', secret: 'unused', type: 'server' },
});

beforeAll(() => {
  world.github.addToken(JOB_TOKEN, 'metadata', 'write');
});

let repositories = 0;

/** A dead grant's keep-alive run with consent-issue: true; the issue it opened, as its body. */
async function deadGrantIssue(preset: RotatingPreset, kill: (user: string) => void) {
  const repository = `octo/dead-reason-${++repositories}`;
  world.github.addRepo(repository);
  const { user, token } = seedPresetGrant(world, preset, { repository });
  kill(user);
  const result = await runInProcess(
    world.presetInputs(preset, token, {
      repository,
      'consent-issue': 'true',
      'issues-token': JOB_TOKEN,
      ...(preset === 'withings' ? { 'redirect-uri': WITHINGS_CALLBACK } : {}),
    }),
  );
  expect(result.exitCode).toBe(1);
  const [issue, ...others] = world.github.issues(repository);
  expect(others).toEqual([]);
  expect(issue?.body).toContain(`\`${secretOf(preset)}\``);
  return issue?.body ?? '';
}

/** The issue's first paragraph as GitHub shows it: what happened to the grant. */
const firstParagraph = (body: string) => textOf(renderAsGitHub(body.split('\n\n')[0] ?? ''));

describe("a dead grant's consent issue quotes the provider's answer", () => {
  it('Strava: the HTTP status, the resource and field its error names', async () => {
    const body = await deadGrantIssue('strava', (user) => world.presets.strava.revoke(user));
    expect(firstParagraph(body)).toMatch(
      /needs a new consent: it has ended \(The token endpoint \(127\.0\.0\.1:\d+\) answered HTTP 401, Athlete access_token: invalid: Authorization Error\)\.$/,
    );
    expect(body).not.toMatch(/invalid_grant/);
    expect(body).toContain('a one-time code that expires within minutes');
  });

  it('Withings: the status inside its HTTP 200 and its error, never "invalid_grant"', async () => {
    const body = await deadGrantIssue('withings', (user) => world.presets.withings.revoke(user));
    expect(firstParagraph(body)).toMatch(
      /needs a new consent: it has ended \(The token endpoint \(127\.0\.0\.1:\d+\) answered status 503: Invalid Params: invalid refresh_token\)\.$/,
    );
    expect(body).not.toMatch(/invalid_grant|HTTP 200/);
    // Its code lives 30 seconds: the issue says so, and names `authorize` first.
    expect(body).toContain('a one-time code that lives only 30 seconds');
    expect(body).toContain(
      '`npx fitbit-token-keeper authorize --provider withings --secret-name WITHINGS_REFRESH_TOKEN`',
    );
  });

  it("WHOOP: RFC 6749's invalid_grant with its HTTP status and description", async () => {
    const body = await deadGrantIssue('whoop', (user) => world.presets.whoop.revoke(user));
    expect(firstParagraph(body)).toMatch(
      /it has ended \(The token endpoint \(127\.0\.0\.1:\d+\) answered HTTP 400, invalid_grant: The provided authorization grant .* issued to another client\.\)\.$/,
    );
  });

  it("keeps the provider's words as text: no link, image, tag or code of theirs", async () => {
    const hostile =
      'Revoked. [Renew here](https://evil.example/phish) ![x](https://evil.example/x.png) <img src="https://evil.example/y.png"> `sudo` **now**\n# Heading';
    const body = await deadGrantIssue('whoop', () =>
      world.presets.whoop.faults.push({
        match: isPresetTokenRequest(world, 'whoop'),
        status: 400,
        body: { error: 'invalid_grant', error_description: hostile },
      }),
    );
    const root = renderAsGitHub(body);
    expect(linksIn(root).filter((link) => link.includes('evil.example'))).toEqual([]);
    const tags = elementsIn(root).map((element) => element.tagName);
    expect(tags).not.toContain('img');
    expect(tags).not.toContain('h1');
    // The paragraph's code: the secret's name, then the provider's answer, all of it text.
    const first = elementsIn(root).find((element) => element.tagName === 'p');
    const code = first ? elementsIn(first) : [];
    expect(code.map((element) => element.tagName)).toEqual(['code', 'code']);
    expect(code[1] && textOf(code[1])).toMatch(
      /^The token endpoint \(127\.0\.0\.1:\d+\) answered HTTP 400, invalid_grant: Revoked\. \[Renew here\]\(https:\/\/evil\.example\/phish\) !\[x\]\(https:\/\/evil\.example\/x\.png\) <img src="https:\/\/evil\.example\/y\.png"> `sudo` \*\*now\*\* # Heading$/,
    );
  });
});
