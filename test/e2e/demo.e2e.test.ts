/**
 * `npm run demo` teaches without leaking: it shows each scene (workflow step,
 * masked step log, job summary) with the outcome the scene is about, and its
 * output holds no token a simulator issued, no client secret, GitHub token or
 * recovery private key, in any common encoding. The demo runs once, as
 * `node lib/scripts/demo.js` itself, and hands this test every secret it
 * handled through a pipe of its own (FTK_DEMO_RESULT_FD), never its output.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS, type DemoResult } from '../../scripts/demo-scenes.js';
import { PROJECT_ROOT } from '../../sim/action-runner.js';

/** The forms a secret could take in printed text. */
function encodings(secret: string): string[] {
  return [
    secret,
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
    Buffer.from(secret).toString('base64'),
    Buffer.from(secret).toString('base64url'),
  ];
}

/** What every simulator token looks like: Google's, Fitbit's hex and JWT ones, codes. */
const TOKEN_SHAPES = [
  /ya29\./, // Google access token
  /1\/\/0/, // Google refresh token
  /4\/0A/, // Google authorization code
  /\b[0-9a-f]{40,}\b/, // Fitbit refresh tokens and codes (hex)
  /eyJ[\w-]+\.eyJ/, // JWTs: Fitbit access tokens, id_tokens
];

/** What `node lib/scripts/demo.js` printed, and what it says it handled. */
interface DemoRun {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly result: DemoResult;
}

async function runDemoScript(): Promise<DemoRun> {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'lib', 'scripts', 'demo.js')], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', FTK_DEMO_RESULT_FD: '3' },
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  const [stdout, stderr, result] = await Promise.all([
    readAll(child.stdout),
    readAll(child.stderr),
    readAll(child.stdio[3] as Readable),
  ]);
  const exitCode = await exited(child);
  expect(result, `the demo handed over nothing; stderr: ${stderr}`).not.toBe('');
  return { exitCode, stdout, stderr, result: JSON.parse(result) };
}

function readAll(stream: Readable | null): Promise<string> {
  let text = '';
  stream?.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
  });
  return new Promise((resolve) => (stream ? stream.on('close', () => resolve(text)) : resolve('')));
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.on('exit', resolve));
}

describe('npm run demo (node lib/scripts/demo.js)', () => {
  let demo: DemoResult;
  let output = '';
  let finished: DemoRun;

  // The whole demo, thirteen bundled runs: 3 s on an idle machine, a minute when every
  // core is taken many times over. More time than the file's other hooks get, for a hang only.
  beforeAll(async () => {
    finished = await runDemoScript();
    demo = finished.result;
    output = finished.stdout;
  }, 180_000);
  // What the demo keeps is for a person; the test's own run leaves nothing behind.
  afterAll(async () => {
    for (const folder of demo?.kept ?? [])
      await rm(dirname(folder), { recursive: true, force: true });
  });

  it('exits 0 with nothing on standard error', () => {
    expect(finished.exitCode, finished.stderr).toBe(0);
    expect(finished.stderr).toBe('');
    expect(output).toContain('8. The legacy Fitbit endpoint since 2026-11-02');
    expect(output).toMatch(/No token or secret was printed above/);
  });

  it('prints none of the secrets it handled, in any encoding', () => {
    // Not vacuous: the list holds what the scenes minted at both providers, and the private key.
    expect(demo.secrets.some((value) => value.startsWith('ya29.'))).toBe(true);
    expect(demo.secrets.some((value) => /^[0-9a-f]{64}$/.test(value))).toBe(true);
    expect(demo.secrets.length).toBeGreaterThan(20);
    const leaked = demo.secrets.filter((secret) =>
      encodings(secret).some((form) => output.includes(form)),
    );
    expect(leaked).toEqual([]);
  });

  it('runs each scene to the outcome it is about', () => {
    expect(demo.scenes.map((scene) => [scene.title.replace(/\..*/, ''), scene.exitCodes])).toEqual([
      ['1', [0]], // google refresh
      ['2', [0]], // a warning, 48 h before the 7-day end
      ['3', [1]], // invalid_grant
      ['4', [1]], // a token that cannot read the public key
      ['5', [1]], // a read-only token with a rotating provider
      ['6', [1, 0]], // write refused, recovered; the next run works
      ['7', [0, 0, 0]], // three rotations
      ['8', [1]], // 410 Gone
      ['9', [0, 0]], // day 5 opens the consent issue; the pasted answer re-seeds and closes it
      ['10', [0, 0, 0]], // the keeper, then the pull backfills a month and goes on the next day
    ]);
    // Every check the demo states about the simulators came out as it says.
    expect(output).not.toMatch(/\bNO\b/);
    expect(output.match(/: yes\b|\? yes\b/g)?.length).toBeGreaterThanOrEqual(10);
  });

  it('shows the step as YAML with expressions, the log with masks, the summary as a table', () => {
    expect(output).toContain('  uses: OWNER/fitbit-token-keeper@v1\n');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression
    expect(output).toContain('refresh-token: ${{ secrets.FITBIT_REFRESH_TOKEN }}\n');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression
    expect(output).toContain('client-id: ${{ vars.GOOGLE_CLIENT_ID }}\n');
    expect(output).toMatch(/\$FITBIT_ACCESS_TOKEN \(\*\*\*, masked\)/);
    expect(output).toMatch(/^ {4}Provider {14}Google OAuth 2\.0 \(Google Health API\)$/m);
    expect(output).toMatch(/^ {4}Refresh token {9}rotated: the new one is stored$/m);
    expect(output).toMatch(/^ {4}Error: .*invalid_grant/m);
    expect(output).toMatch(/^ {4}Warning: The grant is expected to expire/m);
    expect(output).toMatch(/^ {4}fitbit-token-keeper-recovery:[A-Za-z0-9+/=]+$/m);
    expect(output).toMatch(/^ {4}Error: .*HTTP 410/m);
    expect(output).not.toContain('::'); // no workflow command left unrendered
  });

  it("keeps the pull's data folder, with its README and charts, and prints its path", async () => {
    expect(demo.kept).toHaveLength(1);
    const [data = ''] = demo.kept;
    expect(output).toContain(
      `The data folder is kept, to look at (README.md shows the charts): ${data}\n`,
    );
    const charts = await readdir(join(data, 'charts'));
    expect(charts).toEqual(expect.arrayContaining(['steps-year.svg', 'sleep-year.svg']));
    const readme = await readFile(join(data, 'README.md'), 'utf8');
    for (const chart of charts) expect(readme).toContain(`](charts/${chart})`);
  });

  it('prints no credential and nothing shaped like a simulator token', () => {
    for (const credential of Object.values(DEMO_CREDENTIALS)) {
      for (const form of encodings(credential)) expect(output).not.toContain(form);
    }
    for (const shape of TOKEN_SHAPES) expect(output).not.toMatch(shape);
  });
});
