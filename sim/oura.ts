// Oura's OAuth (cloud.ouraring.com/oauth/authorize, api.ouraring.com/oauth/token), as its
// documentation and its users describe it: space-separated scopes, none meaning all of
// them, a redirect_uri that may be left out when exactly one is registered, credentials in
// the form or as HTTP Basic, single-use refresh tokens that rotate on every refresh, and
// replies without scope or account. Apps of Oura's newer developer portal are refused at
// the legacy token path (400 invalid_request) and served at /oauth/v2/ext/oauth-token.

import { CODE_LIFETIME_MS, oauthError, randomBase64Url } from './oauth-kit.js';
import {
  clientInBody,
  exactlyRegistered,
  type PresetClient,
  type PresetFailure,
  type PresetSim,
  type PresetSimOptions,
  startPresetSim,
} from './preset-provider.js';
import type { Reply } from './server.js';

const OURA_ACCESS_TOKEN_LIFETIME = 86400;
const OURA_LEGACY_TOKEN_PATH = '/oauth/token';
const OURA_NEW_PORTAL_TOKEN_PATH = '/oauth/v2/ext/oauth-token';

export interface OuraSim extends PresetSim {
  /** The newer apps' token endpoint, which a `token-url` names. */
  readonly newPortalTokenUrl: string;
  /** An app of the newer developer portal: refused at the legacy token path. */
  addNewPortalClient(client: PresetClient): void;
}

const SCOPES = new Set([
  'email',
  'personal',
  'daily',
  'heartrate',
  'workout',
  'tag',
  'session',
  'spo2Daily',
]);

const FAILURES: Record<PresetFailure, Reply> = {
  invalid_request: oauthError(400, 'invalid_request', 'Invalid request'),
  unsupported_grant_type: oauthError(400, 'unsupported_grant_type', 'Unsupported grant type'),
  invalid_client: oauthError(401, 'invalid_client', 'Invalid client'),
  invalid_refresh_token: oauthError(400, 'invalid_grant', 'Invalid refresh token'),
  revoked: oauthError(400, 'invalid_grant', 'Invalid refresh token'),
  invalid_code: oauthError(400, 'invalid_grant', 'Authorization code expired or used'),
  redirect_mismatch: oauthError(400, 'invalid_redirect_uri', 'Invalid redirect uri'),
};

export async function startOuraSim(options: PresetSimOptions = {}): Promise<OuraSim> {
  const newPortal = new Set<string>();
  const sim = await startPresetSim(
    {
      authorizePath: '/oauth/authorize',
      tokenPaths: [OURA_LEGACY_TOKEN_PATH, OURA_NEW_PORTAL_TOKEN_PATH],
      scopes: SCOPES,
      scopeSeparator: ' ',
      scopeOptional: true,
      minStateLength: 0,
      redirectOptional: true,
      exchangeChecksRedirect: true,
      redirectCarriesScope: true,
      codeLifetimeMs: CODE_LIFETIME_MS,
      accessLifetimeS: OURA_ACCESS_TOKEN_LIFETIME,
      replayMs: 0,
      redirectAccepted: exactlyRegistered,
      authenticate: (request, client) => {
        const id = clientInBody(request, client, true);
        const wrongPath =
          typeof id === 'string' && newPortal.has(id) === (request.path === OURA_LEGACY_TOKEN_PATH);
        return wrongPath ? { refused: 'invalid_request' } : id;
      },
      refreshOutcome: () => 'rotate',
      handsOutRefreshToken: () => true,
      reply: (facts) => ({
        status: 200,
        body: {
          token_type: 'bearer',
          access_token: facts.accessToken,
          expires_in: facts.expiresIn,
          refresh_token: facts.refreshToken,
        },
      }),
      failure: (kind) => FAILURES[kind],
      mintToken: () => randomBase64Url(24),
      newUser: () => randomBase64Url(12),
    },
    options,
  );
  // The same object: the engine reads its deny and user.
  return Object.assign(sim, {
    newPortalTokenUrl: `${sim.url}${OURA_NEW_PORTAL_TOKEN_PATH}`,
    addNewPortalClient(client: PresetClient) {
      newPortal.add(client.id);
      sim.addClient(client);
    },
  });
}
