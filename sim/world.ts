/**
 * The simulated world most tests run in: a Fitbit-shaped and a Google-shaped
 * provider, the Google Health API's data points (accepting the access tokens
 * the Google provider issues), and a GitHub secrets API on loopback, one
 * repository, a token that may write its secrets (and optionally one that may
 * only read), one client at each provider, and the action inputs that point at
 * all of them.
 */

import { type FitbitClientType, type FitbitSim, startFitbitSim } from './fitbit.js';
import { type GitHubSim, type GitHubSimOptions, startGitHubSim } from './github.js';
import { type GoogleSim, startGoogleSim } from './google.js';
import { type HealthSim, startHealthSim } from './google-health.js';
import { loadGitHubOpenApiValidator } from './openapi.js';

export interface WorldOptions {
  readonly repository: string;
  readonly writer: string;
  readonly reader?: string;
  readonly fitbitClient: { id: string; secret?: string; type: FitbitClientType };
  /** Defaults to a client nobody uses, for tests that only need Fitbit. */
  readonly googleClient?: { id: string; secret: string };
  /** Defaults to GitHub's OpenAPI description: every request is checked against it. */
  readonly validate?: GitHubSimOptions['validate'];
}

export type Inputs = Record<string, string>;

export interface World {
  readonly fitbit: FitbitSim;
  readonly google: GoogleSim;
  /** The data the Google provider's access tokens read. */
  readonly health: HealthSim;
  readonly github: GitHubSim;
  readonly target: { repository: string };
  /** Inputs of a legacy Fitbit refresh into the default secret. */
  fitbitInputs(refreshToken: string, extra?: Inputs): Inputs;
  /** Inputs of a Google refresh; the secret is GOOGLE_REFRESH_TOKEN unless `extra` says otherwise. */
  googleInputs(refreshToken: string, extra?: Inputs): Inputs;
  close(): Promise<void>;
}

export async function startWorld(options: WorldOptions): Promise<World> {
  const validate = options.validate ?? (await loadGitHubOpenApiValidator());
  const [fitbit, google, github] = await Promise.all([
    startFitbitSim(),
    startGoogleSim(),
    startGitHubSim({ validate }),
  ]);
  const health = await startHealthSim({ tokenScopes: (token) => google.scopesOf(token) });
  const { repository, writer, fitbitClient } = options;
  const googleClient = options.googleClient ?? {
    id: 'unused.apps.googleusercontent.com',
    secret: 'unused',
  };
  github.addRepo(repository);
  github.addToken(writer, 'write');
  if (options.reader) github.addToken(options.reader, 'read');
  fitbit.addClient(fitbitClient);
  google.addClient(googleClient);

  const common = { 'github-token': writer, repository, 'github-api-url': github.url };
  return {
    fitbit,
    google,
    health,
    github,
    target: { repository },
    fitbitInputs: (refreshToken, extra = {}) => ({
      provider: 'fitbit',
      'client-id': fitbitClient.id,
      ...(fitbitClient.secret === undefined ? {} : { 'client-secret': fitbitClient.secret }),
      'refresh-token': refreshToken,
      'token-url': fitbit.tokenUrl,
      ...common,
      ...extra,
    }),
    googleInputs: (refreshToken, extra = {}) => ({
      'client-id': googleClient.id,
      'client-secret': googleClient.secret,
      'refresh-token': refreshToken,
      'secret-name': 'GOOGLE_REFRESH_TOKEN',
      'token-url': google.tokenUrl,
      ...common,
      ...extra,
    }),
    close: async () => {
      await Promise.all([fitbit.close(), google.close(), health.close(), github.close()]);
      // A request GitHub does not document was answered 400; name it once more here.
      if (github.violations.length > 0) {
        throw new Error(
          `requests outside GitHub's OpenAPI description:\n${github.violations.join('\n')}`,
        );
      }
    },
  };
}
