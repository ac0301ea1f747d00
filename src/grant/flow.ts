/**
 * The grant's one flow, run by the action and the `authorize` command alike:
 * preflight (GitHub will take a new refresh token) → exchange at the token
 * endpoint → store what must be stored → the caller's own work. The flow alone
 * records how far it got, so that a failure says where the grant stands.
 */
import type { GitHubClient } from '../github/client.js';
import { ExplainedError } from '../lib/errors.js';
import type { Network } from '../lib/http.js';
import type { Redactor } from '../lib/redact.js';
import { exchangeToken, type TokenRequest } from '../oauth/token-client.js';
import { TokenReplyError } from '../oauth/token-endpoint-errors.js';
import type { TokenReply } from '../oauth/token-reply.js';
import { grantExpiry } from './lifetime.js';
import type { Log } from './log.js';
import { type Preflight, preflight } from './preflight.js';
import type { GrantSettings } from './settings.js';
import { GrantFailure, type Stage } from './stage.js';
import { storeRefreshToken } from './store.js';

export interface GrantPlan<T> {
  readonly settings: GrantSettings;
  /** Re-seed after consent (a code is exchanged) rather than a refresh. */
  readonly reseed: boolean;
  readonly github: GitHubClient;
  readonly network: Network;
  readonly log: Log;
  /** Registers each credential of the reply the moment it is parsed. */
  readonly mask: (value: string) => void;
  /** Cleans provider text before it goes into an error. */
  readonly redactor: Redactor;
  readonly now: () => Date;
  /** What to send once the preflight has passed: the stored refresh token, or a code from consent. */
  readonly tokenRequest: () => TokenRequest | Promise<TokenRequest>;
  /** The caller's work once the refresh token is safe: outputs, summary, printing. */
  readonly afterStore: (outcome: GrantOutcome) => Promise<T>;
}

/** What the caller gets once the newest refresh token is safe. */
export interface GrantOutcome {
  readonly reply: TokenReply;
  /** A new refresh token was written to the secret in this run. */
  readonly secretUpdated: boolean;
  /** When the token endpoint was asked, for expiry times. */
  readonly issuedAt: Date;
  /** When the grant is expected to die (grant/lifetime.ts); undefined when unknown. */
  readonly grantExpiresAt: Date | undefined;
  readonly preflight: Preflight;
}

/** Runs the whole flow; any failure comes out as a GrantFailure that knows the stage. */
export async function keepGrant<T>(plan: GrantPlan<T>): Promise<T> {
  const { stage, run } = tracked(plan);
  return run(async () => {
    stage.is = 'preflight';
    const checked = await preflight(plan.settings, plan.reseed, plan.github, plan.log);
    let outcome: GrantOutcome;
    try {
      const request = await plan.tokenRequest();
      stage.is = 'exchange';
      const issuedAt = plan.now();
      const reply = await exchange(plan, checked, request, stage);
      const secretUpdated = await storeIfNew(plan, checked, request, reply, stage);
      const grantExpiresAt = grantExpiry(reply, issuedAt, {
        seconds: plan.settings.grantLifetimeSeconds,
        reseed: plan.reseed,
        secret: checked.metadata,
      });
      outcome = { reply, secretUpdated, issuedAt, grantExpiresAt, preflight: checked };
    } finally {
      // The probe's DELETE overlapped the exchange; it ends before the flow goes on or fails.
      await checked.probeRemoved;
    }
    return await plan.afterStore(outcome);
  });
}

/** Only the preflight (the action's dry run): proves GitHub access and sends nothing else. */
export async function checkGrant(plan: GrantPlan<unknown>): Promise<Preflight> {
  const { stage, run } = tracked(plan);
  return run(async () => {
    stage.is = 'preflight';
    const checked = await preflight(plan.settings, plan.reseed, plan.github, plan.log);
    await checked.probeRemoved;
    return checked;
  });
}

/** The stage, and a runner that turns any failure into a GrantFailure at that stage. */
function tracked(plan: GrantPlan<unknown>) {
  const stage: { is: Stage } = { is: 'preflight' };
  const run = async <R>(body: () => Promise<R>): Promise<R> => {
    try {
      return await body();
    } catch (error) {
      throw new GrantFailure(error, {
        stage: stage.is,
        provider: plan.settings.provider,
        secret: plan.settings.secretName,
        reseed: plan.reseed,
      });
    }
  };
  return { stage, run };
}

/** The exchange; a reply that is unusable but carries a new refresh token still gets it stored. */
async function exchange(
  plan: GrantPlan<unknown>,
  checked: Preflight,
  request: TokenRequest,
  stage: { is: Stage },
): Promise<TokenReply> {
  const { network } = plan;
  try {
    return await exchangeToken(plan.settings.endpoint, request, {
      mask: plan.mask,
      redactor: plan.redactor,
      dispatcher: network.dispatcher,
      timing: network.timing,
      signal: network.signal,
    });
  } catch (error) {
    if (error instanceof TokenReplyError && error.rescuedRefreshToken) {
      stage.is = 'store';
      await storeRefreshToken(
        plan.settings,
        plan.github,
        checked.publicKey,
        error.rescuedRefreshToken,
        plan.log,
      );
      stage.is = 'stored';
    }
    throw error;
  }
}

/** Writes a rotated (or freshly consented) refresh token; true when the secret changed. */
async function storeIfNew(
  plan: GrantPlan<unknown>,
  checked: Preflight,
  request: TokenRequest,
  reply: TokenReply,
  stage: { is: Stage },
): Promise<boolean> {
  const { settings, log } = plan;
  const sent = request.type === 'refresh_token' ? request.refreshToken : undefined;
  if (reply.refreshToken === undefined || reply.refreshToken === sent) {
    if (plan.reseed) throw noRefreshTokenFromConsent(settings);
    stage.is = 'unchanged';
    log.info(
      `The provider did not rotate the refresh token; ${settings.secretName} is left as it is.`,
    );
    return false;
  }
  stage.is = 'store';
  const outcome = await storeRefreshToken(
    settings,
    plan.github,
    checked.publicKey,
    reply.refreshToken,
    log,
  );
  stage.is = 'stored';
  log.info(
    `${plan.reseed ? 'Stored the refresh token from consent' : 'The refresh token rotated: stored the new one'} in ${settings.secretName} (${outcome}).`,
  );
  return true;
}

function noRefreshTokenFromConsent(settings: GrantSettings): ExplainedError {
  return new ExplainedError(
    `The token endpoint answered the authorization code without a refresh token, so there is nothing to store in ${settings.secretName}`,
    settings.provider.name === 'google'
      ? 'Google issues a refresh token only when the consent URL asks for access_type=offline and prompt=consent: request a new code with both (fitbit-token-keeper authorize adds them).'
      : 'Make sure the consent URL asks for offline access (for many providers the offline_access scope).',
  );
}
