/**
 * Where the consent issue meets the run: the issue-comment check before
 * anything is sent, the issue's upkeep once the refresh token is safe, and
 * the issue a dead grant opens before the run fails.
 */
import type { GitHubClient } from '../github/client.js';
import { createGitHubClient } from '../github/client.js';
import type { GrantOutcome } from '../grant/flow.js';
import { grantExpiry, RENEWAL_WINDOW_MS } from '../grant/lifetime.js';
import type { Log } from '../grant/log.js';
import { GrantFailure } from '../grant/stage.js';
import type { Network } from '../lib/http.js';
import { readConsentAnswer } from '../oauth/consent-answer.js';
import type { TokenRequest } from '../oauth/token-client.js';
import { TokenEndpointError } from '../oauth/token-errors.js';
import { DEFAULT_CONSENT_REDIRECT_URI } from './consent-inputs.js';
import { type ConsentIssueContext, closeConsentIssues, openConsentIssue } from './consent-issue.js';
import type { ActionConfig } from './inputs.js';
import { type ConsentComment, checkConsentComment, readCommentEvent } from './issue-comment.js';

export interface ConsentHooks {
  /** The request to send: a re-seed from a comment uses the consent link's redirect URI. */
  readonly tokenRequest: TokenRequest;
  /** Once the refresh token is safe; never throws. */
  afterStore(outcome: GrantOutcome): Promise<void>;
  /** Before a failed run fails; never throws. */
  /** After a failed run: opens the consent issue when the grant is dead; resolves to its number. */
  onFailure(error: unknown): Promise<number | undefined>;
}

interface HookDeps {
  readonly config: ActionConfig;
  readonly env: NodeJS.ProcessEnv;
  /** The `code` input as pasted. */
  readonly pasted: string | undefined;
  readonly github: GitHubClient;
  readonly network: Network;
  readonly log: Log;
  readonly mask: (value: string) => void;
  readonly now: () => Date;
}

/** Checks an issue_comment re-seed (throws to refuse, before any request) and returns the hooks. */
export async function prepareConsent(deps: HookDeps): Promise<ConsentHooks> {
  const { config } = deps;
  const settings = config.consentIssue;
  let tokenRequest = config.tokenRequest;
  let answered: ConsentComment | undefined;
  const event =
    tokenRequest.type === 'authorization_code' ? await readCommentEvent(deps.env) : undefined;
  if (event !== undefined && tokenRequest.type === 'authorization_code') {
    const { state } = readConsentAnswer('code', deps.pasted ?? '');
    answered = checkConsentComment(event, config.secretName, state);
    tokenRequest = {
      ...tokenRequest,
      redirectUri: tokenRequest.redirectUri ?? DEFAULT_CONSENT_REDIRECT_URI,
    };
  }
  const ctx: ConsentIssueContext | undefined =
    settings.token === undefined || (!settings.enabled && answered === undefined)
      ? undefined
      : {
          config,
          settings,
          issues: createGitHubClient(settings.token, config.githubApiUrl, deps.network),
          github: deps.github,
          log: deps.log,
          mask: deps.mask,
          now: deps.now,
        };
  if (answered !== undefined && ctx === undefined) {
    deps.log.warning(
      'The issues-token is empty, so the comment holding the code cannot be deleted nor the issue closed.',
    );
  }
  const reseed = tokenRequest.type === 'authorization_code';
  return {
    tokenRequest,
    async afterStore({ reply, issuedAt, preflight }) {
      if (ctx === undefined) return;
      const expiresAt = grantExpiry(reply, issuedAt, {
        seconds: config.grantLifetimeSeconds,
        reseed,
        secret: preflight.metadata,
      });
      const ending =
        expiresAt !== undefined && expiresAt.getTime() - issuedAt.getTime() < RENEWAL_WINDOW_MS;
      if (answered !== undefined || !ending) {
        await closeConsentIssues(ctx, expiresAt, answered);
        return;
      }
      const hours = Math.max(0, Math.floor((expiresAt.getTime() - issuedAt.getTime()) / 3600_000));
      await openConsentIssue(ctx, {
        reason: `it is expected to end in about ${hours} h`,
        deadline: expiresAt,
        grantedScopes: reply.scopes,
        publicKey: preflight.publicKey,
      });
    },
    async onFailure(error) {
      if (ctx === undefined || !settings.enabled || reseed) return undefined;
      const cause = error instanceof GrantFailure ? error.cause : error;
      if (!(cause instanceof TokenEndpointError)) return undefined;
      if (cause.kind !== 'invalid_grant' && cause.kind !== 'retired') return undefined;
      return openConsentIssue(ctx, {
        reason:
          cause.kind === 'retired'
            ? 'the token endpoint answered 410 Gone, so the grant no longer works'
            : 'the token endpoint answered invalid_grant, so the grant has ended',
        deadline: undefined,
        grantedScopes: [],
        publicKey: undefined,
      });
    },
  };
}
