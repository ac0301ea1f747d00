/**
 * The consent issue (`consent-issue: true`): opens or updates the issue that
 * asks a person to consent again, and closes it once the grant is renewed.
 * Nothing here may fail a run: every problem is a warning that names the
 * permission, because the refresh token is what matters and it is safe.
 *
 * Only the keeper's own issues (context.ts) are ever updated, commented on or
 * closed, and only their markers are read. One issue, one link, one verifier
 * per secret, also when two runs overlap: a run that finds no issue of its own
 * opens one without a link, then lists again; the lowest-numbered one wins.
 * Only the winner writes the PKCE verifier and adds the link; a loser closes
 * its own issue as a duplicate. A link is never made without PKCE: when the
 * verifier cannot be stored, the issue says which permission is missing and
 * holds no link.
 */
import {
  commentOnIssue,
  createIssue,
  deleteComment,
  ensureLabel,
  updateIssue,
} from '../github/issues.js';
import { describeTarget } from '../github/target.js';
import { accountTag } from '../grant/account.js';
import type { SecretWriter } from '../grant/secret-writer.js';
import { errorMessage } from '../lib/errors.js';
import {
  buildConsentUrl,
  createPkce,
  createState,
  type Pkce,
  withIdentityScope,
} from '../oauth/consent.js';
import type { ConsentComment } from './comment.js';
import { type ConsentIssueContext, ownIssues } from './context.js';
import {
  CONSENT_LABEL,
  type ConsentLink,
  type ConsentMarker,
  consentIssueTitle,
  duplicateComment,
  readMarker,
  renderConsentIssue,
  renewedComment,
  type ScopesFrom,
} from './issue-text.js';

export interface ConsentNeed {
  /** Why, one sentence without a final period. */
  readonly reason: string;
  readonly deadline: Date | undefined;
  /** The scopes the grant has now; empty when unknown (a dead grant). */
  readonly grantedScopes: readonly string[];
  /** The grant's account (Fitbit user_id, a Google id_token's sub), when the reply told it. */
  readonly userId: string | undefined;
  /** The grant's secret writer, for the PKCE verifier; undefined when the preflight failed. */
  readonly secrets: SecretWriter | undefined;
  /** When GitHub stops the keep-alive's schedule, if soon; the issue says so. */
  readonly scheduleStopsAt?: Date | undefined;
}

export const verifierSecretName = (secret: string) => `${secret}_VERIFIER`;

/**
 * Opens the consent issue, or updates the keeper's one already open for this
 * secret; resolves to its number, or undefined when none could be opened.
 */
export async function openConsentIssue(
  ctx: ConsentIssueContext,
  need: ConsentNeed,
): Promise<number | undefined> {
  const { log } = ctx;
  if (ctx.grant.provider.authorizeUrl === undefined) {
    log.warning(
      'consent-issue: the custom provider has no known consent page, so no consent issue was opened.',
    );
    return undefined;
  }
  return warnOnFailure(ctx, 'open or update the consent issue', async () => {
    const [open] = await ctx.listed();
    if (open !== undefined) {
      await writeIssue(ctx, open.number, readMarker(open.body), need);
      log.warning(
        `The grant needs a new consent: ${need.reason}. Updated consent issue #${open.number}.`,
      );
      return open.number;
    }
    const created = await openWithoutLink(ctx, need);
    // An overlapping run may have opened one too: the lowest number wins.
    const [winner] = await ownIssues(ctx);
    if (winner !== undefined && winner.number !== created.number) {
      await commentOnIssue(ctx.issues, ctx.where, created.number, duplicateComment(winner.number));
      // Not `duplicate`: that reason wants the kept issue's id, and older servers lack it.
      await updateIssue(ctx.issues, ctx.where, created.number, {
        state: 'closed',
        state_reason: 'not_planned',
      });
      log.warning(
        `The grant needs a new consent: ${need.reason}. Consent issue #${winner.number} was opened by an overlapping run; closed #${created.number} as its duplicate.`,
      );
      return winner.number;
    }
    await writeIssue(ctx, created.number, created.marker, need);
    log.warning(
      `The grant needs a new consent: ${need.reason}. Opened consent issue #${created.number}.`,
    );
    return created.number;
  });
}

