/**
 * Where the consent issue meets the run: the issue-comment check before
 * anything is sent, the issue's upkeep once the refresh token is safe, and
 * the issue a dead grant opens before the run fails.
 */
import type { GitHubClient } from '../github/client.js';
import { createGitHubClient } from '../github/client.js';
import type { GrantOutcome } from '../grant/flow.js';
import { endsSoon, hoursLeft } from '../grant/lifetime.js';
import type { Log } from '../grant/log.js';
import { GrantFailure } from '../grant/stage.js';
import type { Network } from '../lib/http.js';
import { readConsentAnswer } from '../oauth/consent-answer.js';
import type { TokenRequest } from '../oauth/token-client.js';
import { TokenEndpointError } from '../oauth/token-endpoint-errors.js';
import { type ConsentIssueContext, closeConsentIssues, openConsentIssue } from './consent-issue.js';
import type { ActionConfig } from './inputs.js';
import { type ConsentComment, checkConsentComment, readCommentEvent } from './issue-comment.js';

export interface ConsentHooks {
  /** The request to send: a re-seed from a comment uses the consent link's redirect URI. */
  readonly tokenRequest: TokenRequest;
  /** Once the refresh token is safe; never throws. */
  afterStore(outcome: GrantOutcome): Promise<void>;
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
      // The redirect URI of the consent link the comment answers.
      redirectUri: settings.redirectUri,
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
    async afterStore({ reply, issuedAt, grantExpiresAt, preflight }) {
      if (ctx === undefined) return;
      if (answered !== undefined || !endsSoon(grantExpiresAt, issuedAt)) {
        await closeConsentIssues(ctx, grantExpiresAt, answered);
        return;
      }
      await openConsentIssue(ctx, {
        reason: `it is expected to end in about ${hoursLeft(grantExpiresAt, issuedAt)} h`,
        deadline: grantExpiresAt,
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
