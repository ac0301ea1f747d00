/**
 * The words a failure message uses for "what to do next", per audience: the
 * action's log speaks of workflows and inputs; the command speaks to a person
 * at a terminal, of its own flags and of running it again.
 */

import { ACTION_GITHUB_NAMES, type GitHubNames } from '../github/errors.js';

/** Who reads the failure line. */
export type Audience = 'action' | 'command';

export interface Wording {
  /** How to get a new grant through consent (a sentence). */
  readonly reseed: string;
  /** Repeat the refresh (a phrase, after "so …" or ": …"). */
  readonly rerun: string;
  /** After a preflight failure of a refresh (a sentence). */
  readonly fixAndRerun: string;
  /** What happened to the code when the preflight failed in a re-seed. */
  readonly codeUnused: string;
  /** After a preflight failure of a re-seed (a sentence). */
  readonly reseedAgain: string;
  /** After the code was refused (a sentence). */
  readonly consentAgain: string;
  /** After any other failed exchange of a code (a sentence). */
  readonly fixAndConsentAgain: string;
  /** After a failure once the newest refresh token is safe (a sentence). */
  readonly afterStored: string;
  readonly checkClient: string;
  readonly useGoogle: string;
  readonly checkTokenUrl: string;
  /** GitHub's settings, by the names this audience knows them by. */
  readonly github: GitHubNames;
}

const AUTHORIZE_AGAIN = 'run fitbit-token-keeper authorize again';

export const WORDING: Readonly<Record<Audience, Wording>> = {
  action: {
    reseed:
      'Re-seed the secret through consent: run `npx fitbit-token-keeper authorize` on your machine, or the re-seed workflow with a fresh authorization code.',
    rerun: 're-run the workflow',
    fixAndRerun: 'Fix the problem and re-run',
    codeUnused: 'The authorization code was not used',
    reseedAgain: 'Fix the problem and run the re-seed again',
    consentAgain: 'Ask for consent again',
    fixAndConsentAgain: 'Fix the problem and ask for consent again',
    afterStored: 'Once the problem is fixed, re-run the workflow for a new access token',
    checkClient:
      'check client-id, client-secret and client-auth (basic sends them in an Authorization header, body in the form)',
    useGoogle: 'set provider: google',
    checkTokenUrl: 'check token-url',
    github: ACTION_GITHUB_NAMES,
  },
  // The command is always a consent (`authorize`): the code comes from the browser, not a paste.
  command: {
    reseed: `Fix the problem, then ${AUTHORIZE_AGAIN} for a new consent.`,
    rerun: 'run the command again',
    fixAndRerun: 'Fix the problem and run the command again',
    codeUnused: 'No code was exchanged',
    reseedAgain: `Fix the problem and ${AUTHORIZE_AGAIN}`,
    consentAgain: `Consent again: ${AUTHORIZE_AGAIN}`,
    fixAndConsentAgain: `Fix the problem and ${AUTHORIZE_AGAIN}`,
    afterStored: 'The next run of the action refreshes with it',
    checkClient:
      'check --client-id and --client-secret (or FITBIT_TOKEN_KEEPER_CLIENT_SECRET), and that the client belongs to this provider',
    useGoogle: 'pass --provider google',
    checkTokenUrl: 'check --token-url',
    github: {
      token: 'the GitHub token ($GH_TOKEN, else $GITHUB_TOKEN, or --github-token)',
      apiUrl: '--github-api-url (or $GITHUB_API_URL)',
      repository: "--repository (default: the checkout's origin remote)",
      rerun: 'Run the command again',
    },
  },
};
