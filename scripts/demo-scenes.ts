/**
 * The scenes of `npm run demo`: the bundled action (dist/index.js) run exactly
 * as the Actions runner runs it (action.yml defaults and the workflow's `with:`
 * values as INPUT_ variables, the runner's command files), against the
 * loopback simulators. Each scene shows the workflow step, the step log as the
 * Actions UI renders it, and the job summary as text. Nothing secret is
 * printed; runDemo returns every secret value it handled so a test can check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type ActionRun, PROJECT_ROOT, renderRunnerLog, runAction } from '../sim/action-runner.js';
import { type FitbitSim, startFitbitSim } from '../sim/fitbit.js';
import { type GitHubSim, startGitHubSim } from '../sim/github.js';
import { type GoogleSim, startGoogleSim } from '../sim/google.js';
import { type HealthSim, startHealthSim } from '../sim/google-health.js';
import { generateRecoveryKeyPair, openRecovered } from '../src/lib/recovery.js';
import { playPull } from './demo-pull.js';
import { indent, summaryAsText, type WithEntry, workflowStepYaml, wrapLine } from './demo-text.js';
import { playConsentWeek } from './demo-week.js';

/** The credentials the demo makes up (the simulators mint the tokens), for leak tests. */
export const DEMO_CREDENTIALS = {
  googleClientSecret: 'GOCSPX-demo-client-secret-4f7a1c',
  fitbitClientSecret: 'demo-fitbit-client-secret-9e2b6d',
  writerToken: 'github_pat_11DEMOWRITER0a1b2c3d4e5f6a7b8c9d',
  readerToken: 'github_pat_11DEMOREADER0f9e8d7c6b5a4f3e2d1c',
  noSecretsToken: 'github_pat_11DEMONOSECRETS5a6b7c8d9e0f1a2b',
  jobToken: 'ghs_demoJobToken0a1b2c3d4e5f6a7b8c9d0e1f',
} as const;

const REPOSITORY = 'you/health-data';
const TARGET = { repository: REPOSITORY };
const SECRET = 'FITBIT_REFRESH_TOKEN';
const USES = 'OWNER/fitbit-token-keeper@v1';
const GOOGLE_CLIENT_ID = '1234-demo.apps.googleusercontent.com';
const FITBIT_CLIENT_ID = '23ABCD';
const FITBIT_USER = '26FWFL';
const GOOGLE_SCOPES = ['activity_and_fitness', 'sleep', 'health_metrics_and_measurements']
  .map((area) => `https://www.googleapis.com/auth/googlehealth.${area}.readonly`)
  .join(' ');
const DAY_MS = 86_400_000;
const WIDTH = 96;
const RULE = '='.repeat(WIDTH);

export interface DemoResult {
  /** Every secret value the demo handled: client secrets, GitHub tokens, every minted token, the private key. */
  readonly secrets: string[];
  /** Each scene's title and the exit code of each step it ran. */
  readonly scenes: { title: string; exitCodes: number[] }[];
  /** The folders the demo wrote and kept for the person to open (the pull's data folder). */
  readonly kept: string[];
}

/** One `with:` value: what the workflow file says, and what the runner hands the action. */
interface StepInput {
  readonly written: string;
  readonly value: string;
  readonly comment?: string;
  /** True for `${{ secrets.X }}`: the runner masks such values in the log. */
  readonly secret?: boolean;
}

const literal = (value: string, comment?: string): StepInput =>
  comment === undefined ? { written: value, value } : { written: value, value, comment };
const fromSecret = (name: string, value: string, comment?: string): StepInput => ({
  written: `\${{ secrets.${name} }}`,
  value,
  secret: true,
  ...(comment === undefined ? {} : { comment }),
});
const fromVariable = (name: string, value: string): StepInput => ({
  written: `\${{ vars.${name} }}`,
  value,
});

interface ActionInputMetadata {
  readonly default?: string;
}

