/**
 * The grant's one flow, run by the action and the `authorize` command alike:
 * preflight (GitHub will take a new refresh token) → exchange at the token
 * endpoint → the caller's last word on the new grant → store what must be
 * stored → the caller's own work. Each edge joins it through hooks
 * (GrantHooks). The flow alone records how far it got, so that a failure says
 * where the grant stands.
 */
import type { GitHubClient } from '../github/client.js';
import { ExplainedError } from '../lib/errors.js';
import type { Network } from '../lib/http.js';
import type { Log } from '../lib/log.js';
import type { Redactor } from '../lib/redact.js';
import { exchangeToken, type TokenRequest } from '../oauth/token-client.js';
import { TokenReplyError } from '../oauth/token-endpoint-errors.js';
import type { TokenReply } from '../oauth/token-reply.js';
import { type AccountNote, refuseOtherAccount, rememberAccount } from './account.js';
import { grantExpiry } from './lifetime.js';
import { type Preflight, preflight } from './preflight.js';
import type { GrantSettings } from './settings.js';
import { GrantFailure, type Situation, type Stage } from './stage.js';

/** What the flow needs of the run around it (grant/lifecycle.ts gives both edges the same). */
export interface RunServices {
  readonly network: Network;
  /** Progress lines, already redacted. */
  readonly log: Log;
  /** Registers each credential of the reply the moment it is parsed. */
  readonly mask: (value: string) => void;
  /** Cleans provider text before it goes into an error. */
  readonly redactor: Redactor;
}

export interface GrantPlan extends RunServices {
  readonly settings: GrantSettings;
  /** Re-seed after consent (a code is exchanged) rather than a refresh. */
  readonly reseed: boolean;
  /** Prove GitHub access only: the token endpoint is never contacted. */
  readonly dryRun: boolean;
  readonly github: GitHubClient;
  readonly now: () => Date;
  readonly hooks: GrantHooks;
}

/** Where an edge's own work joins the flow. */
export interface GrantHooks {
  /**
   * Started beside the preflight, not awaited by the flow: work that needs no
   * answer of it (the consent issue's list), so it shares its round trip.
   */
  alongsidePreflight?(): void;
  /** GitHub will take a new token; nothing is sent yet: what to send (a refresh, or a code). */
  beforeExchange(preflight: Preflight): Promise<TokenRequest>;
  /**
   * The provider answered; nothing is stored yet. Throws to refuse the new
   * grant (another account's): the stored secret then stays as it was.
   */
  beforeStore?(grant: NewGrant): Promise<void>;
  /** The newest refresh token is safe: outputs, summary, the consent issue's upkeep, printing. */
  afterStore(outcome: GrantOutcome): Promise<void>;
  /** A dry run has passed its preflight. */
  afterDryRun?(preflight: Preflight): Promise<void>;
  /**
   * The flow failed: best-effort work before the failure goes on (opening the
   * consent issue). Never throws; resolves to the next step it arranged for the
   * person, if any.
   */
  onFailure?(failure: FlowFailure): Promise<string | undefined>;
}

/** What the beforeStore hook is told of the new grant. */
export interface NewGrant {
  /** The grant's account (Fitbit user_id, an id_token's sub); undefined when the reply did not say. */
  readonly userId: string | undefined;
}

/** What the onFailure hook is told. */
export interface FlowFailure {
  readonly cause: unknown;
  readonly situation: Situation;
  /** The preflight, when it passed (its secret writer among it). */
  readonly preflight: Preflight | undefined;
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
  /** What became of the account the reply named (grant/account.ts). */
  readonly account: AccountNote;
  readonly preflight: Preflight;
}

/**
 * Runs the whole flow: preflight → (the dry run ends here) → the request the
 * edge gives → exchange → store → the edge's work. Any failure comes out as a
 * GrantFailure that knows the stage, after the onFailure hook has run.
 */
export async function keepGrant(plan: GrantPlan): Promise<void> {
  const stage: { is: Stage } = { is: 'preflight' };
  let checked: Preflight | undefined;
  try {
    plan.hooks.alongsidePreflight?.();
    checked = await preflight(plan.settings, plan.reseed, plan.github, plan.log);
    if (plan.dryRun) {
      await checked.probeRemoved;
      await plan.hooks.afterDryRun?.(checked);
      return;
    }
    const outcome = await exchangeAndStore(plan, checked, stage);
    await plan.hooks.afterStore(outcome);
  } catch (error) {
    const situation: Situation = {
      stage: stage.is,
      provider: plan.settings.provider,
      secret: plan.settings.secretName,
      target: plan.settings.target,
      reseed: plan.reseed,
    };
    const followUp = await plan.hooks
      .onFailure?.({ cause: error, situation, preflight: checked })
      .catch(() => undefined);
    throw new GrantFailure(error, situation, followUp);
  }
}

/** From the preflight's end until the newest refresh token is safe. */
async function exchangeAndStore(
  plan: GrantPlan,
  checked: Preflight,
  stage: { is: Stage },
): Promise<GrantOutcome> {
  try {
    const request = await plan.hooks.beforeExchange(checked);
    stage.is = 'exchange';
    const issuedAt = plan.now();
    const reply = await exchange(plan, checked, request, stage);
    await vetNewGrant(plan, reply, stage);
    const secretUpdated = await storeIfNew(plan, checked, request, reply, stage);
    // Only once the refresh token is safe: the account it belongs to, for a later re-seed.
    const account = await rememberAccount(plan.settings, checked.secrets, reply.userId, plan.log);
    const grantExpiresAt = grantExpiry(reply, issuedAt, {
      seconds: plan.settings.grantLifetimeSeconds,
      reseed: plan.reseed,
      secret: checked.metadata,
    });
    return { reply, secretUpdated, issuedAt, grantExpiresAt, account, preflight: checked };
  } finally {
    // The probe's DELETE overlapped the exchange; it ends before the flow goes on or fails.
    await checked.probeRemoved;
  }
}

/** The exchange; a reply that is unusable but carries a new refresh token still gets it stored. */
async function exchange(
  plan: GrantPlan,
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
      // The reply was unreadable, so it named no account.
      await vetNewGrant(plan, { userId: undefined }, stage);
      stage.is = 'store';
      await checked.secrets.storeRefreshToken(error.rescuedRefreshToken);
      stage.is = 'stored';
    }
    throw error;
  }
}

/**
 * A re-seed must bring back the recorded account's grant; then the edge has
 * its last word. A refusal leaves the stored secret as it was.
 */
async function vetNewGrant(plan: GrantPlan, grant: NewGrant, stage: { is: Stage }): Promise<void> {
  try {
    if (plan.reseed) {
      refuseOtherAccount(plan.settings.grantAccount, plan.settings.secretName, grant.userId);
    }
    await plan.hooks.beforeStore?.(grant);
  } catch (error) {
    stage.is = 'refused';
    throw error;
  }
}

/**
 * Writes a rotated (or freshly consented) refresh token; true when the secret
 * changed. With recovery-public-key, the writer prints its sealed copy first
 * (secret-writer.ts), so a runner killed during the write loses nothing.
 */
async function storeIfNew(
  plan: GrantPlan,
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
  const outcome = await checked.secrets.storeRefreshToken(reply.refreshToken);
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
      : 'Make sure the consent URL asks for offline access (for WHOOP the offline scope, which the preset asks for unless --scopes or consent-scopes leave it out; for many other providers offline_access).',
  );
}
