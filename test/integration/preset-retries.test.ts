/**
 * Retries at the token endpoint of the rotating presets, each against its
 * provider's habit: run() in-process on the fast timing, against the
 * simulators over real sockets. A reply lost after the provider answered is
 * answered again by Withings (8 hours, while the new access token is unused)
 * and by Strava when it kept the token, and refused as spent by the
 * single-use ones (Strava's rotation, WHOOP, Oura), which the error says; the
 * grant is then never reported as safe. Withings' 601 and Strava's 429 are
 * waited out like any rate limit.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ROTATING_PRESETS, type RotatingPreset } from '../../sim/world.js';
import { FAST_TIMING } from '../helpers/fast-timing.js';
import { runInProcess } from '../helpers/in-process.js';
import { isPresetTokenRequest, secretOf, seedPresetGrant } from '../helpers/preset-world.js';
import { useWorld } from '../helpers/use-world.js';

const REPOSITORY = 'octo/preset-retries';
const TARGET = { repository: REPOSITORY };

const world = useWorld({
  repository: REPOSITORY,
  writer: 'ghp_preset_retries_writer_01',
  fitbitClient: { id: 'UNUSED', secret: 'unused', type: 'server' },
});

afterEach(() => {
  for (const preset of ROTATING_PRESETS) world.presets[preset].faults.clear();
  world.presets.strava.rotation = 'alternate';
});

function tokenRequests(preset: RotatingPreset): number {
  const isToken = isPresetTokenRequest(world, preset);
  return world.presets[preset].requests.filter((r) => isToken(r.method, r.path)).length;
}

/** The provider handles the refresh (and rotates), then the connection drops before its answer. */
function loseTheReply(preset: RotatingPreset): void {
  world.presets[preset].faults.push({
    afterHandling: true,
    reset: true,
    match: isPresetTokenRequest(world, preset),
  });
}

async function refresh(preset: RotatingPreset, token: string) {
  const before = tokenRequests(preset);
  const result = await runInProcess(world.presetInputs(preset, token));
  return { result, requests: tokenRequests(preset) - before };
}

describe('a reply lost after the provider answered', () => {
  it('withings answers the retry with the same reply (its 8-hour replay), so the new token is stored', async () => {
    const { user, token } = seedPresetGrant(world, 'withings', TARGET);
    loseTheReply('withings');
    const { result, requests } = await refresh('withings', token);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(requests).toBe(2);
    const stored = world.github.secretValue(TARGET, secretOf('withings'));
    expect(stored).toBe(world.presets.withings.currentRefreshToken(user));
    expect(stored).not.toBe(token);
  });

  it('strava, when it kept the refresh token, answers the retry as the first', async () => {
    world.presets.strava.rotation = 'never';
    const { user, token } = seedPresetGrant(world, 'strava', TARGET);
    loseTheReply('strava');
    const { result, requests } = await refresh('strava', token);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(requests).toBe(2);
    expect(result.outputs['secret-updated']).toBe('false');
    expect(world.presets.strava.currentRefreshToken(user)).toBe(token);
  });

  it.each(['strava', 'whoop', 'oura'] as const)(
    '%s refuses the retry: the token was single-use and its successor is lost, which the error says',
    async (preset) => {
      world.presets.strava.rotation = 'always';
      const { user, token } = seedPresetGrant(world, preset, TARGET);
      loseTheReply(preset);
      const { result, requests } = await refresh(preset, token);
      expect(result.exitCode).toBe(1);
      expect(requests).toBe(2);
      // The provider did rotate: the new token exists there, and nowhere else.
      const successor = world.presets[preset].currentRefreshToken(user);
      expect(successor).toBeDefined();
      expect(successor).not.toBe(token);
      expect(world.github.secretValue(TARGET, secretOf(preset))).toBe(token);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(/no longer works/);
      expect(result.errors[0]).toMatch(/Re-seed the secret through consent/);
      expect(result.outputs['access-token']).toBeUndefined();
    },
  );
});

describe('rate limits', () => {
  it("withings' status 601 (in an HTTP 200 reply) is retried like a 429, and the third answer stored", async () => {
    const { user, token } = seedPresetGrant(world, 'withings', TARGET);
    world.presets.withings.faults.push({
      match: isPresetTokenRequest(world, 'withings'),
      status: 200,
      body: { status: 601, body: {}, error: 'Too many requests' },
      times: 2,
    });
    const { result, requests } = await refresh('withings', token);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(requests).toBe(3);
    expect(world.github.secretValue(TARGET, secretOf('withings'))).toBe(
      world.presets.withings.currentRefreshToken(user),
    );
  });

  it('withings answering 601 to every attempt fails saying so, and the token it never spent still works', async () => {
    const { user, token } = seedPresetGrant(world, 'withings', TARGET);
    world.presets.withings.faults.push({
      match: isPresetTokenRequest(world, 'withings'),
      status: 200,
      body: { status: 601, body: {}, error: 'Too many requests' },
      times: FAST_TIMING.tokenEndpoint.maxAttempts,
    });
    const { result, requests } = await refresh('withings', token);
    expect(result.exitCode).toBe(1);
    expect(requests).toBe(FAST_TIMING.tokenEndpoint.maxAttempts);
    expect(result.errors[0]).toMatch(
      new RegExp(`answered status 601: Too many requests \\(after ${requests} attempts\\)`),
    );
    expect(world.presets.withings.currentRefreshToken(user)).toBe(token);
    expect(world.github.secretValue(TARGET, secretOf('withings'))).toBe(token);
  });

  it("strava's 429 with its JSON body and rate-limit headers is waited out", async () => {
    world.presets.strava.rotation = 'always';
    const { user, token } = seedPresetGrant(world, 'strava', TARGET);
    world.presets.strava.faults.push({
      match: isPresetTokenRequest(world, 'strava'),
      status: 429,
      headers: { 'x-ratelimit-limit': '200,2000', 'x-ratelimit-usage': '201,1500' },
      body: {
        message: 'Rate Limit Exceeded',
        errors: [{ resource: 'Application', field: 'rate limit', code: 'exceeded' }],
      },
    });
    const { result, requests } = await refresh('strava', token);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(requests).toBe(2);
    expect(world.github.secretValue(TARGET, secretOf('strava'))).toBe(
      world.presets.strava.currentRefreshToken(user),
    );
  });
});
