/**
 * Composes the one error line a failed run prints: what happened, where the
 * stored refresh token stands, and what to do next. Knows nothing of HTTP.
 */
import { GitHubApiError } from '../github/errors.js';
import { ExplainedError, errorMessage, InputError } from '../lib/errors.js';
import type { Redactor } from '../lib/redact.js';
import { capitalize, lowerFirst } from '../lib/text.js';
import { TokenEndpointError } from '../oauth/token-endpoint-errors.js';
import { type Audience, WORDING, type Wording } from './failure-wording.js';
import type { Situation } from './stage.js';

export type { Audience } from './failure-wording.js';

export function describeFailure(
  error: unknown,
  situation: Situation,
  redactor: Redactor,
  audience: Audience = 'action',
): string {
  const { happened, why, state, next } = partsOf(error, situation, audience);
  const message = [why ? `${happened.replace(/\.+$/, '')}. ${why}` : happened, state, next]
    .filter(Boolean)
    .map((part) => terminate(part))
    .join(' ');
  return redactor.redact(message);
}

/**
 * The failure in parts: what happened (the error's own sentence), why that
 * happens (the provider's explanation; may be long), the grant's status and
 * where the stored token stands, and the one next step.
 */
function partsOf(error: unknown, situation: Situation, audience: Audience) {
  const words = WORDING[audience];
  const { state, asks } = secretState(error, situation, words);
  // GitHub's failures name settings: the github-token input, or GH_TOKEN and the flags.
  const worded = error instanceof GitHubApiError ? error.wordedFor?.(words.github) : undefined;
  const advice = worded?.advice ?? (error instanceof ExplainedError ? error.advice : '');
  const status = grantStatus(error, situation);
  return {
    happened: worded?.message ?? errorMessage(error),
    why: explanationOf(error, situation, words),
    status,
    state,
    next: nextStep(status, advice, asks, situation, words),
  };
}

/** Where a failed run left the grant, in the words a person scans for first. */
export type GrantStatus = 'still valid' | 'spent' | 'stored nowhere' | 'maybe spent' | 'safe';

/** The failure in parts, for the job summary: each part redacted, none holding a token. */
export interface FailureExplanation {
  /** What happened, in the error's own sentence. */
  readonly happened: string;
  /** Why such a failure happens, at length; empty when there is nothing to add. */
  readonly why: string;
  readonly status: GrantStatus;
  /** Where the stored refresh token stands, without advice. */
  readonly grant: string;
  /** The one next step: the error's advice, else what the grant's state asks for. */
  readonly nextStep: string;
}

export function explainFailure(
  error: unknown,
  situation: Situation,
  redactor: Redactor,
  audience: Audience = 'action',
): FailureExplanation {
  const { happened, why, status, state, next } = partsOf(error, situation, audience);
  return {
    happened: redactor.redact(terminate(happened)),
    why: why ? redactor.redact(terminate(why)) : '',
    status,
    grant: redactor.redact(terminate(state)),
    nextStep: redactor.redact(next),
  };
}

/**
 * One next step: the error's advice (it knows the fix) followed by what the
 * grant's state asks for once it is fixed (re-run, at once if urgent); without
 * either, what the state asks for in general.
 */
function nextStep(
  status: GrantStatus,
  advice: string,
  asks: string,
  situation: Situation,
  words: Wording,
): string {
  const parts = [advice, asks].filter(Boolean);
  if (parts.length === 0) parts.push(nextStepFor(status, situation, words));
  return parts.map((part) => terminate(part)).join(' ');
}

/** The step the grant's state asks for, when the error itself gave no advice. */
function nextStepFor(status: GrantStatus, { reseed }: Situation, words: Wording): string {
  switch (status) {
    case 'spent':
      return words.reseed;
    case 'stored nowhere':
      return reseed ? words.reseed : `${capitalize(words.rerun)} at once`;
    case 'maybe spent':
      return `${capitalize(words.rerun)} at once`;
    case 'safe':
      return words.afterStored;
    case 'still valid':
      return reseed ? words.fixAndConsentAgain : words.fixAndRerun;
  }
}

function grantStatus(error: unknown, { stage, provider, reseed }: Situation): GrantStatus {
  const rotates = provider?.rotates ?? true;
  const kind = error instanceof TokenEndpointError ? error.kind : 'network';
  switch (stage) {
    case 'store':
      return rotates || reseed ? 'stored nowhere' : 'still valid';
    case 'stored':
      return 'safe';
    case 'exchange':
      if (reseed) return 'still valid';
      if (kind === 'invalid_grant' || kind === 'retired') return 'spent';
      if (kind === 'invalid_client' || kind === 'rejected') return 'still valid';
      return rotates ? 'maybe spent' : 'still valid';
    default:
      return 'still valid';
  }
}

