/**
 * How `npm run demo` shows a run in a terminal: the workflow step as YAML, the
 * step log, and the job summary as a plain-text table. Pure text, no I/O.
 */
import { stringify } from 'yaml';
import { decodeEntities, summaryDetails, summaryNotes, summaryRows } from '../sim/summary.js';

/** One `with:` entry as the workflow file holds it: a literal or a `${{ … }}` expression. */
export interface WithEntry {
  readonly name: string;
  /** What the workflow file says, e.g. `${{ secrets.FITBIT_REFRESH_TOKEN }}` or `fitbit`. */
  readonly written: string;
  /** A YAML comment after the entry, for the reader of the demo. */
  readonly comment?: string;
}

export interface WorkflowStep {
  readonly id?: string;
  readonly uses: string;
  readonly with: readonly WithEntry[];
}

/** The step as it stands in a workflow file, under `steps:`. */
export function workflowStepYaml(step: WorkflowStep): string {
  const lines = [
    ...(step.id === undefined
      ? [`- uses: ${step.uses}`]
      : [`- id: ${step.id}`, `  uses: ${step.uses}`]),
  ];
  if (step.with.length > 0) lines.push('  with:');
  for (const entry of step.with) {
    const comment = entry.comment === undefined ? '' : ` # ${entry.comment}`;
    lines.push(`    ${entry.name}: ${yamlScalar(entry.written)}${comment}`);
  }
  return lines.join('\n');
}

/** A string as a YAML scalar on one line: plain where YAML reads it back unchanged, else quoted. */
export function yamlScalar(value: string): string {
  const scalar = stringify(value, { lineWidth: 0 }).trimEnd();
  return scalar.includes('\n') ? JSON.stringify(value) : scalar;
}

/**
 * A job summary as GitHub shows it (an `<h3>` heading, its facts as a table or
 * as label/value lines, then notes and a folded explanation) as plain text:
 * the heading, the facts in aligned columns (a table's header under a rule),
 * long cells wrapped at spaces, then the notes as `> ` lines and the
 * explanation after its title.
 */
export function summaryAsText(html: string, width = 96): string {
  const heading = /<h3>(.*?)<\/h3>/.exec(html)?.[1];
  const rows = summaryRows(html);
  const out: string[] = [];
  if (heading !== undefined) out.push(decodeEntities(heading));
  if (rows.length > 0) out.push(alignedTable(rows, width, html.includes('<table')));
  out.push(...summaryNotes(html).map((note) => `> ${note}`));
  const details = summaryDetails(html);
  if (details !== undefined) out.push(`(folded) ${details}`);
  return out.join('\n');
}

/** Rows as aligned columns; with `header`, the first row is underlined. Cells wrap at spaces. */
export function alignedTable(
  rows: readonly (readonly string[])[],
  width = 96,
  header = true,
): string {
  const columns = Math.max(...rows.map((row) => row.length));
  const gap = '  ';
  // Every column but the last is as wide as its widest cell; the last one gets what is left.
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  const fixed = widths.slice(0, -1).reduce((sum, w) => sum + w + gap.length, 0);
  const lastWidth = Math.max(20, Math.min(widths[columns - 1] ?? 0, width - fixed));
  widths[columns - 1] = lastWidth;
  const lines: string[] = [];
  rows.forEach((row, index) => {
    const cells = widths.map((w, column) => wrap(row[column] ?? '', w));
    const height = Math.max(...cells.map((cell) => cell.length));
    for (let line = 0; line < height; line++) {
      lines.push(
        cells
          .map((cell, column) => (cell[line] ?? '').padEnd(widths[column] ?? 0))
          .join(gap)
          .trimEnd(),
      );
    }
    if (header && index === 0) lines.push(widths.map((w) => '-'.repeat(w)).join(gap));
  });
  return lines.join('\n');
}

/**
 * A long log line as a terminal shows it best: wrapped at spaces to `width`,
 * the continuation lines indented by `hang` (a word longer than a line stays whole).
 */
export function wrapLine(line: string, width: number, hang = 2): string {
  if (line.length <= width) return line;
  const [first = '', ...rest] = wrap(line, width);
  const continued = rest.join(' ');
  if (continued === '') return first;
  return [first, ...wrap(continued, width - hang).map((part) => ' '.repeat(hang) + part)].join(
    '\n',
  );
}

/** Splits text into lines of at most `width` characters at spaces (a longer word stays whole). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ').filter(Boolean)) {
    if (current === '') current = word;
    else if (current.length + 1 + word.length <= width) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  lines.push(current);
  return lines;
}

export function indent(text: string, spaces = 4): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : ' '.repeat(spaces) + line))
    .join('\n');
}
