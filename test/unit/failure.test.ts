import { describe, expect, it } from 'vitest';
import { GitHubApiError } from '../../src/github/errors.js';
import { describeFailure, explainFailure } from '../../src/grant/failure.js';
import type { Situation, Stage } from '../../src/grant/stage.js';
import { ExplainedError, InputError } from '../../src/lib/errors.js';
import { Redactor } from '../../src/lib/redact.js';
import { PROVIDERS, type Provider } from '../../src/oauth/providers.js';
import {
  TokenEndpointError,
  type TokenFailureKind,
  TokenReplyError,
} from '../../src/oauth/token-endpoint-errors.js';

const KNOWN = {
  refreshToken: 'c2d0f6a8b7e94c1d8a3b5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5c7b9a1f3e5d7c',
  newRefreshToken: '1//0gNewRefresh-abcdefghijklmnop',
  clientSecret: 'GOCSPX-client-secret-value',
  githubToken: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
  code: '4/0AfJohXk-authorization-code',
  accessToken: 'ya29.a0AfB_access-token-value',
};

function redactor(): Redactor {
  const r = new Redactor();
  for (const value of Object.values(KNOWN)) r.add(value);
  return r;
}

function situation(
  stage: Stage,
  provider: Provider | undefined = PROVIDERS.fitbit,
  reseed = false,
): Situation {
  return { stage, provider, secret: 'FITBIT_REFRESH_TOKEN', reseed };
}

const endpointError = (kind: TokenFailureKind, status?: number) =>
  new TokenEndpointError(
    `The token endpoint (api.fitbit.com) answered HTTP ${status ?? 'nothing'}, ${kind}`,
    kind,
    status,
  );

const RESEED_HINT = /fitbit-token-keeper authorize/;

describe('describeFailure: inputs stage', () => {
  it('repeats the input problem and says nothing was sent or changed', () => {
    const message = describeFailure(
      new InputError('client-id', 'is required: the OAuth client id'),
      situation('inputs', undefined),
      redactor(),
    );
    expect(message).toContain("Input 'client-id' is required: the OAuth client id");
    expect(message).toMatch(/Nothing was sent/);
    expect(message).toMatch(/no secret was changed/);
  });

  it('says nothing was sent for any other early failure', () => {
    const message = describeFailure(new Error('boom'), situation('inputs', undefined), redactor());
    expect(message).toContain('boom');
    expect(message).toMatch(/Nothing was sent to the provider and no secret was changed/);
  });
});

describe('describeFailure: preflight stage', () => {
  const forbidden = new GitHubApiError(
    'Could not write the secret FITBIT_REFRESH_TOKEN of repository octo/repo (HTTP 403: Resource not accessible by integration)',
    403,
    'The github-token needs a fine-grained personal access token with "Secrets: read and write".',
  );

  it('says the refresh token was not used and still works, and gives the permission advice', () => {
    const message = describeFailure(forbidden, situation('preflight'), redactor());
    expect(message).toContain('HTTP 403: Resource not accessible by integration');
    expect(message).toMatch(/token endpoint was not contacted/);
    expect(message).toMatch(/the secret FITBIT_REFRESH_TOKEN was not used and still works/);
    expect(message).toMatch(/re-run/);
    expect(message).toContain('"Secrets: read and write"');
  });

  it('in re-seed mode says the code was not used and the re-seed can be run again', () => {
    const message = describeFailure(
      forbidden,
      situation('preflight', PROVIDERS.google, true),
      redactor(),
    );
    expect(message).toMatch(/authorization code was not used/);
    expect(message).toMatch(/was not changed/);
    expect(message).toMatch(/run the re-seed again/);
    expect(message).toContain('"Secrets: read and write"');
  });
});

