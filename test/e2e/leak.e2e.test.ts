/**
 * Leak proof: every end-to-end scenario, run through the bundle with canary
 * values for every secret input and with every token the simulators issue
 * collected. No such value may appear in stdout (except inside its own
 * ::add-mask:: line), stderr, the job summary, the state file, or any other
 * file; only GITHUB_OUTPUT and GITHUB_ENV, the runner's own channels for
 * outputs and exported variables, may carry the access token. Each scenario
 * is a test of its own, with the whole check.
 */
import { describe, expect, it } from 'vitest';
import { type ActionRun, runAction } from '../../sim/action-runner.js';
import { pkceChallenge } from '../../sim/oauth-kit.js';
import type { Inputs } from '../../sim/world.js';
import { generateRecoveryKeyPair } from '../../src/lib/recovery.js';
import { useWorld } from '../helpers/use-world.js';

const REPOSITORY = 'octo/leaks';
const TARGET = { repository: REPOSITORY };
const CANARY = {
  writer: 'ghp_CANARYwriter7c1f3a9e5b2d8f4a6c0e',
  reader: 'ghp_CANARYreader2b8e4f1a7c3d9e5b0f6a',
  fitbitSecret: 'CANARY-fitbit-client-secret-91b2c3',
  googleSecret: 'GOCSPX-CANARY-google-secret-5d6e7f',
  verifier: 'CANARYverifier0123456789abcdefghijklmnopqrstu',
  spentRefreshToken: 'CANARYspent00112233445566778899aabbccddeeff0011223344556677',
};
const FITBIT_CLIENT = { id: '23LEAK', secret: CANARY.fitbitSecret };
const GOOGLE_CLIENT = { id: 'leak.apps.googleusercontent.com', secret: CANARY.googleSecret };

const world = useWorld({
  repository: REPOSITORY,
  writer: CANARY.writer,
  reader: CANARY.reader,
  fitbitClient: { ...FITBIT_CLIENT, type: 'server' },
  googleClient: GOOGLE_CLIENT,
});

const fitbitInputs = (token: string, extra?: Inputs) => world.fitbitInputs(token, extra);
const googleInputs = (extra: Inputs) => world.googleInputs('', extra);

function freshFitbitToken(userId: string): string {
  return world.fitbit.issueGrant({ clientId: FITBIT_CLIENT.id, scope: 'activity sleep', userId });
}

async function googleCode(): Promise<string> {
  const url = new URL(world.google.authorizeUrl);
  const params = {
    response_type: 'code',
    client_id: GOOGLE_CLIENT.id,
    redirect_uri: 'http://127.0.0.1:8080/',
    scope: 'x',
    state: 's',
    access_type: 'offline',
    prompt: 'consent',
    code_challenge: pkceChallenge(CANARY.verifier),
    code_challenge_method: 'S256',
  };
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  const response = await fetch(url, { redirect: 'manual' });
  return new URL(response.headers.get('location') ?? '').searchParams.get('code') ?? '';
}