/** A new issue with its marker but no link yet: the link comes once this run has won. */
async function openWithoutLink(
  ctx: ConsentIssueContext,
  need: ConsentNeed,
): Promise<{ number: number; marker: ConsentMarker }> {
  const { secretName, target } = ctx.grant;
  const marker: ConsentMarker = {
    secret: secretName,
    environment: target.environment,
    state: createState(),
    challenge: undefined,
    scopes: need.grantedScopes,
  };
  await ensureLabel(ctx.issues, ctx.where, {
    name: CONSENT_LABEL,
    color: 'd93f0b',
    description: 'fitbit-token-keeper: the grant needs a new consent',
  });
  const number = await createIssue(ctx.issues, ctx.where, {
    title: consentIssueTitle(secretName, target.environment),
    body: render(ctx, marker, need, {
      absent: 'The run that opened this issue is adding its consent link: reload in a moment.',
    }),
    labels: [CONSENT_LABEL],
  });
  return { number, marker };
}

/**
 * Writes the issue's text and link. A link already handed out keeps working
 * (a person may be halfway through it), with the account and scopes it
 * recorded; an issue without a link gets a fresh one, its verifier sealed
 * first. `kept` is always the marker of one of the keeper's own issues.
 */
async function writeIssue(
  ctx: ConsentIssueContext,
  number: number,
  kept: ConsentMarker | undefined,
  need: ConsentNeed,
): Promise<void> {
  const { secretName, target } = ctx.grant;
  const grantScopes = need.grantedScopes.length > 0 ? need.grantedScopes : (kept?.scopes ?? []);
  let marker: ConsentMarker = {
    secret: secretName,
    environment: target.environment,
    state: kept?.state ?? createState(),
    challenge: kept?.challenge,
    identity: kept?.identity,
    scopes: grantScopes,
  };
  let missing: string | undefined;
  if (marker.challenge === undefined) {
    const pkce = await sealedPkce(ctx, need.secrets);
    if (typeof pkce === 'string') {
      missing = pkce;
    } else {
      const identity =
        need.userId === undefined ? undefined : accountTag(pkce.verifier, need.userId);
      marker = { ...marker, challenge: pkce.challenge, identity };
    }
  }
  const link: ConsentLink =
    marker.challenge === undefined
      ? { absent: missing ?? 'This issue holds no consent link.' }
      : consentLink(ctx, { state: marker.state, challenge: marker.challenge }, grantScopes);
  await updateIssue(ctx.issues, ctx.where, number, {
    title: consentIssueTitle(secretName, target.environment),
    body: render(ctx, marker, need, link),
  });
}

function render(
  ctx: ConsentIssueContext,
  marker: ConsentMarker,
  need: ConsentNeed,
  link: ConsentLink,
): string {
  const { grant } = ctx;
  return renderConsentIssue({
    marker,
    where: describeTarget(grant.target),
    reason: need.reason,
    deadline: need.deadline,
    scheduleStopsAt: need.scheduleStopsAt,
    link,
    provider: grant.provider.name === 'google' ? 'google' : 'other',
    accountKnown: marker.identity !== undefined || grant.grantAccount !== undefined,
    now: ctx.now(),
  });
}

/**
 * The link asks for consent-scopes when given; else for exactly the scopes the
 * grant had, else the preset's read-only ones; always with the scope that
 * names the account (Google's openid), which reveals no health data and lets a
 * re-seed tell the grant's account from another.
 */
