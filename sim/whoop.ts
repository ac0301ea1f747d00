// WHOOP's OAuth (api.prod.whoop.com/oauth/oauth2/auth and /token), as its documentation
// and its users describe it: space-separated scopes, a state of at least eight characters,
// exactly registered redirects, credentials in the form (HTTP Basic is refused with
// invalid_client), and single-use refresh tokens: a refresh hands out a new one only when
// it asks for scope=offline, and spends the one sent either way. A consent without the
// `offline` scope yields no refresh token at all. Errors as RFC 6749.

import { CODE_LIFETIME_MS, oauthError, randomBase64Url } from './oauth-kit.js';
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

const WHOOP_ACCESS_TOKEN_LIFETIME = 3600;

const SCOPES = new Set([
  'offline',
  'read:recovery',
  'read:cycles',
  'read:sleep',
  'read:workout',
  'read:profile',
  'read:body_measurement',
]);

/** RFC 6749's words for a bad grant, which WHOOP says of a dead refresh token, a revoked one and a bad code alike. */
const INVALID_GRANT = oauthError(
  400,
  'invalid_grant',
  'The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
);

const FAILURES: Record<PresetFailure, Reply> = {
  invalid_request: oauthError(
    400,
    'invalid_request',
    'The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed.',
  ),
  unsupported_grant_type: oauthError(
    400,
    'unsupported_grant_type',
    'The authorization grant type is not supported by the authorization server.',
  ),
  invalid_client: oauthError(
    401,
    'invalid_client',
    'Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method).',
  ),
  invalid_refresh_token: INVALID_GRANT,
  revoked: INVALID_GRANT,
  invalid_code: INVALID_GRANT,
  redirect_mismatch: oauthError(
    400,
    'invalid_request',
    "The 'redirect_uri' parameter does not match any of the OAuth 2.0 Client's pre-registered redirect urls.",
  ),
};

export async function startWhoopSim(options: PresetSimOptions = {}): Promise<PresetSim> {
  return startPresetSim(
    {
      authorizePath: '/oauth/oauth2/auth',
      tokenPaths: ['/oauth/oauth2/token'],
      scopes: SCOPES,
      scopeSeparator: ' ',
      scopeOptional: false,
      minStateLength: 8,
      redirectOptional: false,
      exchangeChecksRedirect: true,
      redirectCarriesScope: true,
      codeLifetimeMs: CODE_LIFETIME_MS,
      accessLifetimeS: WHOOP_ACCESS_TOKEN_LIFETIME,
      replayMs: 0,
      redirectAccepted: exactlyRegistered,
      authenticate: (request, client) => clientInBody(request, client),
      // Without offline the old token is spent all the same, and no new one comes.
      refreshOutcome: (request) =>
        (request.form.scope ?? '').split(' ').includes('offline') ? 'rotate' : 'spend',
      handsOutRefreshToken: (scope) => scope.includes('offline'),
      reply: (facts) => ({
        status: 200,
        body: {
          access_token: facts.accessToken,
          expires_in: facts.expiresIn,
          ...(facts.refreshToken === undefined ? {} : { refresh_token: facts.refreshToken }),
          scope: facts.scope.join(' '),
          token_type: 'bearer',
        },
      }),
      failure: (kind) => FAILURES[kind],
      mintToken: () => randomBase64Url(32),
      newUser: numericUser,
    },
    options,
  );
}
