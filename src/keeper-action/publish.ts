/**
 * The action's work once the refresh token is safe: the optional copy of the
 * access token, the outputs and exported variable, the warnings, the job
 * summary, and last the required-scopes check. Problems found here fail the
 * step only after all of it is done.
 */
import { describeTarget } from '../github/target.js';
import { type AccountNote, accountSecretName } from '../grant/account.js';
import type { GrantOutcome } from '../grant/flow.js';
import { expiryWarning, missingScopes } from '../grant/lifetime.js';
import type { SecretWriter } from '../grant/secret-writer.js';
import { ExplainedError } from '../lib/errors.js';
import type { Log } from '../lib/log.js';
import type { ActionConfig } from './inputs.js';
import { type OutputCore, publishOutputs, type Summary, writeSummary } from './outputs.js';

/** Problems found after the refresh token was stored, already listed in the job summary. */
export class SummarizedProblems extends ExplainedError {
  override name = 'SummarizedProblems';
}

export type PublishCore = OutputCore & Log & { readonly summary: Summary };

/** What else the summary tells, found beside the refresh. */
export interface PublishNotes {
  /** What the person must do now (the consent issue to answer). */
  readonly action?: string | undefined;
  /** GitHub is about to stop the keep-alive's schedule (github/schedule.ts); already a warning. */
  readonly scheduleWarning?: string | undefined;
}

export async function publishResult(
  config: ActionConfig,
  outcome: GrantOutcome,
  core: PublishCore,
  { action, scheduleWarning }: PublishNotes,
): Promise<void> {
  const { reply, issuedAt, grantExpiresAt } = outcome;
  const problems: ExplainedError[] = [];
  const copyFailed = await storeAccessTokenCopy(
    config,
    outcome.preflight.secrets,
    reply.accessToken,
    core,
  );
  if (copyFailed) problems.push(copyFailed);

  publishOutputs(core, outcome, config.exportVariable);
  const warning = expiryWarning(grantExpiresAt, issuedAt);
  if (warning) core.warning(warning);
  const lacking = missingScopes(config.requiredScopes, reply.scopes);
  if (lacking) problems.push(new ExplainedError(lacking));

  await writeSummary(core.summary, {
    provider: config.provider.label,
    secret: `${config.secretName} (${describeTarget(config.target)})`,
    result: outcome,
    reseed: config.reseed,
    actions: [
      ...(action === undefined ? [] : [action]),
      ...accountRecorded(outcome.account, config.secretName),
    ],
    // With a consent issue to answer, that is the one thing to do about the grant's end.
    notes: [
      ...(warning && action === undefined ? [warning] : []),
      ...(scheduleWarning === undefined ? [] : [scheduleWarning]),
      ...problems.map((problem) => problem.message),
    ],
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

/** What the summary says when this run wrote the grant's account to its secret. */
function accountRecorded(account: AccountNote, secretName: string): string[] {
  if (account !== 'recorded' && account !== 'changed') return [];
  const secret = accountSecretName(secretName);
  const before =
    account === 'recorded'
      ? 'Nothing had recorded the account before (`grant-account` was empty)'
      : "`grant-account` named another account than the grant's";
  return [
    `The grant's account is now recorded in the secret \`${secret}\`. ${before}; pass \`grant-account: \${{ secrets.${secret} }}\` in every workflow that uses the grant, so that a re-seed with another account's consent is refused.`,
  ];
}

/** `access-token-secret`: a copy of the access token for other workflows; a failure is returned. */
async function storeAccessTokenCopy(
  config: ActionConfig,
  secrets: SecretWriter,
  accessToken: string,
  log: Log,
): Promise<ExplainedError | undefined> {
  if (!config.accessTokenSecret) return undefined;
  try {
    await secrets.store(config.accessTokenSecret, accessToken);
    log.info(`Stored the access token in the secret ${config.accessTokenSecret}.`);
    return undefined;
  } catch (error) {
    return error instanceof ExplainedError ? error : new ExplainedError(String(error));
  }
}
