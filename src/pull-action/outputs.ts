/**
 * What the pull hands on: the contract's four outputs, and the job summary: a
 * table of counts on every run, and the charts of the last 14 days only when
 * the person asked for them (`summary: true`). No other value of the data.
 */
import type * as core from '@actions/core';
import { summaryCharts } from '../health/charts.js';
import type { PullResult } from '../health/pull.js';
import { escapeSummaryText } from '../lib/escape.js';

export type OutputCore = Pick<typeof core, 'setOutput'>;
export type Summary = Pick<typeof core.summary, 'addRaw' | 'write'>;

export function outputValues(result: PullResult): Record<string, string> {
  return {
    'complete-through': result.completeThrough ?? '',
    more: String(result.more),
    requests: String(result.requests),
    'files-written': String(result.filesWritten),
  };
}

export function publishOutputs(actions: OutputCore, result: PullResult): void {
  for (const [name, value] of Object.entries(outputValues(result))) actions.setOutput(name, value);
}

/** The summary's Markdown: counts per type, then the charts when asked for. */
export function summaryText(result: PullResult, withCharts: boolean): string {
  const rows = result.types.map(
    (type) =>
      `| ${type.type} | ${type.days} | ${type.requests} | ${type.filesWritten} | ${type.completeThrough ?? '–'} | ${type.failure === undefined ? 'ok' : escapeSummaryText(type.failure)} |`,
  );
  const lines = [
    '# Health data pull',
    '',
    '| type | days fetched | requests | files changed | complete through | result |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `${result.requests} request(s) to the Google Health API, ${result.filesWritten} file(s) changed${result.more ? '; max-requests stopped the run, the next one goes on from here' : ''}.`,
    '',
  ];
  if (withCharts) lines.push(summaryCharts(result.rows));
  return lines.join('\n');
}

export async function writeSummary(
  summary: Summary,
  result: PullResult,
  withCharts: boolean,
): Promise<void> {
  await summary.addRaw(summaryText(result, withCharts), true).write();
}