describe('describeFailure: exchange stage', () => {
  it.each([
    ['fitbit', /single-use/, /The grant is spent, expired or revoked/],
    ['google', /"Testing"/, /The grant has expired or was revoked/],
    ['custom', /already used/, /The grant is spent, expired or revoked/],
  ] as const)(
    'invalid_grant (%s): the grant is dead, with causes and the re-seed route',
    (name, cause, dead) => {
      const message = describeFailure(
        endpointError('invalid_grant', 400),
        situation('exchange', PROVIDERS[name]),
        redactor(),
      );
      expect(message).toContain('answered HTTP 400, invalid_grant');
      expect(message).toMatch(dead);
      expect(message).toMatch(cause);
      expect(message).toMatch(/the secret FITBIT_REFRESH_TOKEN no longer works/);
      expect(message).toMatch(/Re-seed the secret through consent/);
      expect(message).toMatch(RESEED_HINT);
    },
  );

  it('invalid_grant in re-seed mode: the code was refused, the secret is unchanged, consent again', () => {
    const message = describeFailure(
      endpointError('invalid_grant', 400),
      situation('exchange', PROVIDERS.google, true),
      redactor(),
    );
    expect(message).toMatch(/authorization code was refused/);
    expect(message).toMatch(/was not changed/);
    expect(message).toMatch(/Ask for consent again/);
  });

  it('invalid_client: names the inputs to check and says the refresh token was not spent', () => {
    const message = describeFailure(
      endpointError('invalid_client', 401),
      situation('exchange', PROVIDERS.fitbit),
      redactor(),
    );
    expect(message).toMatch(/check client-id, client-secret and client-auth/);
    expect(message).toMatch(/without spending the refresh token/);
    expect(message).toMatch(/should still work once the problem is fixed/);
  });

  it('rejected: says the refresh token was not spent and still works once fixed', () => {
    const message = describeFailure(
      endpointError('rejected', 400),
      situation('exchange', PROVIDERS.google),
      redactor(),
    );
    expect(message).toContain('answered HTTP 400, rejected');
    expect(message).toMatch(
      /without spending the refresh token in the secret FITBIT_REFRESH_TOKEN/,
    );
    expect(message).toMatch(/still work once the problem is fixed/);
  });

  it('retired fitbit: says the Fitbit API was switched off and points to provider google', () => {
    const message = describeFailure(
      endpointError('retired', 410),
      situation('exchange', PROVIDERS.fitbit),
      redactor(),
    );
    expect(message).toMatch(/switched off on 2026-11-02/);
    expect(message).toMatch(/Google Health API/);
    expect(message).toMatch(/provider: google/);
    expect(message).toMatch(/cannot be used any more/);
    expect(message).toMatch(RESEED_HINT);
  });

  it('retired custom endpoint: says it is gone and to check token-url, without the Fitbit story', () => {
    const message = describeFailure(
      endpointError('retired', 410),
      situation('exchange', PROVIDERS.custom),
      redactor(),
    );
    expect(message).toMatch(/gone for good \(410\)/);
    expect(message).toMatch(/check token-url/);
    expect(message).not.toMatch(/2026-11-02/);
  });

  it.each([
    ['server', 503],
    ['network', undefined],
    ['malformed', 200],
  ] as const)(
    '%s with a rotating provider: may be spent, re-run at once, re-seed on invalid_grant',
    (kind, status) => {
      for (const provider of [PROVIDERS.fitbit, PROVIDERS.custom]) {
        const message = describeFailure(
          endpointError(kind, status),
          situation('exchange', provider),
          redactor(),
        );
        expect(message).toMatch(/may or may not have spent the refresh token/);
        expect(message).toMatch(/re-run the workflow at once/i);
        expect(message).toMatch(/If that run reports invalid_grant, re-seed/);
        expect(message).toMatch(RESEED_HINT);
      }
    },
  );

  it.each([
    ['server', 503],
    ['network', undefined],
    ['malformed', 200],
  ] as const)('%s with google: the refresh token still works, re-run', (kind, status) => {
    const message = describeFailure(
      endpointError(kind, status),
      situation('exchange', PROVIDERS.google),
      redactor(),
    );
    expect(message).toMatch(/was not changed and still works/);
    expect(message).toMatch(/re-run the workflow/i);
    expect(message).not.toMatch(/may or may not/);
  });

  it('an unexpected error during the exchange is treated as possibly spent', () => {
    const message = describeFailure(
      new Error('socket hang up'),
      situation('exchange', PROVIDERS.fitbit),
      redactor(),
    );
    expect(message).toContain('socket hang up');
    expect(message).toMatch(/may or may not have spent/);
  });

  it.each(['server', 'network', 'rejected', 'invalid_client'] as const)(
    '%s in re-seed mode: the secret is unchanged, ask for consent again',
    (kind) => {
      const message = describeFailure(
        endpointError(kind, 500),
        situation('exchange', PROVIDERS.fitbit, true),
        redactor(),
      );
      expect(message).toMatch(/The secret FITBIT_REFRESH_TOKEN was not changed/);
      expect(message).toMatch(/ask for consent again/);
    },
  );
});

