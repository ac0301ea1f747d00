/**
 * The consent issue (`consent-issue: true`): opens or updates the issue that
 * asks a person to consent again, and closes it once the grant is renewed.
 * Nothing here may fail a run: every problem is a warning that names the
 * permission, because the refresh token is what matters and it is safe.
 */
import type { GitHubClient } from '../../github/client.js';
import {
  commentOnIssue,
  createIssue,
  deleteComment,
  ensureLabel,
  type Issue,
  openIssuesLabelled,
  type Repository,
  updateIssue,
} from '../../github/issues.js';
import { describeTarget } from '../../github/target.js';
import type { Log } from '../../grant/log.js';
import type { SecretWriter } from '../../grant/secret-writer.js';
import { errorMessage } from '../../lib/errors.js';
import { buildConsentUrl, createPkce, createState, type Pkce } from '../../oauth/consent.js';
import type { ActionConfig } from '../inputs.js';
import {
  CONSENT_LABEL,
  type ConsentMarker,
  consentIssueTitle,
  readMarker,
  renderConsentIssue,
  renewedComment,
} from './issue-text.js';
import type { ConsentIssueSettings } from './settings.js';

export interface ConsentIssueContext {
  readonly config: ActionConfig;
  readonly settings: ConsentIssueSettings;
  /** Authenticated with issues-token. */
  readonly issues: GitHubClient;
  readonly log: Log;
  readonly mask: (value: string) => void;
  readonly now: () => Date;
}

export interface ConsentNeed {
  /** Why, one sentence without a final period. */
  readonly reason: string;
  readonly deadline: Date | undefined;
  /** The scopes the grant has now, when known. */
  readonly grantedScopes: readonly string[];
  /** The grant's secret writer, for the PKCE verifier; undefined when the preflight failed. */
  readonly secrets: SecretWriter | undefined;
}

export const verifierSecretName = (secret: string) => `${secret}_VERIFIER`;

/**
 * Opens the consent issue, or updates the one already open for this secret;
 * resolves to its number, or undefined when none could be opened.
 */
export async function openConsentIssue(
  ctx: ConsentIssueContext,
  need: ConsentNeed,
): Promise<number | undefined> {
  const { config, log } = ctx;
  const authorizeUrl = config.provider.authorizeUrl;
  if (authorizeUrl === undefined) {
    log.warning(
      'consent-issue: the custom provider has no known consent page, so no consent issue was opened.',
    );
    return undefined;
  }
  return warnOnFailure(ctx, 'open or update the consent issue', async () => {
    const where = repositoryOf(config);
    const existing = await ownIssues(ctx, where);
    const kept = existing[0] ? readMarker(existing[0].body) : undefined;
    // A link already handed out keeps working: a person may be halfway through it.
    const state = kept?.state ?? createState();
    const challenge = kept?.challenge ?? (await sealedPkce(ctx, need.secrets))?.challenge;
    const pkce: Pkce | undefined =
      challenge === undefined ? undefined : { verifier: '', challenge };
    const marker: ConsentMarker = {
      secret: config.secretName,
      environment: config.target.environment,
      state,
      challenge,
    };
    const scopes =
      ctx.settings.scopes.length > 0
        ? ctx.settings.scopes
        : need.grantedScopes.length > 0
          ? need.grantedScopes
          : config.provider.defaultScopes;
    const consentUrl = buildConsentUrl({
      authorizeUrl,
      provider: config.provider,
      clientId: config.endpoint.clientId,
      redirectUri: ctx.settings.redirectUri,
      scopes,
      state,
      pkce,
    });
    const title = consentIssueTitle(config.secretName, config.target.environment);
    const body = renderConsentIssue({
      marker,
      where: describeTarget(config.target),
      reason: need.reason,
      deadline: need.deadline,
      consentUrl,
      redirectUri: ctx.settings.redirectUri,
      withoutPkce:
        pkce === undefined
          ? `This link has no PKCE: the github-token may not write the secret ${verifierSecretName(config.secretName)}.`
          : undefined,
      now: ctx.now(),
    });
    if (existing[0]) {
      await updateIssue(ctx.issues, where, existing[0].number, { title, body });
      log.warning(
        `The grant needs a new consent: ${need.reason}. Updated consent issue #${existing[0].number}.`,
      );
      return existing[0].number;
    }
    await ensureLabel(ctx.issues, where, {
      name: CONSENT_LABEL,
      color: 'd93f0b',
      description: 'fitbit-token-keeper: the grant needs a new consent',
    });
    const number = await createIssue(ctx.issues, where, { title, body, labels: [CONSENT_LABEL] });
    log.warning(`The grant needs a new consent: ${need.reason}. Opened consent issue #${number}.`);
    return number;
  });
}

/**
 * After a renewal: comments on and closes the consent issues open for this
 * secret (or just `only`), first deleting the comment that held the code.
 */
export async function closeConsentIssues(
  ctx: ConsentIssueContext,
  expiresAt: Date | undefined,
  answered?: { issue: number; comment: number },
): Promise<void> {
  await warnOnFailure(ctx, 'close the consent issue', async () => {
    const where = repositoryOf(ctx.config);
    if (answered) await deleteComment(ctx.issues, where, answered.comment);
    const numbers = answered
      ? [answered.issue]
      : (await ownIssues(ctx, where)).map((issue) => issue.number);
    for (const number of numbers) {
      await commentOnIssue(ctx.issues, where, number, renewedComment(expiresAt));
      await updateIssue(ctx.issues, where, number, { state: 'closed' });
      ctx.log.info(`The grant was renewed: closed consent issue #${number}.`);
    }
  });
}

/** The open consent issues for this secret (and environment). */
async function ownIssues(ctx: ConsentIssueContext, where: Repository): Promise<Issue[]> {
  const { secretName, target } = ctx.config;
  const open = await openIssuesLabelled(ctx.issues, where, CONSENT_LABEL);
  return open.filter((issue) => {
    const marker = readMarker(issue.body);
    return marker?.secret === secretName && marker.environment === target.environment;
  });
}

/** A fresh PKCE pair whose verifier is sealed into <secret>_VERIFIER; undefined when it cannot be. */
async function sealedPkce(
  ctx: ConsentIssueContext,
  secrets: SecretWriter | undefined,
): Promise<Pkce | undefined> {
  const name = verifierSecretName(ctx.config.secretName);
  const pkce = createPkce();
  ctx.mask(pkce.verifier);
  try {
    if (secrets === undefined) throw new Error('GitHub access was not established');
    await secrets.store(name, pkce.verifier);
    return pkce;
  } catch (error) {
    ctx.log.warning(
      `consent-issue: could not store the PKCE verifier in ${name} (${errorMessage(error)}), so the consent link has no PKCE. Give the github-token "Secrets: read and write" for a link with PKCE.`,
    );
    return undefined;
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

function repositoryOf(config: ActionConfig): Repository {
  return { owner: config.target.owner, repo: config.target.repo };
}
