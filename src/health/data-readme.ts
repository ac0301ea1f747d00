/**
 * The data folder's README.md, regenerated on every run: the charts drawn in
 * this run (each an image with alt text, and one line that reads it in
 * words), what the folder holds of each type, and what each daily.csv column
 * means, with its unit. Built from the folder's own data only, so the same
 * data always gives the same text.
 */
import { CHARTS_FOLDER, type DrawnChart } from './charts/draw.js';
import { DAILY_CSV, type DailyTable } from './daily-csv.js';
import type { TypeHoldings } from './files.js';
import { STATE_FILE } from './state.js';

export const DATA_README = 'README.md';

export function dataReadmeText(
  daily: DailyTable,
  holdings: readonly TypeHoldings[],
  charts: readonly DrawnChart[],
): string {
  const lines = [
    '# Health data',
    '',
    'Written by `fitbit-token-keeper pull` from the Google Health API and regenerated on every run:',
    'edits to this file are lost.',
    '',
    ...chartSections(charts),
    '## The files',
    '',
    `- [\`${DAILY_CSV}\`](${DAILY_CSV}): one row per day, one column per daily figure (below), empty where there is none.`,
    `- \`${CHARTS_FOLDER}/\`: the charts above, redrawn when their days change.`,
    '- `<type>/<YYYY>/<YYYY-MM-DD>.json`: what the API holds for that type on that day (an empty list: no data).',
    `- \`${STATE_FILE}\`: per type, the last day known complete; the next run goes on from there.`,
    '',
    'What the folder holds of each type:',
    '',
    ...holdings
      .filter((type) => type.days.length > 0)
      .map(
        (type) =>
          `- ${type.name}: ${type.days.length} ${type.days.length === 1 ? 'day' : 'days'}, ${type.days[0]} to ${type.days[type.days.length - 1]}`,
      ),
    '',
    `## The columns of \`${DAILY_CSV}\``,
    '',
    // A list, not a table: a phone's column has no room for a third column of sentences.
    '- `date` (`YYYY-MM-DD`): The day the figures belong to: a civil day as the watch recorded it.',
    ...daily.columns.map((column) => `- \`${column.name}\` (${column.unit}): ${column.meaning}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** A section per heading, each chart an image and a line of words below it. */
function chartSections(charts: readonly DrawnChart[]): string[] {
  if (charts.length === 0) return ['No charts yet: no day of a charted type holds a value.', ''];
  return charts.flatMap((chart, index) => [
    ...(charts[index - 1]?.heading === chart.heading ? [] : [`## ${chart.heading}`, '']),
    `![${chart.alt}](${chart.path})`,
    '',
    chart.words,
    '',
  ]);
}
