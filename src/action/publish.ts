/**
 * The action's work once the refresh token is safe: the optional copy of the
 * access token, the outputs and exported variable, the warnings, the job
 * summary, and last the required-scopes check. Problems found here fail the
 * step only after all of it is done.
 */
import type { GitHubClient } from '../github/client.js';
import { type PublicKey, writeSecret } from '../github/secrets.js';
import { describeTarget } from '../github/target.js';
import type { GrantOutcome } from '../grant/flow.js';
import { expiryWarning, missingScopes } from '../grant/lifetime.js';
import type { Log } from '../grant/log.js';
import { ExplainedError } from '../lib/errors.js';
import type { ActionConfig } from './inputs.js';
import {
  type OutputCore,
  publishOutputs,
  type RunResult,
  type Summary,
  writeSummary,
} from './outputs.js';

/** Problems found after the refresh token was stored, already listed in the job summary. */
export class SummarizedProblems extends ExplainedError {
  override name = 'SummarizedProblems';
}

export type PublishCore = OutputCore & Log & { readonly summary: Summary };

export async function publishResult(
  config: ActionConfig,
  { reply, secretUpdated, issuedAt, grantExpiresAt, preflight }: GrantOutcome,
  core: PublishCore,
  github: GitHubClient,
): Promise<void> {
  const problems: ExplainedError[] = [];
  const copyFailed = await storeAccessTokenCopy(
    config,
    github,
    preflight.publicKey,
    reply.accessToken,
    core,
  );
  if (copyFailed) problems.push(copyFailed);

  const result: RunResult = {
    reply,
    secretUpdated,
    issuedAt,
    grantExpiresAt,
  };
  publishOutputs(core, result, config.exportVariable);
  const warning = expiryWarning(result.grantExpiresAt, issuedAt);
  if (warning) core.warning(warning);
  const lacking = missingScopes(config.requiredScopes, reply.scopes);
  if (lacking) problems.push(new ExplainedError(lacking));

  await writeSummary(core.summary, {
    provider: config.provider.label,
    secret: `${config.secretName} (${describeTarget(config.target)})`,
    result,
    notes: [...(warning ? [warning] : []), ...problems.map((problem) => problem.message)],
  });
  if (problems.length > 0) {
    throw new SummarizedProblems(
      problems.map((problem) => problem.message).join('. '),
      problems
        .map((problem) => problem.advice)
        .filter(Boolean)
        .join(' '),
    );
  }
}

/** `access-token-secret`: a copy of the access token for other workflows; a failure is returned. */
async function storeAccessTokenCopy(
  config: ActionConfig,
  github: GitHubClient,
  publicKey: PublicKey,
  accessToken: string,
  log: Log,
): Promise<ExplainedError | undefined> {
  if (!config.accessTokenSecret) return undefined;
  try {
    await writeSecret(github, config.target, config.accessTokenSecret, accessToken, publicKey);
    log.info(`Stored the access token in the secret ${config.accessTokenSecret}.`);
    return undefined;
  } catch (error) {
    return error instanceof ExplainedError ? error : new ExplainedError(String(error));
  }
}
