/**
 * The pull's job summary, written on every run and read on a phone (GitHub's
 * summary column is about 340 px wide there): a heading that says whether the
 * pull succeeded, a failure's reason said once, how many days each type holds
 * and through which day, and what the next run does. No table is wider than
 * three columns, and long sentences are paragraphs, which wrap. Counts and
 * dates only, except the last days' figures when the person asks for them.
 * Sentences that may quote the API are HTML blocks, whose text Markdown leaves
 * alone (an address in them stays text), escaped as the keeper's summary is.
 */
import type * as core from '@actions/core';
import { addDays, type Day, earlier } from '../health/civil-days.js';
import type { PullResult, PullSettings } from '../health/pull.js';
import { escapeSummaryText, richSummaryText } from '../lib/escape.js';
import { FIGURE_DAYS, type LastDays, lastDaysFigures } from './figures.js';

export type Summary = Pick<typeof core.summary, 'addRaw' | 'write'>;

/** What the summary of a pull that ran says, beside the result itself. */
export interface PullSummaryFacts {
  readonly settings: Pick<
    PullSettings,
    'types' | 'since' | 'until' | 'refetchDays' | 'maxRequests'
  >;
  readonly result: PullResult;
  /** `summary: true`: the last days' figures too. */
  readonly figures: boolean;
  /** Makes a failure's text safe to show (the run's redactor). */
  readonly redact: (text: string) => string;
}

export const HEADINGS = {
  succeeded: '✅ Health data pull succeeded',
  failed: '❌ Health data pull failed',
  refused: '🔒 Health data pull refused: this repository is public',
} as const;

/** The summary of a pull that ran: succeeded, or failed for some types or all. */
export function pullSummaryText(facts: PullSummaryFacts): string {
  const { result, settings } = facts;
  const failed = result.types.filter((type) => type.failure !== undefined);
  const lines = [`### ${failed.length === 0 ? HEADINGS.succeeded : HEADINGS.failed}`, ''];
  if (failed.length > 0) {
    // A 401 fails every type with the same words: each reason once.
    const reasons = [...new Set(failed.map((type) => facts.redact(type.failure ?? '')))];
    lines.push(...reasonLines(reasons), '');
  }
  lines.push(paragraph('', whatWasDone(facts, failed.length)), '', ...holdingsTable(facts), '');
  lines.push(paragraph('Next', escapeSummaryText(whatHappensNext(facts, failed.length))), '');
  if (facts.figures) {
    const lastDays = lastDaysFigures(result.rows, settings.types);
    if (lastDays !== undefined) lines.push('#### Your last days', '', figuresTable(lastDays), '');
  }
  return lines.join('\n');
}

/** The summary of a run refused because the repository is public. */
export function refusalSummaryText(): string {
  return [
    `### ${HEADINGS.refused}`,
    '',
    paragraph(
      'Why',
      'Health data written here, or figures in this summary, would be readable by anyone, so the pull wrote nothing and sent no request to the Google Health API.',
    ),
    '',
    paragraph(
      'To allow it',
      richSummaryText(
        'Keep your health data in a private repository (Settings → General → Danger Zone → Change repository visibility), then run this workflow again. Or, if publishing your data is what you want, set `allow-public-repository: true` on the pull step.',
      ),
    ),
    '',
  ].join('\n');
}

/** The summary of a run that failed before the pull could say anything of its own. */
export function failureSummaryText(reason: string, advice: string): string {
  return [
    `### ${HEADINGS.failed}`,
    '',
    ...reasonLines([reason]),
    '',
    paragraph(
      'Next',
      escapeSummaryText(
        advice ||
          'The data folder keeps what earlier runs wrote; once the problem is fixed, the next run goes on from where they stopped.',
      ),
    ),
    '',
  ].join('\n');
}

/** One reason as a paragraph; several as a list, each once. */
function reasonLines(reasons: readonly string[]): string[] {
  if (reasons.length === 1) return [paragraph('Why', escapeSummaryText(reasons[0] ?? ''))];
  const items = reasons.map((reason) => `<li>${escapeSummaryText(reason)}</li>`);
  return [paragraph('Why', ''), `<ul>\n${items.join('\n')}\n</ul>`];
}

