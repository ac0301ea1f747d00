/**
 * End to end, through the bundle as the runner spawns it: hostile and odd text in
 * inputs, in the provider's reply and in its error messages. It must not become a
 * workflow command, markup in the job summary, or a secret in a readable encoding.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runAction } from '../../sim/action-runner.js';
import { summaryLinks, summaryNotes, summaryProblems, summaryRows } from '../../sim/summary.js';
import type { Inputs } from '../../sim/world.js';
import { useWorld } from '../helpers/use-world.js';

const REPOSITORY = 'octo/hostile';
const WRITER = 'ghp_writer_hostile_token_01';
// Spaces, quotes, & and / change under every encoding, and break the runs of token
// alphabet that the pattern pass would catch anyway.
const GOOGLE_CLIENT = {
  id: 'hostile.apps.googleusercontent.com',
  secret: 'GOCSPX-h0st "secret" & more/+x',
};
const TAG_BREAKOUT = '</td></tr></table><img src=x onerror=alert(1)>';
const MARKDOWN = '| ** [x](javascript:alert(1)) ![p](https://tracker.example/p.png)';

const world = useWorld({
  repository: REPOSITORY,
  writer: WRITER,
  fitbitClient: { id: '23HOST', type: 'server' },
  googleClient: GOOGLE_CLIENT,
});

afterEach(() => {
  world.google.faults.clear();
  expect(world.github.violations).toEqual([]);
});

function googleToken(scope = 'activity'): string {
  return world.google.issueGrant({ clientId: GOOGLE_CLIENT.id, scope });
}

interface Echo {
  /** The OAuth error code; invalid_request when not given. */
  readonly error?: string;
  readonly description?: string;
  readonly inputs?: Inputs;
}

const formEncode = (value: string) => new URLSearchParams({ v: value }).toString().slice(2);

describe('an environment name with a line break', () => {
  const INJECTED = 'prod\n::stop-commands::abc';

  it('fails on the input alone: no request, no workflow command from the name', async () => {
    // The environment exists, so nothing but the input check stands in the way.
    world.github.addEnvironment(REPOSITORY, INJECTED);
    const before = { github: world.github.requests.length, google: world.google.requests.length };
    const run = await runAction(world.googleInputs(googleToken(), { environment: INJECTED }));

    expect(run.exitCode).not.toBe(0);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain("Input 'environment'");
    expect(run.errors[0]).toContain(String.raw`prod\n::stop-commands::abc`);
    expect(world.github.requests.length).toBe(before.github);
    expect(world.google.requests.length).toBe(before.google);
    expect(run.stdout).not.toMatch(/^\s*::stop-commands::/m);
  });
});

describe('a token reply whose scope holds HTML and Markdown', () => {
  const HOSTILE_SCOPE = `activity ${TAG_BREAKOUT} ${MARKDOWN}`;

  it("shows it in the summary's lines as text, without a tag, a table or a new line", async () => {
    const run = await runAction(world.googleInputs(googleToken(HOSTILE_SCOPE)));

    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.scope).toBe(HOSTILE_SCOPE);
    expect(run.summary).not.toMatch(/<img/i);
    expect(run.summary).not.toMatch(/<\/?table>/); // the keeper's success summary is lines
    expect(run.summary.match(/<\/ul>/g)).toHaveLength(1);
    expect(summaryProblems(run.summary)).toEqual([]);
    // Still readable, as text: the scopes the reply named, one after another.
    const scopes = summaryRows(run.summary).find(([item]) => item === 'Scopes')?.[1];
    expect(scopes).toBe(HOSTILE_SCOPE.split(' ').join(', '));
  });

  it('shows it in a summary note as text, without a link or a line of its own', async () => {
    // A missing required scope adds a note that quotes the granted ones.
    const run = await runAction(
      world.googleInputs(googleToken(HOSTILE_SCOPE), { 'required-scopes': 'sleep' }),
    );

    expect(run.exitCode).toBe(1);
    const notes = summaryNotes(run.summary);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('lacks the required scopes sleep');
    expect(run.summary).not.toMatch(/<img|\]\(/i);
    expect(summaryProblems(run.summary)).toEqual([]);
    // GitHub turns a bare address in Markdown into a link; a quoted one must stay text.
    expect(summaryLinks(run.summary)).toEqual([]);
  });
});

describe('a provider error that echoes a secret in another encoding', () => {
  const { secret } = GOOGLE_CLIENT;
  const basic = Buffer.from(`${formEncode(GOOGLE_CLIENT.id)}:${formEncode(secret)}`).toString(
    'base64',
  );
  const echoes: [string, Echo][] = [
    ['URL-encoded', { description: `client_secret ${encodeURIComponent(secret)} is wrong` }],
    ['form-encoded', { description: `body was client_secret=${formEncode(secret)}` }],
    ['JSON-escaped', { description: `got {"secret":"${JSON.stringify(secret).slice(1, -1)}"}` }],
    // The error field gets no pattern pass: only the known forms of the secret protect it.
    [
      'as its Basic header, in the error field',
      { error: `bad_header: Basic ${basic}`, inputs: { 'client-auth': 'basic' } },
    ],
  ];

  it.each(echoes)('redacts it %s in the ::error:: line', async (_how, echo) => {
    world.google.faults.push({
      status: 400,
      body: { error: echo.error ?? 'invalid_request', error_description: echo.description },
      match: (method, path) => method === 'POST' && path === '/token',
    });
    const run = await runAction(world.googleInputs(googleToken(), echo.inputs));

    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    const error = run.errors[0] ?? '';
    expect(error).toContain('HTTP 400');
    expect(error).toContain('[redacted]');
    const log = run.stdout.replace(/^::add-mask::.*$/gm, '');
    for (const form of [secret, encodeURIComponent(secret), formEncode(secret), basic]) {
      expect(log).not.toContain(form);
    }
    // Nothing of the secret's distinctive middle survives, in any of the encodings.
    expect(error).not.toMatch(/h0st|secret%22|%26|\\"secret/);
  });
});

describe('progress lines', () => {
  it("pass the redactor: a name that spells a secret's URL-encoded form is not printed", async () => {
    const environment = encodeURIComponent(GOOGLE_CLIENT.secret);
    world.github.addEnvironment(REPOSITORY, environment);
    const run = await runAction(world.googleInputs(googleToken(), { environment }));

    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain("Actions secrets of environment '[redacted]'");
    expect(run.stdout).not.toContain(environment);
  });
});

describe('a multi-line secret input', () => {
  it('is masked whole and line by line, since the runner matches each registration whole', async () => {
    const lines = ['first-line-of-the-secret', 'second-line-of-the-secret'];
    const run = await runAction(
      world.googleInputs(googleToken(), {
        'client-secret': `${lines[0]}\r\n  ${lines[1]}\n`,
        'dry-run': 'true',
      }),
    );

    expect(run.exitCode, run.stdout).toBe(0);
    // The whole value (sent with its line breaks escaped as %0D%0A, which the runner undoes).
    expect(run.masks).toContain(`${lines[0]}\r\n  ${lines[1]}`);
    expect(run.stdout).toContain(`::add-mask::${lines[0]}%0D%0A  ${lines[1]}`);
    for (const line of lines) expect(run.masks).toContain(line);
    const printed = run.stdout.split('\n').filter((text) => !text.startsWith('::add-mask::'));
    expect(printed.filter((text) => lines.some((line) => text.includes(line)))).toEqual([]);
  });
});