/** Why the token endpoint's answer means what it means (a dead grant's likely causes). */
function explanationOf(error: unknown, { provider }: Situation, words: Wording): string {
  if (!(error instanceof TokenEndpointError) || provider === undefined) return '';
  switch (error.kind) {
    case 'invalid_grant':
      return `${provider.rotates ? 'The grant is spent, expired or revoked' : 'The grant has expired or was revoked'}: ${provider.deadGrantCauses}`;
    case 'invalid_client':
      return `The client was rejected: ${words.checkClient}`;
    case 'retired':
      return provider.name === 'fitbit'
        ? `The legacy Fitbit Web API and its OAuth endpoints were switched off on 2026-11-02. Fitbit data is now read through the Google Health API: ${words.useGoogle} and create a Google OAuth client (see the README)`
        : `The endpoint says it is gone for good (410): ${words.checkTokenUrl}`;
    default:
      return '';
  }
}

/** Where the stored token stands, and what that asks of the person (empty: nothing more). */
interface GrantState {
  readonly state: string;
  readonly asks: string;
}

function secretState(error: unknown, situation: Situation, words: Wording): GrantState {
  const { stage, provider, secret, reseed } = situation;
  const where = secret ? `the secret ${secret}` : 'the secret';
  const rotates = provider?.rotates ?? true;
  const replay = replayOf(provider);
  switch (stage) {
    case 'inputs':
      return {
        state:
          error instanceof InputError
            ? 'Nothing was sent and no secret was changed'
            : 'Nothing was sent to the provider and no secret was changed',
        asks: '',
      };
    case 'preflight':
      return reseed
        ? { state: `${words.codeUnused}, and ${where} was not changed`, asks: words.reseedAgain }
        : {
            state: `The token endpoint was not contacted: the refresh token in ${where} was not used and still works`,
            asks: words.fixAndRerun,
          };
    case 'exchange':
      return exchangeState(error, where, { rotates, replay, reseed }, words);
    case 'refused':
      return {
        state: `The new grant was not stored: ${where} still holds the refresh token it held before, unchanged`,
        asks: '',
      };
    case 'store':
      if (reseed) {
        return {
          state: `The provider issued a new refresh token but it could NOT be stored in ${where}, and the new access token was withheld. The authorization code is spent`,
          asks: words.reseed,
        };
      }
      if (rotates && replay === undefined) {
        return {
          state: `The provider issued a new refresh token but it could NOT be stored in ${where}, and the new access token was withheld. The token in ${where} is now spent, and the provider does not hand out the new one again`,
          asks: `Unless the new one was sealed to recovery-public-key, ${lowerFirst(words.reseed)}`,
        };
      }
      return rotates
        ? {
            state: `The provider issued a new refresh token but it could NOT be stored in ${where}, and the new access token was withheld. The token in ${where} is now spent; the provider normally hands the same new pair to an identical request ${replay}`,
            asks: `${capitalize(words.rerun)} at once. If that fails, ${lowerFirst(words.reseed)}`,
          }
        : {
            state: `The provider issued a new refresh token but it could NOT be stored in ${where}; the new access token was withheld. The old token may still work`,
            asks: capitalize(words.rerun),
          };
    case 'stored':
      return {
        state: `The newest refresh token is stored in ${where}, so the grant is safe`,
        asks: words.afterStored,
      };
    case 'unchanged':
      return { state: `The refresh token in ${where} is unchanged and still works`, asks: '' };
  }
}

/**
 * How long the provider answers an identical refresh with the identical pair,
 * in words; undefined where it refuses a spent token (single-use). Without a
 * provider (a failure before the flow knew it) the cautious "a short while".
 */
function replayOf(provider: Situation['provider']): string | undefined {
  return provider === undefined ? 'for a short while' : provider.replaysRefresh;
}

function exchangeState(
  error: unknown,
  where: string,
  { rotates, replay, reseed }: { rotates: boolean; replay: string | undefined; reseed: boolean },
  words: Wording,
): GrantState {
  const kind = error instanceof TokenEndpointError ? error.kind : 'network';
  if (reseed) {
    return kind === 'invalid_grant'
      ? {
          state: `The authorization code was refused (codes are single-use and expire after minutes); ${where} was not changed`,
          asks: words.consentAgain,
        }
      : { state: `${capitalize(where)} was not changed`, asks: words.fixAndConsentAgain };
  }
  switch (kind) {
    case 'invalid_grant':
      return { state: `The refresh token in ${where} no longer works`, asks: words.reseed };
    case 'retired':
      return { state: `The refresh token in ${where} cannot be used any more`, asks: words.reseed };
    case 'invalid_client':
    case 'rejected':
      return {
        state: `The provider refused the request without spending the refresh token in ${where}, which should still work once the problem is fixed`,
        asks: '',
      };
    default:
      return rotates
        ? {
            state: `The provider may or may not have spent the refresh token in ${where}; ${replay === undefined ? 'if it did, the new one it handed out is lost' : `it answers an identical request with the same pair ${replay}`}`,
            asks: `${capitalize(words.rerun)} at once. If that run reports invalid_grant, ${lowerFirst(words.reseed)}`,
          }
        : {
            state: `The refresh token in ${where} was not changed and still works`,
            asks: capitalize(words.rerun),
          };
  }
}

function terminate(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