describe('describeFailure: store stage', () => {
  const writeFailed = new GitHubApiError(
    'Could not write the secret FITBIT_REFRESH_TOKEN of repository octo/repo (HTTP 502)',
    502,
    'Re-run the workflow.',
  );

  it('rotating provider: not stored, access token withheld, old token spent, re-run at once, then re-seed', () => {
    const message = describeFailure(writeFailed, situation('store', PROVIDERS.fitbit), redactor());
    expect(message).toContain('(HTTP 502)');
    expect(message).toMatch(/could NOT be stored in the secret FITBIT_REFRESH_TOKEN/);
    expect(message).toMatch(/access token was withheld/);
    expect(message).toMatch(/is now spent/);
    expect(message).toMatch(/re-run the workflow at once/i);
    expect(message).toMatch(/If that fails, re-seed/);
    expect(message).toMatch(RESEED_HINT);
  });

  it('google: not stored, but the old token may still work, re-run', () => {
    const message = describeFailure(writeFailed, situation('store', PROVIDERS.google), redactor());
    expect(message).toMatch(/could NOT be stored/);
    expect(message).toMatch(/old token may still work/);
    expect(message).toMatch(/re-run the workflow/i);
  });

  it('re-seed mode: the code is spent, so it says to re-seed, not to re-run', () => {
    const message = describeFailure(
      writeFailed,
      situation('store', PROVIDERS.google, true),
      redactor(),
    );
    expect(message).toMatch(/could NOT be stored/);
    expect(message).toMatch(/authorization code is spent/);
    expect(message).toMatch(/re-seed the secret through consent/i);
    expect(message).not.toMatch(/re-run the workflow at once/i);
  });

  it('re-seed mode: the re-seed instruction does not hang on an action it never gave', () => {
    const message = describeFailure(
      writeFailed,
      situation('store', PROVIDERS.fitbit, true),
      redactor(),
    );
    // "If that fails, re-seed ..." needs a "that": in re-seed mode no re-run is suggested before it.
    expect(message).not.toMatch(/spent\. If that fails/);
  });
});

describe('describeFailure: after the refresh token is safe', () => {
  it('stored: a malformed reply whose refresh token was rescued says the grant is safe and what to do', () => {
    const message = describeFailure(
      new TokenReplyError('the reply has no access_token', KNOWN.newRefreshToken),
      situation('stored', PROVIDERS.fitbit),
      redactor(),
    );
    expect(message).toContain('the reply has no access_token');
    expect(message).toMatch(/newest refresh token is stored in the secret FITBIT_REFRESH_TOKEN/);
    expect(message).toMatch(/grant is safe/);
    expect(message).toMatch(/re-run/i);
  });

  it('unchanged: missing scopes keep their advice, and the token still works', () => {
    const message = describeFailure(
      new ExplainedError(
        'The grant lacks the required scopes sleep (granted: activity). The user may have unticked them on the consent screen: re-seed through consent and grant them all',
      ),
      situation('unchanged', PROVIDERS.google),
      redactor(),
    );
    expect(message).toMatch(/lacks the required scopes sleep/);
    expect(message).toMatch(/re-seed through consent/);
    expect(message).toMatch(/unchanged and still works/);
  });

  it('names no secret when the secret name is not known yet', () => {
    const message = describeFailure(
      endpointError('invalid_grant', 400),
      { stage: 'exchange', provider: PROVIDERS.fitbit, secret: undefined, reseed: false },
      redactor(),
    );
    expect(message).toMatch(/The refresh token in the secret no longer works/);
  });
});

describe('describeFailure: never prints a known value', () => {
  const leaky = `failed for refresh_token=${KNOWN.refreshToken} new=${KNOWN.newRefreshToken} client_secret=${KNOWN.clientSecret} token ${KNOWN.githubToken} code ${KNOWN.code} access ${KNOWN.accessToken}`;
  const kinds: TokenFailureKind[] = [
    'invalid_grant',
    'invalid_client',
    'retired',
    'rejected',
    'server',
    'network',
    'malformed',
  ];
  const stages: Stage[] = ['inputs', 'preflight', 'exchange', 'store', 'stored', 'unchanged'];
  const errors: [string, unknown][] = [
    ...kinds.map((kind): [string, unknown] => [kind, new TokenEndpointError(leaky, kind, 400)]),
    ['TokenReplyError', new TokenReplyError(leaky, KNOWN.newRefreshToken)],
    ['GitHubApiError', new GitHubApiError(leaky, 500, 'Re-run the workflow.')],
    ['InputError', new InputError('client-secret', leaky)],
    ['Error', new Error(leaky)],
    ['string', leaky],
  ];

  for (const stage of stages) {
    it.each([false, true])(
      `${stage} (re-seed: %s): no stage, kind or provider lets one through`,
      (reseed) => {
        for (const [name, error] of errors) {
          for (const provider of [
            PROVIDERS.google,
            PROVIDERS.fitbit,
            PROVIDERS.custom,
            undefined,
          ]) {
            const message = describeFailure(
              error,
              { stage, provider, secret: 'FITBIT_REFRESH_TOKEN', reseed },
              redactor(),
            );
            expect(message, name).toContain('[redacted]');
            for (const value of Object.values(KNOWN)) expect(message, name).not.toContain(value);
          }
        }
      },
    );
  }
});

