/**
 * For the tests of the rotating presets (strava, whoop, oura, withings): a
 * grant seeded at a preset's simulator with its refresh token in the secret,
 * and a refresh sent straight to the simulator the way the provider wants it,
 * to ask whether a token still works there.
 */
import { numericUser } from '../../sim/preset-provider.js';
import {
  PRESET_CLIENTS,
  presetSecretName,
  type RotatingPreset,
  type World,
} from '../../sim/world.js';

/** Scopes each simulated grant is given, written as the provider writes them. */
export const GRANT_SCOPES: Readonly<Record<RotatingPreset, string>> = {
  strava: 'read,activity:read_all',
  whoop: 'read:sleep read:recovery offline',
  oura: 'daily heartrate',
  withings: 'user.metrics,user.activity',
};

/** Withings takes only its client's registered https callback. */
export const WITHINGS_CALLBACK = PRESET_CLIENTS.withings.redirectUris?.[0] ?? '';

/** The secret a preset's grant is kept in, as the world's presetInputs name it. */
export { presetSecretName as secretOf };

/** A person with their own grant at the preset's provider; its refresh token in the secret. */
export function seedPresetGrant(
  world: World,
  preset: RotatingPreset,
  target: { repository: string },
): { user: string; token: string } {
  const user =
    preset === 'strava' || preset === 'withings' ? numericUser() : `user-${numericUser()}`;
  const token = world.presets[preset].issueGrant({
    clientId: PRESET_CLIENTS[preset].id,
    scope: GRANT_SCOPES[preset],
    user,
  });
  world.github.setSecret(target, presetSecretName(preset), token);
  return { user, token };
}

/**
 * A refresh sent straight to the simulator as the provider documents it;
 * resolves to whether it refused, and what it said. It spends the token it
 * sends where that works: ask only about tokens that should be dead.
 */
export async function refreshAtProvider(
  world: World,
  preset: RotatingPreset,
  refreshToken: string,
): Promise<{ refused: boolean; body: unknown }> {
  const client = PRESET_CLIENTS[preset];
  const form = new URLSearchParams({
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
    client_id: client.id,
    client_secret: client.secret,
    ...(preset === 'whoop' ? { scope: 'offline' } : {}),
    ...(preset === 'withings' ? { action: 'requesttoken' } : {}),
  });
  const response = await fetch(world.presets[preset].tokenUrl, { method: 'POST', body: form });
  const body = (await response.json()) as { status?: number; access_token?: string };
  const refused = preset === 'withings' ? body.status !== 0 : response.status !== 200;
  return { refused, body };
}

/** Tests of the token endpoint only: the preset's POSTs. */
export const isPresetTokenRequest = (world: World, preset: RotatingPreset) => {
  const path = new URL(world.presets[preset].tokenUrl).pathname;
  return (method: string, requestPath: string) => method === 'POST' && requestPath === path;
};
