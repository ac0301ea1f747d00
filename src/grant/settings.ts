/** What the grant flow needs to know, whichever edge (the action, the command) it runs from. */
import type { SecretTarget, WorkflowRun } from '../github/target.js';
import type { Provider } from '../oauth/providers.js';
import type { TokenEndpoint } from '../oauth/token-client.js';
import type { AccountRecord } from './account.js';

/** The secret that holds the refresh token when none is named. */
export const DEFAULT_SECRET_NAME = 'FITBIT_REFRESH_TOKEN';

export interface GrantSettings {
  readonly provider: Provider;
  readonly endpoint: TokenEndpoint;
  readonly githubToken: string;
  readonly githubApiUrl: string;
  readonly target: SecretTarget;
  /** The secret that holds the refresh token. */
  readonly secretName: string;
  /** Also written this run (a copy of the access token), so the preflight proves write access. */
  readonly accessTokenSecret: string | undefined;
  /** Where a new refresh token is sealed when GitHub will not store it. */
  readonly recoveryPublicKey: string | undefined;
  /** Set when the grant's end is reckoned from the secret's last update. */
  readonly grantLifetimeSeconds: number | undefined;
  /** This workflow run, for the stale-secret check; undefined outside Actions. */
  readonly currentRun: WorkflowRun | undefined;
  /**
   * The grant's account as recorded (`grant-account`): a re-seed must bring
   * back its grant. Undefined: not recorded (or moved on purpose: `authorize`).
   */
  readonly grantAccount?: AccountRecord | undefined;
}
