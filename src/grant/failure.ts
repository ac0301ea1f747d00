/**
 * Composes the one error line a failed run prints: what happened, where the
 * stored refresh token stands, and what to do next. Knows nothing of HTTP.
 */
import { ExplainedError, errorMessage, InputError } from '../lib/errors.js';
import type { Redactor } from '../lib/redact.js';
import type { Provider } from '../oauth/providers.js';
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
  const { headline, state, advice } = partsOf(error, situation, audience);
  const message = [headline, state, advice]
    .filter(Boolean)
    .map((part) => terminate(part))
    .join(' ');
  return redactor.redact(message);
}

/** What happened, where the stored token stands, and the error's own advice (maybe empty). */
function partsOf(error: unknown, situation: Situation, audience: Audience) {
  const words = WORDING[audience];
  return {
    words,
    headline: headline(error, situation, words),
    state: secretState(error, situation, words),
    advice: error instanceof ExplainedError ? error.advice : '',
  };
}

/** Where a failed run left the grant, in the words a person scans for first. */
export type GrantStatus = 'still valid' | 'spent' | 'stored nowhere' | 'maybe spent' | 'safe';

/** The failure in parts, for the job summary: each part redacted, none holding a token. */
export interface FailureExplanation {
  readonly happened: string;
  readonly status: GrantStatus;
  /** Where the stored refresh token stands, and what that means for the next run. */
  readonly grant: string;
  /** The one next step: the advice of the error, else what the grant's state asks for. */
  readonly nextStep: string;
}

export function explainFailure(
  error: unknown,
  situation: Situation,
  redactor: Redactor,
  audience: Audience = 'action',
): FailureExplanation {
  const { words, headline, state, advice } = partsOf(error, situation, audience);
  const status = grantStatus(error, situation);
  return {
    happened: redactor.redact(terminate(headline)),
    status,
    grant: redactor.redact(terminate(state)),
    nextStep: redactor.redact(terminate(advice || nextStepFor(status, situation, words))),
  };
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

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
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

function headline(error: unknown, { provider }: Situation, words: Wording): string {
  if (error instanceof TokenEndpointError && provider) {
    const explanation = kindExplanation(error, provider, words);
    // The provider's own sentence may end in a period; the explanation brings its own.
    const message = explanation ? errorMessage(error).replace(/\.+$/, '') : errorMessage(error);
    return `${message}${explanation}`;
  }
  return errorMessage(error);
}

function kindExplanation(error: TokenEndpointError, provider: Provider, words: Wording): string {
  switch (error.kind) {
    case 'invalid_grant':
      return `. The grant is spent, expired or revoked: ${provider.deadGrantCauses}`;
    case 'invalid_client':
      return `. The client was rejected: ${words.checkClient}`;
    case 'retired':
      return provider.name === 'fitbit'
        ? `. The legacy Fitbit Web API and its OAuth endpoints were switched off on 2026-11-02. Fitbit data is now read through the Google Health API: ${words.useGoogle} and create a Google OAuth client (see the README)`
        : `. The endpoint says it is gone for good (410): ${words.checkTokenUrl}`;
    default:
      return '';
  }
}

function secretState(error: unknown, situation: Situation, words: Wording): string {
  const { stage, provider, secret, reseed } = situation;
  const where = secret ? `the secret ${secret}` : 'the secret';
  const rotates = provider?.rotates ?? true;
  switch (stage) {
    case 'inputs':
      return error instanceof InputError
        ? 'Nothing was sent and no secret was changed'
        : 'Nothing was sent to the provider and no secret was changed';
    case 'preflight':
      return reseed
        ? `${words.codeUnused}, and ${where} was not changed. ${words.reseedAgain}`
        : `The token endpoint was not contacted: the refresh token in ${where} was not used and still works. ${words.fixAndRerun}`;
    case 'exchange':
      return exchangeState(error, where, rotates, reseed, words);
    case 'refused':
      return `The new grant was not stored: ${where} still holds the refresh token it held before, unchanged`;
    case 'store':
      return rotates || reseed
        ? `The provider issued a new refresh token but it could NOT be stored in ${where}, and the new access token was withheld. ${reseed ? `The authorization code is spent. ${words.reseed}` : `The token in ${where} is now spent; the provider normally hands the same new pair to an identical request for a short while, so ${words.rerun} at once. If that fails, ${lowerFirst(words.reseed)}`}`
        : `The provider issued a new refresh token but it could NOT be stored in ${where}; the new access token was withheld. The old token may still work: ${words.rerun}`;
    case 'stored':
      return `The newest refresh token is stored in ${where}, so the grant is safe. ${words.afterStored}`;
    case 'unchanged':
      return `The refresh token in ${where} is unchanged and still works`;
  }
}

function exchangeState(
  error: unknown,
  where: string,
  rotates: boolean,
  reseed: boolean,
  words: Wording,
): string {
  const kind = error instanceof TokenEndpointError ? error.kind : 'network';
  if (reseed) {
    return kind === 'invalid_grant'
      ? `The authorization code was refused (codes are single-use and expire after minutes); ${where} was not changed. ${words.consentAgain}`
      : `${where.charAt(0).toUpperCase()}${where.slice(1)} was not changed. ${words.fixAndConsentAgain}`;
  }
  switch (kind) {
    case 'invalid_grant':
      return `The refresh token in ${where} no longer works. ${words.reseed}`;
    case 'retired':
      return `The refresh token in ${where} cannot be used any more. ${words.reseed}`;
    case 'invalid_client':
    case 'rejected':
      return `The provider refused the request without spending the refresh token in ${where}, which should still work once the problem is fixed`;
    default:
      return rotates
        ? `The provider may or may not have spent the refresh token in ${where}; it answers an identical request with the same pair for a short while, so ${words.rerun} at once. If that run reports invalid_grant, ${lowerFirst(words.reseed)}`
        : `The refresh token in ${where} was not changed and still works: ${words.rerun}`;
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function terminate(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
