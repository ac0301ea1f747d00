/**
 * The simulated world most tests run in: a Fitbit-shaped and a Google-shaped
 * provider, the providers of the rotating presets (Strava, WHOOP, Oura,
 * Withings), the Google Health API's data points (accepting the access tokens
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
import { type OuraSim, startOuraSim } from './oura.js';
import type { PresetClient, PresetSim } from './preset-provider.js';
import { type StravaSim, startStravaSim } from './strava.js';
import { startWhoopSim } from './whoop.js';
import { startWithingsSim } from './withings.js';

/** The presets whose refresh tokens rotate, each with its provider in the world. */
export const ROTATING_PRESETS = ['strava', 'whoop', 'oura', 'withings'] as const;
export type RotatingPreset = (typeof ROTATING_PRESETS)[number];

/** The secret a rotating preset's grant is kept in, unless a test says otherwise. */
export const presetSecretName = (preset: RotatingPreset) => `${preset.toUpperCase()}_REFRESH_TOKEN`;

export interface PresetSims {
  readonly strava: StravaSim;
  readonly whoop: PresetSim;
  readonly oura: OuraSim;
  readonly withings: PresetSim;
}

/**
 * The world's client at each of these providers. Withings takes only a
 * registered https callback, which a browser reaches and this machine does not.
 */
export const PRESET_CLIENTS: Readonly<Record<RotatingPreset, PresetClient>> = {
  strava: { id: '160001', secret: 'strava-sim-client-secret-0001' },
  whoop: { id: 'whoop-sim-client-0001', secret: 'whoop-sim-client-secret-0001' },
  oura: { id: 'OURASIMCLIENT0001', secret: 'oura-sim-client-secret-0001' },
  withings: {
    id: 'withings-sim-client-0001',
    secret: 'withings-sim-client-secret-0001',
    redirectUris: ['https://health.example.org/withings/callback'],
  },
};

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
  /** The providers of the rotating presets, each with PRESET_CLIENTS' client. */
  readonly presets: PresetSims;
  readonly target: { repository: string };
  /** Inputs of a legacy Fitbit refresh into the default secret. */
  fitbitInputs(refreshToken: string, extra?: Inputs): Inputs;
  /** Inputs of a Google refresh; the secret is GOOGLE_REFRESH_TOKEN unless `extra` says otherwise. */
  googleInputs(refreshToken: string, extra?: Inputs): Inputs;
  /**
   * Inputs of a refresh with a rotating preset, its token URL pointed at the
   * simulator; the secret is <PRESET>_REFRESH_TOKEN unless `extra` says otherwise.
   */
  presetInputs(preset: RotatingPreset, refreshToken: string, extra?: Inputs): Inputs;
  close(): Promise<void>;
}

export async function startWorld(options: WorldOptions): Promise<World> {
  const validate = options.validate ?? (await loadGitHubOpenApiValidator());
  const [fitbit, google, github, strava, whoop, oura, withings] = await Promise.all([
    startFitbitSim(),
    startGoogleSim(),
    startGitHubSim({ validate }),
    startStravaSim(),
    startWhoopSim(),
    startOuraSim(),
    startWithingsSim(),
  ]);
  const presets: PresetSims = { strava, whoop, oura, withings };
  for (const preset of ROTATING_PRESETS) presets[preset].addClient(PRESET_CLIENTS[preset]);
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
    presets,
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
    presetInputs: (preset, refreshToken, extra = {}) => ({
      provider: preset,
      'client-id': PRESET_CLIENTS[preset].id,
      'client-secret': PRESET_CLIENTS[preset].secret,
      'refresh-token': refreshToken,
      'secret-name': presetSecretName(preset),
      'token-url': presets[preset].tokenUrl,
      ...common,
      ...extra,
    }),
    close: async () => {
      await Promise.all([
        fitbit.close(),
        google.close(),
        health.close(),
        github.close(),
        ...ROTATING_PRESETS.map((preset) => presets[preset].close()),
      ]);
      // A request GitHub does not document was answered 400; name it once more here.
      if (github.violations.length > 0) {
        throw new Error(
          `requests outside GitHub's OpenAPI description:\n${github.violations.join('\n')}`,
        );
      }
    },
  };
}
