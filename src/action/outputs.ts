/**
 * Everything the step hands on once the refresh token is safe: step outputs,
 * the exported variable and the job summary. No token ever reaches the summary.
 */
import type * as core from '@actions/core';
import type { FailureExplanation, GrantStatus } from '../grant/failure.js';
import type { GrantOutcome } from '../grant/flow.js';
import { escapeSummaryText } from '../lib/escape.js';
import { iso, secondsAfter } from '../lib/time.js';

export type OutputCore = Pick<typeof core, 'setOutput' | 'exportVariable'>;
export type Summary = Pick<typeof core.summary, 'addHeading' | 'addTable' | 'addRaw' | 'write'>;

/** The part of the flow's outcome the outputs and the summary show. */
export type PublishedOutcome = Pick<
  GrantOutcome,
  'reply' | 'secretUpdated' | 'issuedAt' | 'grantExpiresAt'
>;

export interface SummaryFacts {
  readonly provider: string;
  readonly secret: string;
  readonly result: PublishedOutcome | undefined;
  readonly notes: readonly string[];
}

/** The contract's outputs, as strings; absent facts become empty strings. */
export function outputValues(result: PublishedOutcome): Record<string, string> {
  const { reply, issuedAt } = result;
  return {
    'access-token': reply.accessToken,
    'expires-in': reply.expiresIn === undefined ? '' : String(reply.expiresIn),
    'expires-at': iso(secondsAfter(issuedAt, reply.expiresIn)),
    scope: reply.scopes.join(' '),
    'user-id': reply.userId ?? '',
    'refresh-token-expires-at': iso(secondsAfter(issuedAt, reply.refreshTokenExpiresIn)),
    'token-type': reply.tokenType,
    'grant-expires-at': iso(result.grantExpiresAt),
    'secret-updated': String(result.secretUpdated),
  };
}

export function publishOutputs(
  actions: OutputCore,
  result: PublishedOutcome,
  exportVariable: string | undefined,
): void {
  for (const [name, value] of Object.entries(outputValues(result))) actions.setOutput(name, value);
  if (exportVariable !== undefined)
    actions.exportVariable(exportVariable, result.reply.accessToken);
}

export async function writeSummary(summary: Summary, facts: SummaryFacts): Promise<void> {
  const rows: [string, string][] = [
    ['Provider', facts.provider],
    ['Refresh token secret', facts.secret],
  ];
  const result = facts.result;
  if (result) {
    const outputs = outputValues(result);
    rows.push(
      [
        'Refresh token rotated',
        result.secretUpdated ? 'yes, new token stored' : 'no, secret unchanged',
      ],
      ['Access token expires', outputs['expires-at'] || 'not stated by the provider'],
      ['Scopes', outputs.scope || 'not stated by the provider'],
      ['Grant expires', outputs['grant-expires-at'] || 'unknown'],
    );
  }
  // addTable and addRaw put text into the summary as it is: scopes, names and GitHub's
  // messages could otherwise add tags, cells, links or lines of their own.
  summary.addHeading('Fitbit token keeper', 3).addTable([
    [
      { data: 'Item', header: true },
      { data: 'Value', header: true },
    ],
    ...rows.map((row) => row.map(escapeSummaryText)),
  ]);
  for (const note of facts.notes) summary.addRaw(`\n> ${escapeSummaryText(note)}\n`, true);
  await summary.write();
}

/** What the summary of a failed run says; every string is already redacted. */
export interface FailureSummaryFacts {
  readonly provider: string | undefined;
  readonly secret: string | undefined;
  readonly explanation: FailureExplanation;
}

const GRANT_STATUS_TEXT: Readonly<Record<GrantStatus, string>> = {
  'still valid': 'still valid: the stored refresh token works',
  spent: 'spent: the stored refresh token no longer works, a new consent is needed',
  'stored nowhere': 'stored nowhere: the new refresh token could not be saved',
  'maybe spent': 'maybe spent: re-run at once, the provider usually replays the same answer',
  safe: 'safe: the newest refresh token is stored',
};

/** The job summary of a failed run: what happened, where the grant stands, the next step. */
export async function writeFailureSummary(
  summary: Summary,
  facts: FailureSummaryFacts,
): Promise<void> {
  const { explanation } = facts;
  const rows: [string, string][] = [
    ['What happened', explanation.happened],
    ['The grant', GRANT_STATUS_TEXT[explanation.status]],
    ['Where it stands', explanation.grant],
    ['Next step', explanation.nextStep],
  ];
  if (facts.provider) rows.push(['Provider', facts.provider]);
  if (facts.secret) rows.push(['Refresh token secret', facts.secret]);
  summary.addHeading('Fitbit token keeper: the run failed', 3).addTable([
    [
      { data: 'Item', header: true },
      { data: 'Value', header: true },
    ],
    ...rows.map((row) => row.map(escapeSummaryText)),
  ]);
  await summary.write();
}
