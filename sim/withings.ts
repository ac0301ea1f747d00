// Withings' OAuth (account.withings.com/oauth2_user/authorize2, wbsapi.withings.net/v2/oauth2),
// as its OpenAPI description and its users describe it: comma-separated scopes, a required
// state, a registered https callback that is neither localhost nor an IP address (port 80 or
// 443, at most 255 characters), codes that live 30 seconds, `action=requesttoken` on every
// token request, every answer HTTP 200 with the outcome in {status, body, error} (503
// "Invalid Params: …" for a bad token, code or client; 601 for too many requests, queued as
// a fault), the account as an integer `userid`, and refresh tokens that rotate on every
// refresh while the one spent is still answered with the same reply for 8 hours, until the
// new access token is used.

import { randomHex } from './oauth-kit.js';
import {
  clientInBody,
  exactlyRegistered,
  numericUser,
  type PresetFailure,
  type PresetSim,
  type PresetSimOptions,
  startPresetSim,
} from './preset-provider.js';
import type { Reply } from './server.js';

const WITHINGS_ACCESS_TOKEN_LIFETIME = 10800;
export const WITHINGS_CODE_LIFETIME_MS = 30_000;
const WITHINGS_REPLAY_MS = 8 * 3600 * 1000;

const SCOPES = new Set(['user.info', 'user.metrics', 'user.activity', 'user.sleepevents']);

/** A Withings answer: always HTTP 200. */
const withingsReply = (status: number, body: object, error?: string): Reply => ({
  status: 200,
  body: error === undefined ? { status, body } : { status, body, error },
});

const FAILURES: Record<PresetFailure, string> = {
  invalid_request: 'Invalid Params',
  unsupported_grant_type: 'Invalid Params: invalid grant_type',
  invalid_client: 'Invalid Params: invalid client_id or client_secret',
  invalid_refresh_token: 'Invalid Params: invalid refresh_token',
  revoked: 'Invalid Params: invalid refresh_token',
  invalid_code: 'Invalid Params: invalid code',
  redirect_mismatch: 'Invalid Params: invalid redirect_uri',
};

/** "Localhost and IP addresses are not allowed"; https, port 80 or 443, at most 255 characters. */
function callbackAllowed(asked: string, registered: readonly string[] | undefined): boolean {
  const url = new URL(asked);
  const ip = /^\d+\.\d+\.\d+\.\d+$/.test(url.hostname) || url.hostname.startsWith('[');
  return (
    url.protocol === 'https:' &&
    !ip &&
    url.hostname !== 'localhost' &&
    ['', '80', '443'].includes(url.port) &&
    asked.length <= 255 &&
    exactlyRegistered(asked, registered)
  );
}

export async function startWithingsSim(options: PresetSimOptions = {}): Promise<PresetSim> {
  return startPresetSim(
    {
      authorizePath: '/oauth2_user/authorize2',
      tokenPaths: ['/v2/oauth2'],
      scopes: SCOPES,
      scopeSeparator: ',',
      scopeOptional: false,
      minStateLength: 1,
      redirectOptional: false,
      exchangeChecksRedirect: true,
      redirectCarriesScope: false,
      codeLifetimeMs: WITHINGS_CODE_LIFETIME_MS,
      accessLifetimeS: WITHINGS_ACCESS_TOKEN_LIFETIME,
      replayMs: WITHINGS_REPLAY_MS,
      redirectAccepted: callbackAllowed,
      precheck: (request) =>
        request.form.action === 'requesttoken' ? undefined : 'invalid_request',
      authenticate: (request, client) => clientInBody(request, client),
      refreshOutcome: () => 'rotate',
      handsOutRefreshToken: () => true,
      reply: (facts) =>
        withingsReply(0, {
          userid: Number(facts.user),
          access_token: facts.accessToken,
          refresh_token: facts.refreshToken,
          expires_in: facts.expiresIn,
          scope: facts.scope.join(','),
          csrf_token: randomHex(16),
          token_type: 'Bearer',
        }),
      failure: (kind) => withingsReply(503, {}, FAILURES[kind]),
      mintToken: () => randomHex(20),
      newUser: numericUser,
    },
    options,
  );
}