/** A paragraph of HTML (already escaped), after its label in bold when there is one. */
function paragraph(label: string, html: string): string {
  const lead = label === '' ? '' : `<strong>${label}:</strong>${html === '' ? '' : ' '}`;
  return `<p>${lead}${html}</p>`;
}

function whatWasDone(facts: PullSummaryFacts, failures: number): string {
  const { result } = facts;
  const work = `${plural(result.requests, 'request')} to the Google Health API, ${plural(result.filesWritten, 'file')} changed.`;
  if (failures === 0) {
    return result.completeThrough === undefined
      ? work
      : `Every type is complete through <strong>${result.completeThrough}</strong>. ${work}`;
  }
  const names = result.types
    .filter((type) => type.failure !== undefined)
    .map((type) => type.type)
    .join(', ');
  const others =
    failures === result.types.length
      ? 'No type could be fetched.'
      : `${names} failed; the other types were written.`;
  return `${escapeSummaryText(others)} ${work}`;
}

/** Type, days held, through which day: three short columns. */
function holdingsTable(facts: PullSummaryFacts): string[] {
  const header = [{ text: 'type' }, { text: 'days held', right: true }, { text: 'through' }];
  const rows = facts.result.types.map((type) => [
    { text: `${type.type}${type.failure === undefined ? '' : ' (failed)'}` },
    { text: String(facts.result.held.get(type.type) ?? 0), right: true },
    { text: type.completeThrough ?? '–', nowrap: true },
  ]);
  return [htmlTable(header, rows)];
}

/** The last days' figures: what, the newest day, the week's average; numbers kept whole. */
export function figuresTable(lastDays: LastDays): string {
  if (lastDays.figures.length === 0) {
    return `<p>No figures in the ${FIGURE_DAYS} days up to ${lastDays.newest}.</p>`;
  }
  const header = [
    { text: 'figure' },
    { text: lastDays.newest, right: true, nowrap: true },
    { text: `${FIGURE_DAYS}-day average`, right: true },
  ];
  const rows = lastDays.figures.map((figure) => [
    { text: figure.label },
    { text: figure.newest ?? '–', right: true, nowrap: true },
    { text: figure.average, right: true, nowrap: true },
  ]);
  return htmlTable(header, rows);
}

/** A cell: its text, escaped here; a date or a number is kept on one line, a number to the right. */
interface Cell {
  readonly text: string;
  readonly right?: boolean;
  readonly nowrap?: boolean;
}

/**
 * A table as HTML, which lets a cell say `nowrap` (GitHub keeps the attribute):
 * browsers break "2026-11-30" after a hyphen when a phone's column squeezes a
 * table, so dates and numbers stay whole and the words around them wrap.
 */
function htmlTable(header: readonly Cell[], rows: readonly (readonly Cell[])[]): string {
  const cell = (tag: 'th' | 'td', { text, right, nowrap }: Cell) =>
    `<${tag}${right ? ' align="right"' : ''}${nowrap ? ' nowrap' : ''}>${escapeSummaryText(text)}</${tag}>`;
  return [
    '<table>',
    `<thead><tr>${header.map((each) => cell('th', each)).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map((row) => `<tr>${row.map((each) => cell('td', each)).join('')}</tr>`),
    '</tbody>',
    '</table>',
  ].join('\n');
}

function whatHappensNext(facts: PullSummaryFacts, failures: number): string {
  const { result, settings } = facts;
  const from = nextDay(facts);
  const refetch =
    settings.refetchDays > 0
      ? `, and fetches the last ${plural(settings.refetchDays, 'day')} again for late syncs`
      : '';
  if (failures > 0) {
    return `Each failed type keeps the days it held. Once the problem is fixed, the next run goes on from ${from}.`;
  }
  if (result.more) {
    return `max-requests (${settings.maxRequests}) stopped this run with days left up to ${settings.until}: the next run goes on from ${from}.`;
  }
  return `The next run goes on from ${from}${refetch}.`;
}

/** The first day the next run fetches anew: the day after the type furthest behind. */
function nextDay(facts: PullSummaryFacts): Day {
  let next: Day | undefined;
  for (const type of facts.result.types) {
    const day =
      type.completeThrough === undefined ? facts.settings.since : addDays(type.completeThrough, 1);
    next = next === undefined ? day : earlier(next, day);
  }
  return next ?? facts.settings.since;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export async function writeSummary(summary: Summary, text: string): Promise<void> {
  await summary.addRaw(text, true).write();
}
