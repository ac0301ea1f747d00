// Strava's OAuth (www.strava.com/oauth/authorize and /oauth/token), as its documentation
// and its users describe it: comma-separated scopes, a callback *domain* (localhost and
// 127.0.0.1 always allowed), credentials in the form, `expires_at` beside `expires_in`, the
// athlete in a code exchange's reply, and a refresh token that only sometimes rotates (the
// old one then dies at once), while the same access token comes back with more than an
// hour left. Errors: {"message", "errors": [{"resource", "field", "code"}]}.

import { CODE_LIFETIME_MS, randomHex } from './oauth-kit.js';
import {
  clientInBody,
  numericUser,
  type PresetFailure,
  type PresetSim,
  type PresetSimOptions,
  startPresetSim,
} from './preset-provider.js';
import type { Reply } from './server.js';

const STRAVA_ACCESS_TOKEN_LIFETIME = 6 * 3600;

/** When a refresh hands out a new refresh token: every time, never, or every other refresh (the first rotates). */
export type StravaRotation = 'always' | 'never' | 'alternate';

export interface StravaSim extends PresetSim {
  /** Can be changed at any time; default 'alternate'. */
  rotation: StravaRotation;
}

const SCOPES = new Set([
  'read',
  'read_all',
  'profile:read_all',
  'profile:write',
  'activity:read',
  'activity:read_all',
  'activity:write',
]);

const stravaError = (status: number, message: string, resource: string, field: string): Reply => ({
  status,
  body: { message, errors: [{ resource, field, code: 'invalid' }] },
});

const FAILURES: Record<PresetFailure, Reply> = {
  invalid_request: stravaError(400, 'Bad Request', 'Application', 'grant_type'),
  unsupported_grant_type: stravaError(400, 'Bad Request', 'Application', 'grant_type'),
  invalid_client: stravaError(400, 'Bad Request', 'Application', 'client_secret'),
  invalid_refresh_token: stravaError(400, 'Bad Request', 'RefreshToken', 'refresh_token'),
  revoked: stravaError(401, 'Authorization Error', 'Athlete', 'access_token'),
  invalid_code: stravaError(400, 'Bad Request', 'AuthorizationCode', 'code'),
  redirect_mismatch: stravaError(400, 'Bad Request', 'Application', 'redirect_uri'),
};

/** A callback domain: the registered URIs' hosts (and their subdomains), and loopback always. */
function inCallbackDomain(asked: string, registered: readonly string[] | undefined): boolean {
  const host = new URL(asked).hostname;
  if (host === 'localhost' || host === '127.0.0.1' || registered === undefined) return true;
  return registered.some((uri) => {
    const domain = new URL(uri).hostname;
    return host === domain || host.endsWith(`.${domain}`);
  });
}

export async function startStravaSim(options: PresetSimOptions = {}): Promise<StravaSim> {
  const sim = await startPresetSim(
    {
      authorizePath: '/oauth/authorize',
      tokenPaths: ['/oauth/token'],
      scopes: SCOPES,
      scopeSeparator: ',',
      scopeOptional: false,
      minStateLength: 0,
      redirectOptional: false,
      exchangeChecksRedirect: false,
      redirectCarriesScope: true,
      codeLifetimeMs: CODE_LIFETIME_MS,
      accessLifetimeS: STRAVA_ACCESS_TOKEN_LIFETIME,
      keepAccessTokenAboveS: 3600,
      replayMs: 0,
      redirectAccepted: inCallbackDomain,
      authenticate: (request, client) => clientInBody(request, client),
      refreshOutcome: (_request, grant) => {
        if (strava.rotation === 'always') return 'rotate';
        if (strava.rotation === 'never') return 'keep';
        return grant.refreshes % 2 === 1 ? 'rotate' : 'keep';
      },
      handsOutRefreshToken: () => true,
      reply: (facts) => ({
        status: 200,
        body: {
          token_type: 'Bearer',
          expires_at: facts.expiresAt,
          expires_in: facts.expiresIn,
          refresh_token: facts.refreshToken,
          access_token: facts.accessToken,
          ...(facts.exchange
            ? {
                athlete: {
                  id: Number(facts.user),
                  resource_state: 2,
                  firstname: 'Sim',
                  lastname: 'Athlete',
                },
              }
            : {}),
        },
      }),
      failure: (kind) => FAILURES[kind],
      mintToken: () => randomHex(20),
      newUser: numericUser,
    },
    options,
  );
  // The same object the engine holds (it reads its deny and user); refreshOutcome reads its rotation.
  const strava: StravaSim = Object.assign(sim, { rotation: 'alternate' as StravaRotation });
  return strava;
}