describe('describeFailure: punctuation', () => {
  it('joins a provider sentence that ends in a period to the explanation without doubling it', () => {
    const error = new TokenEndpointError(
      'The token endpoint (oauth2.googleapis.com) answered HTTP 400, invalid_grant: Token has been expired or revoked.',
      'invalid_grant',
      400,
    );
    const message = describeFailure(error, situation('exchange', PROVIDERS.google), redactor());
    expect(message).toContain('Token has been expired or revoked. The grant has expired');
    expect(message).not.toContain('..');
  });
});

describe('explainFailure: the parts of the failed-run summary', () => {
  const cases: Array<[string, Situation, unknown, string, RegExp]> = [
    [
      'before anything was sent',
      situation('inputs', undefined),
      new Error('boom'),
      'still valid',
      /Fix the problem/,
    ],
    [
      'a spent grant',
      situation('exchange', PROVIDERS.google),
      endpointError('invalid_grant', 400),
      'spent',
      /npx fitbit-token-keeper authorize/,
    ],
    [
      'a lost reply on a rotating provider',
      situation('exchange', PROVIDERS.fitbit),
      endpointError('network'),
      'maybe spent',
      /Re-run the workflow at once/,
    ],
    [
      'a rotated token GitHub would not take',
      situation('store', PROVIDERS.fitbit),
      new Error('403'),
      'stored nowhere',
      /Re-run the workflow at once/,
    ],
    [
      'a problem after the token was stored',
      situation('stored', PROVIDERS.fitbit),
      new Error('scopes'),
      'safe',
      /re-run the workflow for a new access token/,
    ],
  ];
  it.each(cases)('%s', (_name, where, error, status, nextStep) => {
    const explained = explainFailure(error, where, redactor());
    expect(explained.status).toBe(status);
    expect(explained.nextStep).toMatch(nextStep);
    expect(explained.grant).not.toBe('');
  });

  it("makes the error's advice and the state's own step one next step, advice first", () => {
    const explained = explainFailure(
      new ExplainedError('no access', 'Give the token "Secrets: read and write".'),
      situation('preflight', PROVIDERS.fitbit),
      redactor(),
    );
    expect(explained.nextStep).toBe(
      'Give the token "Secrets: read and write". Fix the problem and re-run.',
    );
    expect(explained.grant).not.toMatch(/re-run/);
  });
});

describe('describeFailure: what a rotating preset replays', () => {
  it.each(['strava', 'whoop', 'oura'] as const)(
    '%s, no answer: a spent token is not replayed, so its successor would be lost',
    (name) => {
      const message = describeFailure(
        endpointError('network'),
        situation('exchange', PROVIDERS[name]),
        redactor(),
      );
      expect(message).toMatch(/may or may not have spent the refresh token/);
      expect(message).toMatch(/if it did, the new one it handed out is lost/);
      expect(message).not.toMatch(/identical request/);
      expect(message).toMatch(/If that run reports invalid_grant, re-seed/);
    },
  );

  it('withings, no answer: it answers the identical request for up to 8 hours', () => {
    const message = describeFailure(
      endpointError('network'),
      situation('exchange', PROVIDERS.withings),
      redactor(),
    );
    expect(message).toMatch(/same pair for up to 8 hours, while its new access token is unused/);
  });

  it('whoop, not stored: the new token is not handed out again; recover it, else re-seed', () => {
    const message = describeFailure(
      new ExplainedError('Could not write the secret (HTTP 502)'),
      situation('store', PROVIDERS.whoop),
      redactor(),
    );
    expect(message).toMatch(/could NOT be stored/);
    expect(message).toMatch(/does not hand out the new one again/);
    expect(message).toMatch(/Unless the new one was sealed to recovery-public-key, re-seed/);
    expect(message).not.toMatch(/re-run the workflow at once/i);
  });
});