export async function runDemo(write: (text: string) => void): Promise<DemoResult> {
  const [google, fitbit, github] = await Promise.all([
    startGoogleSim(),
    startFitbitSim(),
    startGitHubSim(),
  ]);
  // The data the Google grant reads, for the pull's scene.
  const health = await startHealthSim({
    seed: 2026,
    tokenScopes: (token) => google.scopesOf(token),
  });
  const scenes: DemoResult['scenes'] = [];
  const keys: string[] = [];
  const kept: string[] = [];
  try {
    const demo = new Demo(write, google, fitbit, github, scenes);
    kept.push(await demo.play(keys, health));
  } finally {
    await Promise.all([google.close(), fitbit.close(), github.close(), health.close()]);
  }
  return {
    secrets: [
      ...Object.values(DEMO_CREDENTIALS),
      ...keys,
      ...google.issuedTokens(),
      ...fitbit.issuedTokens(),
    ],
    scenes,
    kept,
  };
}

class Demo {
  readonly #defaults: Record<string, string | undefined>;
  #runId = 7_000_000_000;

  constructor(
    readonly write: (text: string) => void,
    readonly google: GoogleSim,
    readonly fitbit: FitbitSim,
    readonly github: GitHubSim,
    readonly scenes: DemoResult['scenes'],
  ) {
    const metadata = parse(readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, ActionInputMetadata>;
    };
    this.#defaults = Object.fromEntries(
      Object.entries(metadata.inputs).map(([name, input]) => [name, input.default]),
    );
  }

  /** Plays every scene; the data folder the pull's scene kept. */
  async play(keys: string[], health: HealthSim): Promise<string> {
    const { google, fitbit, github } = this;
    github.addRepo(REPOSITORY);
    github.addToken(DEMO_CREDENTIALS.writerToken, 'write');
    github.addToken(DEMO_CREDENTIALS.readerToken, 'read');
    github.addToken(DEMO_CREDENTIALS.noSecretsToken, 'metadata');
    github.addToken(DEMO_CREDENTIALS.jobToken, 'metadata', 'write');
    google.addClient({ id: GOOGLE_CLIENT_ID, secret: DEMO_CREDENTIALS.googleClientSecret });
    fitbit.addClient({
      id: FITBIT_CLIENT_ID,
      secret: DEMO_CREDENTIALS.fitbitClientSecret,
      type: 'server',
    });

    this.say(
      [
        'fitbit-token-keeper demo: every run below is the bundled action (node dist/index.js) started',
        'as the Actions runner starts it, against simulators on 127.0.0.1: a Google-shaped and a',
        'Fitbit-shaped token endpoint, the GitHub secrets API and, for the last scene, the Google',
        "Health API's data of a simulated person. No credentials, no network.",
        `Each run also gets token-url set to a simulator (a real workflow leaves it out); the runner's`,
        `github.repository is ${REPOSITORY}. Lines marked [demo] are commentary, not the Actions log.`,
      ].join('\n'),
    );

    // --- The default path: Google.
    const googleToken = google.issueGrant({ clientId: GOOGLE_CLIENT_ID, scope: GOOGLE_SCOPES });
    const googleStep = (githubToken: StepInput) => ({
      'client-id': fromVariable('GOOGLE_CLIENT_ID', GOOGLE_CLIENT_ID),
      'client-secret': fromSecret('GOOGLE_CLIENT_SECRET', DEMO_CREDENTIALS.googleClientSecret),
      'refresh-token': fromSecret(SECRET, github.secretValue(TARGET, SECRET) ?? ''),
      'github-token': githubToken,
      'grant-lifetime': literal('7d', 'while the Google Cloud app is in "Testing"'),
    });
    const writer = fromSecret('SECRETS_WRITER_TOKEN', DEMO_CREDENTIALS.writerToken);

    this.scene('1. A scheduled run with provider: google (the default)');
    this.say(
      "[demo] Google refresh tokens do not rotate: the secret is left alone, and the github-token only\nhas to read the secrets' public key. Consent was given yesterday.",
    );
    github.setSecret(TARGET, SECRET, googleToken, new Date(Date.now() - DAY_MS));
    const first = await this.step(googleStep(writer), { id: 'token', summary: true });
    this.say(
      `[demo] Later steps read the token as $FITBIT_ACCESS_TOKEN (${first.exportedEnv.FITBIT_ACCESS_TOKEN ? '***, masked' : 'not set'}); secret-updated=${first.outputs['secret-updated']}.`,
    );
    this.say(
      `[demo] ${SECRET} still holds the token consent gave: ${yes(github.secretValue(TARGET, SECRET) === googleToken)}.`,
    );

    this.scene('2. Day 6 of 7: the grant of an app in "Testing" is about to end');
    github.setSecret(TARGET, SECRET, googleToken, new Date(Date.now() - 6 * DAY_MS));
    const warned = await this.step(googleStep(writer), { showYaml: false });
    this.say(
      `[demo] Same step as in scene 1. The job summary has the warning as a note: ${yes(summaryAsText(warned.summary).includes('> The grant is expected to expire'))}.`,
    );

    this.scene('3. Day 8: Google ended the grant (invalid_grant)');
    this.say(
      '[demo] Seven days after consent Google answers the refresh as it does for a revoked grant; the\nsimulator revokes it. Only a new consent (npx fitbit-token-keeper authorize) helps.',
    );
    github.setSecret(TARGET, SECRET, googleToken, new Date(Date.now() - 8 * DAY_MS));
    google.revoke(googleToken);
    await this.step(googleStep(writer), { showYaml: false });

    this.scene('4. A github-token that cannot read the secrets (provider: google)');
    const reconsented = google.issueGrant({ clientId: GOOGLE_CLIENT_ID, scope: GOOGLE_SCOPES });
    github.setSecret(TARGET, SECRET, reconsented);
    this.say(
      '[demo] After a new consent. This fine-grained token sees the repository but has no "Secrets"\npermission; "Secrets: read-only" would do for google, which writes nothing.',
    );
    await this.countingTokenRequests(google, () =>
      this.step(
        googleStep(
          fromSecret(
            'SECRETS_WRITER_TOKEN',
            DEMO_CREDENTIALS.noSecretsToken,
            'this one lacks "Secrets"',
          ),
        ),
      ),
    );

    // --- Rotating providers: the legacy Fitbit preset (custom providers such as Strava alike).
    const fitbitStep = (githubToken: StepInput, extra: Record<string, StepInput> = {}) => ({
      provider: literal('fitbit'),
      'client-id': fromVariable('FITBIT_CLIENT_ID', FITBIT_CLIENT_ID),
      'client-secret': fromSecret('FITBIT_CLIENT_SECRET', DEMO_CREDENTIALS.fitbitClientSecret),
      'refresh-token': fromSecret(SECRET, github.secretValue(TARGET, SECRET) ?? ''),
      'github-token': githubToken,
      ...extra,
    });
    const seedFitbit = () => {
      const token = fitbit.issueGrant({
        clientId: FITBIT_CLIENT_ID,
        scope: 'activity heartrate sleep',
        userId: FITBIT_USER,
      });
      github.setSecret(TARGET, SECRET, token, new Date(Date.now() - DAY_MS));
      return token;
    };

    this.scene('5. A read-only github-token with a rotating provider');
    this.say(
      '[demo] Scenes 5 to 7 use provider: fitbit, whose single-use refresh tokens rotate on every\nrefresh (custom providers are treated the same). Before it spends one, the action proves it\nmay write the secret that must receive the next one.',
    );
    const unspent = seedFitbit();
    await this.countingTokenRequests(fitbit, () =>
      this.step(
        fitbitStep(
          fromSecret(
            'SECRETS_WRITER_TOKEN',
            DEMO_CREDENTIALS.readerToken,
            'this one has "Secrets: read-only"',
          ),
        ),
      ),
    );
    this.say(
      `[demo] ${SECRET} still holds the unspent token: ${yes(github.secretValue(TARGET, SECRET) === unspent)}.`,
    );

    this.scene('6. GitHub refuses to store the rotated token; recovery-public-key keeps it');
    const pair = await generateRecoveryKeyPair();
    keys.push(pair.privateKey);
    this.say(
      '[demo] `npx fitbit-token-keeper keygen` made a key pair; its public key goes into the step. The\nsimulator answers the write of the new token with 403 (as when the token loses access mid-run; a\nGitHub outage longer than the minute of write retries ends the same way).',
    );
    seedFitbit();
    github.faults.push({
      status: 403,
      body: { message: 'Resource not accessible by personal access token' },
      match: (method, path) => method === 'PUT' && path.endsWith(`/${SECRET}`),
    });
    const refused = await this.step(
      fitbitStep(writer, {
        'recovery-public-key': literal(pair.publicKey, 'printed by keygen; not a secret'),
      }),
    );
    github.faults.clear();
    const sealedLine = refused.stdout
      .split('\n')
      .find((line) => line.startsWith('fitbit-token-keeper-recovery:'));
    const recovered = sealedLine ? await openRecovered(sealedLine, pair.privateKey) : '';
    const held = fitbit.currentRefreshToken(FITBIT_USER, FITBIT_CLIENT_ID);
    this.say(
      [
        '[demo] On your machine, with the sealed line from the log in sealed.txt:',
        '         npx fitbit-token-keeper recover --private-key-file KEY_FILE < sealed.txt',
        `       It prints a refresh token (not shown here). Is it the one Fitbit now holds? ${yes(recovered !== '' && recovered === held)}.`,
      ].join('\n'),
    );
    github.setSecret(TARGET, SECRET, recovered);
    const after = await this.step(fitbitStep(writer), { quiet: true });
    this.say(
      `[demo] Stored again (as \`gh secret set ${SECRET}\` does), the next run exits with ${after.exitCode}.`,
    );

    this.scene('7. Legacy Fitbit: a chain of rotations, each new refresh token stored');
    seedFitbit();
    for (let run = 1; run <= 3; run++) {
      const before = github.secretValue(TARGET, SECRET);
      await this.step(fitbitStep(writer), { showYaml: run === 1, summary: run === 1 });
      const stored = github.secretValue(TARGET, SECRET);
      this.say(
        `[demo] Run ${run}: ${SECRET} holds a new token: ${yes(stored !== before)}; the one Fitbit accepts next: ${yes(stored === fitbit.currentRefreshToken(FITBIT_USER, FITBIT_CLIENT_ID))}.`,
      );
    }

    this.scene('8. The legacy Fitbit endpoint since 2026-11-02');
    fitbit.retired = true;
    await this.step(fitbitStep(writer), { showYaml: false });

    const week = await playConsentWeek(
      {
        google,
        github,
        repository: REPOSITORY,
        secret: SECRET,
        scene: (title) => this.scene(title),
        say: (text) => this.say(text),
        keepAlive: () =>
          this.step(
            {
              ...googleStep(writer),
              'consent-issue': literal('true', 'the job has permissions: issues: write'),
            },
            { showYaml: true },
          ),
        // No `code`: the action reads the comment from the event file, so the runner never prints it.
        reseedFromComment: (eventFile, verifier) =>
          this.step(
            {
              'client-id': fromVariable('GOOGLE_CLIENT_ID', GOOGLE_CLIENT_ID),
              'client-secret': fromSecret(
                'GOOGLE_CLIENT_SECRET',
                DEMO_CREDENTIALS.googleClientSecret,
              ),
              'code-verifier': fromSecret(`${SECRET}_VERIFIER`, verifier),
              'github-token': writer,
              'consent-issue': literal('true'),
            },
            { env: { GITHUB_EVENT_NAME: 'issue_comment', GITHUB_EVENT_PATH: eventFile } },
          ),
      },
      GOOGLE_CLIENT_ID,
      GOOGLE_SCOPES,
    );
    keys.push(...week.secrets);

    const data = await playPull({
      health,
      scene: (title) => this.scene(title),
      say: (text) => this.say(text),
      record: (exitCode) => this.scenes.at(-1)?.exitCodes.push(exitCode),
      accessToken: async () =>
        (await this.step(googleStep(writer), { quiet: true })).outputs['access-token'] ?? '',
    });

    this.say(
      `\n${RULE}\nNo token or secret was printed above: each *** is a value the action or the runner masked.`,
    );
    return data;
  }

  say(text: string): void {
    this.write(text);
  }

  scene(title: string): void {
    this.scenes.push({ title, exitCodes: [] });
    this.write(`\n${RULE}\n${title}\n${RULE}`);
  }

  /**
   * Runs the step as the runner does: action.yml's defaults (its github.*
   * expressions evaluated) under the workflow's `with:` values, as INPUT_ variables.
   */
  async step(
    inputs: Record<string, StepInput>,
    show: {
      id?: string;
      showYaml?: boolean;
      summary?: boolean;
      quiet?: boolean;
      env?: Record<string, string>;
    } = {},
  ): Promise<ActionRun> {
    const provider = inputs.provider?.value ?? 'google';
    const tokenUrl = provider === 'fitbit' ? this.fitbit.tokenUrl : this.google.tokenUrl;
    const context: Record<string, string> = {
      'github.repository': REPOSITORY,
      'github.api_url': this.github.url,
      // The job's own GITHUB_TOKEN, issues-token's default: it may write issues, not secrets.
      'github.token': DEMO_CREDENTIALS.jobToken,
    };
    const runnerInputs: Record<string, string> = {};
    for (const [name, value] of Object.entries(this.#defaults)) {
      if (value !== undefined) runnerInputs[name] = evaluate(value, context);
    }
    for (const [name, input] of Object.entries(inputs)) runnerInputs[name] = input.value;
    runnerInputs['token-url'] = tokenUrl;

    const runId = String(++this.#runId);
    this.github.addRun(REPOSITORY, Number(runId), new Date());
    const result = await runAction(runnerInputs, {
      env: {
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: REPOSITORY,
        GITHUB_API_URL: this.github.url,
        GITHUB_RUN_ID: runId,
        GITHUB_RUN_ATTEMPT: '1',
        ...show.env,
      },
    });
    this.scenes.at(-1)?.exitCodes.push(result.exitCode);
    if (show.quiet) return result;

    if (show.showYaml !== false) {
      const withBlock: WithEntry[] = Object.entries(inputs).map(([name, input]) => ({
        name,
        written: input.written,
        ...(input.comment === undefined ? {} : { comment: input.comment }),
      }));
      this.write(
        `\nworkflow step:\n${indent(workflowStepYaml({ ...(show.id ? { id: show.id } : {}), uses: USES, with: withBlock }))}`,
      );
    }
    // The runner masks every secrets.* value it hands out, and whatever the step masked.
    const masks = [
      ...result.masks,
      ...Object.values(inputs)
        .filter((input) => input.secret)
        .map((input) => input.value),
    ];
    const log = renderRunnerLog(`${result.stdout}\n${result.stderr}`, masks)
      .split('\n')
      .map((line) => wrapLine(line, WIDTH - 4))
      .join('\n');
    this.write(
      `\nstep log (Run ${USES}):\n${indent(log)}\n    => ${result.exitCode === 0 ? 'step succeeded' : `step failed, exit code ${result.exitCode}`}`,
    );
    if (show.summary) {
      this.write(
        `\njob summary:\n${indent(result.summary ? summaryAsText(result.summary, WIDTH - 4) : '(none)')}`,
      );
    }
    return result;
  }

  async countingTokenRequests(
    sim: GoogleSim | FitbitSim,
    body: () => Promise<unknown>,
  ): Promise<void> {
    const before = sim.requests.length;
    await body();
    this.say(`[demo] Requests that reached the token endpoint: ${sim.requests.length - before}.`);
  }
}

/** The github.* expressions action.yml's defaults use; anything else is a demo bug. */
function evaluate(text: string, context: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => {
    const value = context[name];
    if (value === undefined) throw new Error(`demo: no value for the expression ${name}`);
    return value;
  });
}

function yes(condition: boolean): string {
  return condition ? 'yes' : 'NO';
}