function consentLink(
  ctx: ConsentIssueContext,
  marker: { readonly state: string; readonly challenge: string },
  grantScopes: readonly string[],
): ConsentLink {
  const { provider, endpoint } = ctx.grant;
  const { scopes: consentScopes, redirectUri } = ctx.settings;
  const scopesFrom: ScopesFrom =
    consentScopes.length > 0 ? 'consent-scopes' : grantScopes.length > 0 ? 'grant' : 'preset';
  const asked = {
    'consent-scopes': consentScopes,
    grant: grantScopes,
    preset: provider.defaultScopes,
  };
  const url = buildConsentUrl({
    authorizeUrl: provider.authorizeUrl ?? '',
    provider,
    clientId: endpoint.clientId,
    redirectUri,
    scopes: withIdentityScope(provider, asked[scopesFrom]),
    state: marker.state,
    // Only the challenge goes into the link; its verifier is in the secret.
    pkce: { verifier: '', challenge: marker.challenge },
  });
  return { url, redirectUri, scopesFrom };
}

/**
 * After a renewal, each of the keeper's consent issues open for this secret
 * (or just the answered one) is closed: first the verifier secret is deleted,
 * so that its link or an answer to it never works again, and the comment that
 * held the code (if any); then each issue gets a comment and is closed. Each
 * step is done on its own: one that fails is a warning and the others still
 * happen.
 */
export async function closeConsentIssues(
  ctx: ConsentIssueContext,
  expiresAt: Date | undefined,
  secrets: SecretWriter,
  answered: ConsentComment | undefined,
): Promise<void> {
  const { where } = ctx;
  const numbers = answered
    ? [answered.issue]
    : ((await warnOnFailure(ctx, 'list the consent issues', () => ctx.listed())) ?? []).map(
        (issue) => issue.number,
      );
  if (numbers.length === 0) return;
  const verifier = verifierSecretName(ctx.grant.secretName);
  await warnOnFailure(ctx, `delete the secret ${verifier}`, () => secrets.remove(verifier));
  if (answered) {
    await warnOnFailure(ctx, 'delete the comment that held the code', () =>
      deleteComment(ctx.issues, where, answered.comment),
    );
  }
  for (const number of numbers) {
    await warnOnFailure(ctx, `comment on consent issue #${number}`, () =>
      commentOnIssue(ctx.issues, where, number, renewedComment(expiresAt, ctx.now())),
    );
    const closed = await warnOnFailure(ctx, `close consent issue #${number}`, async () => {
      await updateIssue(ctx.issues, where, number, { state: 'closed', state_reason: 'completed' });
      return true;
    });
    if (closed) ctx.log.info(`The grant was renewed: closed consent issue #${number}.`);
  }
}

/**
 * A fresh PKCE pair whose verifier is sealed into <secret>_VERIFIER; when it
 * cannot be, what the issue says instead of a link.
 */
async function sealedPkce(
  ctx: ConsentIssueContext,
  secrets: SecretWriter | undefined,
): Promise<Pkce | string> {
  const name = verifierSecretName(ctx.grant.secretName);
  const pkce = createPkce();
  ctx.mask(pkce.verifier);
  try {
    if (secrets === undefined) throw new Error('GitHub access was not established');
    await secrets.store(name, pkce.verifier);
    return pkce;
  } catch (error) {
    ctx.log.warning(
      `consent-issue: could not store the PKCE verifier in ${name} (${errorMessage(error)}), so the consent issue holds no link. Give the github-token "Secrets: read and write".`,
    );
    return `This issue holds no consent link yet: the github-token may not write the secret \`${name}\`, which keeps the link's PKCE verifier, and a link without PKCE would let anyone who reads the answer use it. Give the github-token "Secrets: read and write" (a fine-grained token) or the repo scope (a classic one); the next run adds the link.`;
  }
}

async function warnOnFailure<T>(
  ctx: ConsentIssueContext,
  action: string,
  work: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    const advice = (error as { advice?: unknown }).advice;
    ctx.log.warning(
      `consent-issue: could not ${action}: ${errorMessage(error)}. ${typeof advice === 'string' && advice ? advice : 'The issues-token needs permissions: issues: write.'} The refresh itself is not affected.`,
    );
    return undefined;
  }
}