/** A scenario of the e2e suites: the run it makes, and how many tokens the simulators mint at least. */
interface Scenario {
  readonly name: string;
  /** Not vacuous: these minted tokens (and every canary) are what the run must not show. */
  readonly minted: number;
  readonly run: () => Promise<ActionRun>;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'fitbit rotation',
    minted: 3,
    run: () => runAction(fitbitInputs(freshFitbitToken('LEAK1'))),
  },
  {
    name: 'fitbit rotation with access-token-secret and a missing required scope',
    minted: 3,
    run: () =>
      runAction(
        fitbitInputs(freshFitbitToken('LEAK2'), {
          'access-token-secret': 'FITBIT_ACCESS_TOKEN_COPY',
          'required-scopes': 'weight',
        }),
      ),
  },
  {
    name: 'google refresh with an id_token',
    minted: 3,
    run: () => {
      const token = world.google.issueGrant({
        clientId: GOOGLE_CLIENT.id,
        scope: 'x',
        withIdToken: true,
      });
      return runAction(googleInputs({ 'refresh-token': token, 'grant-lifetime': '7d' }));
    },
  },
  {
    name: 'spent fitbit token (invalid_grant echoes it)',
    minted: 5,
    run: async () => {
      const token = freshFitbitToken('LEAK3');
      await runAction(fitbitInputs(token));
      const newer = world.github.secretValue(TARGET, 'FITBIT_REFRESH_TOKEN') ?? '';
      await runAction(fitbitInputs(newer)); // uses the new pair, closing the replay window
      return runAction(fitbitInputs(token));
    },
  },
  {
    name: 'unknown refresh token (invalid_grant)',
    minted: 0,
    run: () => runAction(fitbitInputs(CANARY.spentRefreshToken)),
  },
  {
    name: 'rejected client',
    minted: 1,
    run: () =>
      runAction(
        fitbitInputs(freshFitbitToken('LEAK4'), {
          'client-secret': `${CANARY.fitbitSecret}-wrong`,
        }),
      ),
  },
  {
    name: 'retired legacy endpoint',
    minted: 1,
    run: async () => {
      world.fitbit.retired = true;
      try {
        return await runAction(fitbitInputs(freshFitbitToken('LEAK5')));
      } finally {
        world.fitbit.retired = false;
      }
    },
  },
  {
    name: 'github 401',
    minted: 1,
    run: () =>
      runAction(fitbitInputs(freshFitbitToken('LEAK6'), { 'github-token': `${CANARY.writer}x` })),
  },
  {
    name: 'github read-only',
    minted: 1,
    run: () =>
      runAction(fitbitInputs(freshFitbitToken('LEAK7'), { 'github-token': CANARY.reader })),
  },
  {
    name: 'github 404',
    minted: 1,
    run: () => runAction(fitbitInputs(freshFitbitToken('LEAK8'), { repository: 'octo/missing' })),
  },
  {
    name: 'write-back refused, sealed to the recovery key',
    minted: 3,
    run: async () => {
      const { publicKey } = await generateRecoveryKeyPair();
      world.github.faults.push({
        status: 403,
        body: { message: 'Resource not accessible by personal access token' },
        match: (method, path) => method === 'PUT' && path.endsWith('/FITBIT_REFRESH_TOKEN'),
      });
      try {
        return await runAction(
          fitbitInputs(freshFitbitToken('LEAK9'), { 'recovery-public-key': publicKey }),
        );
      } finally {
        world.github.faults.clear();
      }
    },
  },
  {
    name: 're-seed with a code and its verifier',
    minted: 3,
    run: async () =>
      runAction(
        googleInputs({
          code: await googleCode(),
          'code-verifier': CANARY.verifier,
          'redirect-uri': 'http://127.0.0.1:8080/',
        }),
      ),
  },
  {
    name: 'dry run',
    minted: 1,
    run: () => runAction(fitbitInputs(freshFitbitToken('LEAK10'), { 'dry-run': 'true' })),
  },
  {
    name: 'bad input',
    minted: 0,
    run: () => runAction(fitbitInputs(CANARY.spentRefreshToken, { 'secret-name': 'GITHUB_NOPE' })),
  },
];

/** Every token the simulators have minted so far, at both providers. */
const mintedTokens = () => [...world.fitbit.issuedTokens(), ...world.google.issuedTokens()];

/** Where a secret shows in a run that must not show it; [] when it shows nowhere. */
function leaks(run: ActionRun, secrets: readonly string[]): string[] {
  const found: string[] = [];
  const places: Record<string, string> = {
    stdout: run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    stderr: run.stderr,
    summary: run.summary,
    state: run.commandFiles.GITHUB_STATE ?? '',
  };
  const maskLines = run.stdout.split('\n').filter((line) => line.startsWith('::add-mask::'));
  for (const secret of secrets) {
    for (const [place, text] of Object.entries(places)) {
      if (text.includes(secret)) found.push(`${place} contains ${secret.slice(0, 12)}…`);
    }
    // Inside a mask line only as the whole value of a mask line (its own, or a longer
    // secret's that contains it, such as a wrong client secret built from the canary).
    for (const line of maskLines) {
      const masksASecret = secrets.some((value) => line === `::add-mask::${value}`);
      if (line.includes(secret) && !masksASecret) {
        found.push(`a mask line carries ${secret.slice(0, 12)}… with other text`);
      }
    }
  }
  return found;
}

describe('no secret leaks, in any scenario', () => {
  it.each(SCENARIOS)(
    '$name: no canary and no token it minted appears where it must not',
    async ({ run: scenario, minted }) => {
      const before = new Set(mintedTokens());
      const run = await scenario();
      const mintedHere = mintedTokens().filter((token) => !before.has(token));
      expect(mintedHere.length).toBeGreaterThanOrEqual(minted);
      expect(run.otherFiles).toEqual([]);
      const secrets = [
        ...Object.values(CANARY),
        `${CANARY.writer}x`,
        `${CANARY.fitbitSecret}-wrong`,
        ...mintedTokens(),
      ];
      expect(leaks(run, secrets)).toEqual([]);
    },
  );
});
