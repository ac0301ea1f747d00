/**
 * Everything the step hands on once the refresh token is safe: step outputs,
 * the exported variable and the job summary. No token ever reaches the summary.
 */
import type * as core from '@actions/core';
import type { FailureExplanation, GrantStatus } from '../grant/failure.js';
import type { GrantOutcome } from '../grant/flow.js';
import { escapeSummaryText, richSummaryText } from '../lib/escape.js';
import { humanTime, iso, secondsAfter } from '../lib/time.js';
import type { Provider } from '../oauth/providers.js';
import { accessTokenExpiry } from '../oauth/token-reply.js';

export type OutputCore = Pick<typeof core, 'setOutput' | 'exportVariable'>;
export type Summary = Pick<typeof core.summary, 'addHeading' | 'addTable' | 'addRaw' | 'write'>;

/** The part of the flow's outcome the outputs and the summary show. */
export type PublishedOutcome = Pick<
  GrantOutcome,
  'reply' | 'secretUpdated' | 'issuedAt' | 'grantExpiresAt'
>;

export interface SummaryFacts {
  readonly provider: string;
  /** The secret and where it lives, e.g. "FITBIT_REFRESH_TOKEN (repository octo/app)". */
  readonly secret: string;
  /** Undefined for a dry run, which exchanged nothing. */
  readonly result: PublishedOutcome | undefined;
  /** The token came from a new consent (re-seed) rather than a refresh. */
  readonly reseed?: boolean;
  /** Warnings and problems; may quote GitHub or the provider, so they stay plain text. */
  readonly notes: readonly string[];
  /** Our own sentences for the person (the consent issue to answer), with code and links. */
  readonly actions?: readonly string[];
}

/** The contract's outputs, as strings; absent facts become empty strings. */
export function outputValues(result: PublishedOutcome): Record<string, string> {
  const { reply, issuedAt } = result;
  return {
    'access-token': reply.accessToken,
    'expires-in': reply.expiresIn === undefined ? '' : String(reply.expiresIn),
    'expires-at': iso(accessTokenExpiry(reply, issuedAt)),
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

/**
 * The job summary of a run that kept the grant: a heading, then one line per
 * fact, its label in bold ("Provider: Google"), as a list that wraps inside a
 * phone's 340 px column (a table would need 531 px); then the actions and notes.
 */
export async function writeSummary(summary: Summary, facts: SummaryFacts): Promise<void> {
  const lines: [string, string][] = [
    ['Provider', facts.provider],
    ['Refresh token secret', facts.secret],
  ];
  const result = facts.result;
  if (result) {
    const now = result.issuedAt;
    const expiresAt = accessTokenExpiry(result.reply, now);
    lines.push(
      ['Refresh token', refreshTokenFate(result.secretUpdated, facts.reseed === true)],
      ['Access token expires', humanTime(expiresAt, now) || 'not stated by the provider'],
      ['Scopes', result.reply.scopes.map(shortScope).join(', ') || 'not stated by the provider'],
      ['Grant expires', humanTime(result.grantExpiresAt, now) || 'unknown'],
    );
  }
  // One HTML block, whose text Markdown leaves alone; every value escaped, so scopes, names
  // and GitHub's messages can add no tag, item, link or line of their own.
  summary.addHeading('Fitbit token keeper', 3).addRaw(labelledLines(lines), true);
  // Each note is an HTML block, whose text Markdown leaves alone: a quoted address stays text
  // instead of turning into a link, as it would in a Markdown blockquote.
  for (const action of facts.actions ?? []) {
    summary.addRaw(`\n<blockquote>${richSummaryText(action)}</blockquote>\n`, true);
  }
  for (const note of facts.notes) {
    summary.addRaw(`\n<blockquote>${escapeSummaryText(note)}</blockquote>\n`, true);
  }
  await summary.write();
}

/** Label/value lines as a list: "<strong>Label:</strong> value", both escaped. */
function labelledLines(lines: readonly (readonly [string, string])[]): string {
  const items = lines.map(
    ([label, value]) =>
      `<li><strong>${escapeSummaryText(label)}:</strong> ${escapeSummaryText(value)}</li>`,
  );
  return `<ul>\n${items.join('\n')}\n</ul>\n`;
}

/** Google's scope URLs without their common prefix, so a phone need not scroll the table. */
function shortScope(scope: string): string {
  return scope.replace(/^https:\/\/www\.googleapis\.com\/auth\//, '');
}

function refreshTokenFate(secretUpdated: boolean, reseed: boolean): string {
  if (reseed) return 'stored from the new consent';
  return secretUpdated
    ? 'rotated: the new one is stored'
    : 'unchanged: the provider keeps it valid';
}

/** What the summary of a failed run says; every string is already redacted. */
export interface FailureSummaryFacts {
  readonly provider: Provider | undefined;
  /** The secret and where it lives, when known. */
  readonly secret: string | undefined;
  readonly explanation: FailureExplanation;
}

function grantStatusText(status: GrantStatus, provider: Provider | undefined): string {
  switch (status) {
    case 'still valid':
      return 'still valid: the stored refresh token works';
    case 'spent':
      // A Google grant is not used up by refreshing: it expired (7 days in "Testing") or was revoked.
      return `${provider?.rotates === false ? 'expired or revoked' : 'spent'}: the stored refresh token no longer works, a new consent is needed`;
    case 'stored nowhere':
      return 'stored nowhere: the new refresh token could not be saved';
    case 'maybe spent':
      return 'maybe spent: re-run at once, the provider usually replays the same answer';
    case 'safe':
      return 'safe: the newest refresh token is stored';
  }
}

/**
 * The job summary of a failed run: what happened in one sentence, where the
 * grant stands, the one next step (its commands and links shown as such), and
 * why such failures happen, folded away.
 */
export async function writeFailureSummary(
  summary: Summary,
  facts: FailureSummaryFacts,
): Promise<void> {
  const { explanation } = facts;
  const plain = (text: string) => escapeSummaryText(text);
  const rows: [string, string][] = [
    ['What happened', plain(explanation.happened)],
    ['The grant', plain(grantStatusText(explanation.status, facts.provider))],
    ['Where it stands', plain(explanation.grant)],
    ['Next step', richSummaryText(explanation.nextStep)],
  ];
  if (facts.provider) rows.push(['Provider', plain(facts.provider.label)]);
  if (facts.secret) rows.push(['Refresh token secret', plain(facts.secret)]);
  summary.addHeading('Fitbit token keeper: the run failed', 3).addTable([
    [
      { data: 'Item', header: true },
      { data: 'Value', header: true },
    ],
    ...rows.map(([item, value]) => [item, value]),
  ]);
  if (explanation.why) {
    summary.addRaw(
      `\n<details><summary>Why this happens</summary>\n\n${plain(explanation.why)}\n\n</details>\n`,
      true,
    );
  }
  await summary.write();
}
