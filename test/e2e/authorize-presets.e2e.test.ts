/**
 * `fitbit-token-keeper authorize --provider strava|whoop|oura|withings`, the
 * bundled command, against each provider's simulated consent page and token
 * endpoint. Strava, WHOOP and Oura send the browser back to the command's
 * loopback listener; Withings refuses loopback redirects, so there the person
 * pastes the address the browser lands on (the test writes it to the
 * command's standard input). Each consent URL carries the provider's scopes,
 * joined its way, and a PKCE challenge whose verifier goes to the exchange.
 */
import { describe, expect, it } from 'vitest';
import { consentRedirect } from '../../sim/browser.js';
import { pkceChallenge } from '../../sim/oauth-kit.js';
import { PRESET_CLIENTS, type RotatingPreset } from '../../sim/world.js';
import { PROVIDERS } from '../../src/oauth/providers.js';
import {
  consentInBrowser,
  expectNoSecrets,
  REPOSITORY,
  TARGET,
  useAuthorizeWorld,
  WRITER,
} from '../helpers/authorize-world.js';
import { freePort, startCommand } from '../helpers/command-runner.js';
import { isPresetTokenRequest, WITHINGS_CALLBACK } from '../helpers/preset-world.js';

const { world } = useAuthorizeWorld();

/** `authorize` for the preset, its endpoints at the simulator; the client secret from the environment. */
function authorizeWith(
  preset: RotatingPreset,
  extra: string[],
  options: { openStdin?: boolean } = {},
) {
  const sim = world.presets[preset];
  return startCommand(
    [
      'authorize',
      '--provider',
      preset,
      '--client-id',
      PRESET_CLIENTS[preset].id,
      '--authorize-url',
      sim.authorizeUrl,
      '--token-url',
      sim.tokenUrl,
      '--github-api-url',
      world.github.url,
      '--repository',
      REPOSITORY,
      '--no-open',
      ...extra,
    ],
    { GH_TOKEN: WRITER, FITBIT_TOKEN_KEEPER_CLIENT_SECRET: PRESET_CLIENTS[preset].secret },
    options,
  );
}

/** The code exchange the command sent to the preset's simulator, last of its token requests. */
function lastExchange(preset: RotatingPreset) {
  const isToken = isPresetTokenRequest(world, preset);
  return world.presets[preset].requests.filter((r) => isToken(r.method, r.path)).at(-1)?.form;
}

describe.each(['strava', 'whoop', 'oura'] as const)('authorize --provider %s', (preset) => {
  it('listens on loopback, asks for the read-only scopes joined its way with PKCE, and stores the grant', async () => {
    const secret = `${preset.toUpperCase()}_AUTHORIZED`;
    const port = await freePort();
    const command = authorizeWith(preset, [
      '--redirect-uri',
      `http://127.0.0.1:${port}/`,
      '--secret-name',
      secret,
    ]);
    const { consentUrl, page } = await consentInBrowser(command);
    const result = await command.done;
    expect(result.exitCode, result.stderr).toBe(0);
    expect(page).toMatch(/may close this window/);

    const provider = PROVIDERS[preset];
    const params = Object.fromEntries(consentUrl.searchParams);
    expect(params.scope).toBe(
      provider.defaultScopes.length === 0
        ? undefined
        : provider.defaultScopes.join(provider.scopeSeparator),
    );
    expect(params.code_challenge_method).toBe('S256');
    const exchange = lastExchange(preset);
    expect(exchange?.grant_type).toBe('authorization_code');
    expect(pkceChallenge(exchange?.code_verifier ?? '')).toBe(params.code_challenge);
    const stored = world.github.secretValue(TARGET, secret);
    expect(stored).toBe(world.presets[preset].currentRefreshToken(world.presets[preset].user));
    expectNoSecrets(result, stored ?? '', PRESET_CLIENTS[preset].secret);
  });
});

describe('authorize --provider withings: the landing address pasted', () => {
  const pasteArgs = (secret: string) => [
    '--redirect-uri',
    WITHINGS_CALLBACK,
    '--secret-name',
    secret,
  ];

  it('says how fast to be, reads the pasted address, checks its state and stores the grant', async () => {
    const command = authorizeWith('withings', pasteArgs('WITHINGS_AUTHORIZED'), {
      openStdin: true,
    });
    const consentUrl = new URL(await command.waitForLine(/^https?:\/\//));
    expect(command.stderr()).toMatch(/lets the code in it live only 30 seconds/);
    expect(command.stderr()).toContain(WITHINGS_CALLBACK);
    expect(consentUrl.searchParams.get('redirect_uri')).toBe(WITHINGS_CALLBACK);
    expect(consentUrl.searchParams.get('scope')).toBe('user.metrics,user.activity');
    // The person allows access; the browser lands on the registered https page, not here.
    const landing = await consentRedirect(consentUrl);
    expect(landing.origin + landing.pathname).toBe(WITHINGS_CALLBACK);
    // Pasted at a terminal: a line, and standard input stays open; the command ends all the same.
    command.child.stdin.write(`${landing.href}\n`);
    const result = await command.done;
    expect(result.exitCode, result.stderr).toBe(0);
    const stored = world.github.secretValue(TARGET, 'WITHINGS_AUTHORIZED');
    expect(stored).toBe(world.presets.withings.currentRefreshToken(world.presets.withings.user));
    const exchange = lastExchange('withings');
    expect(exchange).toMatchObject({
      action: 'requesttoken',
      grant_type: 'authorization_code',
      code: landing.searchParams.get('code'),
      redirect_uri: WITHINGS_CALLBACK,
    });
    expect(pkceChallenge(exchange?.code_verifier ?? '')).toBe(
      consentUrl.searchParams.get('code_challenge'),
    );
    expectNoSecrets(
      result,
      stored ?? '',
      landing.searchParams.get('code') ?? '',
      PRESET_CLIENTS.withings.secret,
    );
  });

  it('refuses an address of another consent (its state) and sends nothing', async () => {
    const command = authorizeWith('withings', pasteArgs('WITHINGS_FOREIGN'), { openStdin: true });
    const consentUrl = new URL(await command.waitForLine(/^https?:\/\//));
    const landing = await consentRedirect(consentUrl);
    landing.searchParams.set('state', 'another-consent-state-0001');
    const exchangesBefore = world.presets.withings.requests.length;
    command.child.stdin.end(`${landing.href}\n`);
    const result = await command.done;
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/carries another state than this consent/);
    expect(world.presets.withings.requests.length).toBe(exchangesBefore);
    expect(world.github.secretValue(TARGET, 'WITHINGS_FOREIGN')).toBeUndefined();
  });

  it('ends with a clear error when standard input ends before an address', async () => {
    const command = authorizeWith('withings', pasteArgs('WITHINGS_NOTHING'));
    const result = await command.done;
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/Standard input ended before an address was pasted/);
  });

  it.each([
    [[], /--redirect-uri is required with --provider withings/],
    [
      ['--redirect-uri', 'http://127.0.0.1:8080/'],
      /must be an https address registered with Withings/,
    ],
    [['--redirect-uri', 'https://localhost/cb'], /refuses localhost and IP addresses/],
  ])('%j is a usage error, before any request', async (flags, problem) => {
    const githubBefore = world.github.requests.length;
    const result = await authorizeWith('withings', flags).done;
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(problem);
    expect(world.github.requests.length).toBe(githubBefore);
  });
});
