/**
 * Checks a job summary the way GitHub shows it (sim/markdown.ts): one heading,
 * its facts as label/value pairs (one table of two-cell rows, or one list of
 * "<strong>Label:</strong> value" lines), notes as blockquotes, an optional
 * folded explanation. Provider or GitHub text in it must not add a tag, a cell, a
 * row, a link or a block of its own; our own sentences (the next step) may
 * hold code and the links a test expects, and nothing else.
 */
import {
  type Element,
  elementsIn,
  linksIn,
  type Root,
  renderAsGitHub,
  textOf,
} from './markdown.js';

export interface SummaryExpectations {
  /** Table rows whose value is our own sentence, where code and links may appear. */
  readonly richRows?: readonly string[];
  /** Every link the summary may hold (each shown as its own address). */
  readonly links?: readonly string[];
}

const BLOCKS = new Set(['h3', 'table', 'ul', 'blockquote', 'details']);
const INLINE_IN_RICH_TEXT = new Set(['a', 'code']);

/** What is wrong with the summary as GitHub shows it; empty when nothing is. */
export function summaryProblems(summary: string, expect: SummaryExpectations = {}): string[] {
  const root = renderAsGitHub(summary);
  const richRows = expect.richRows ?? ['Next step'];
  const problems: string[] = [];
  for (const node of root.children) {
    if (node.type === 'text' && node.value.trim() === '') continue;
    if (node.type !== 'element' || !BLOCKS.has(node.tagName)) {
      problems.push(`a block we did not write: ${describe(node)}`);
    }
  }
  const blocks = elementsIn(root).filter((e) => e.tagName === 'table' || e.tagName === 'ul');
  if (blocks.length !== 1) problems.push(`${blocks.length} tables and lists instead of one`);
  for (const item of elementsIn(root).filter((element) => element.tagName === 'li')) {
    const [label, ...rest] = item.children;
    if (label?.type !== 'element' || label.tagName !== 'strong' || !textOf(label).endsWith(':')) {
      problems.push(`a line that does not start with its label: ${textOf(item).slice(0, 60)}`);
    }
    for (const element of rest.flatMap((child) =>
      child.type === 'element' ? [child, ...elementsIn(child)] : [],
    )) {
      problems.push(`a <${element.tagName}> in the line ${textOf(label ?? item)}`);
    }
  }
  for (const row of rowsOf(root)) {
    if (row.length !== 2) {
      problems.push(`a row of ${row.length} cells: ${row.map((cell) => textOf(cell)).join(' | ')}`);
      continue;
    }
    const [item, value] = row as [Element, Element];
    const allowed = richRows.includes(textOf(item)) ? INLINE_IN_RICH_TEXT : new Set<string>();
    for (const element of [...elementsIn(item), ...elementsIn(value)]) {
      if (!allowed.has(element.tagName)) {
        problems.push(`a <${element.tagName}> in the row ${textOf(item)}`);
      }
    }
  }
  for (const quote of elementsIn(root).filter((element) => element.tagName === 'blockquote')) {
    for (const element of elementsIn(quote)) {
      if (element.tagName !== 'p' && !INLINE_IN_RICH_TEXT.has(element.tagName)) {
        problems.push(`a <${element.tagName}> in a note`);
      }
    }
  }
  for (const details of elementsIn(root).filter((element) => element.tagName === 'details')) {
    for (const element of elementsIn(details)) {
      if (element.tagName !== 'summary' && element.tagName !== 'p') {
        problems.push(`a <${element.tagName}> in the folded explanation`);
      }
    }
  }
  const links = expect.links ?? [];
  for (const anchor of elementsIn(root).filter((element) => element.tagName === 'a')) {
    const href = String(anchor.properties.href ?? '');
    if (!links.includes(href)) problems.push(`a link we did not expect: ${href}`);
    else if (textOf(anchor) !== href)
      problems.push(`a link that does not show its address: ${href}`);
  }
  return problems;
}

/**
 * The label/value pairs of the summary, as a reader sees them: the rows of its
 * table (a header row first), or its lines ("Label: value" → [Label, value]).
 */
export function summaryRows(summary: string): string[][] {
  const root = renderAsGitHub(summary);
  const lines = elementsIn(root)
    .filter((element) => element.tagName === 'li')
    .map((item) => {
      const [label, ...rest] = item.children;
      const name = label === undefined ? '' : textOf(label).trim().replace(/:$/, '');
      return [
        name,
        rest
          .map((child) => textOf(child))
          .join('')
          .trim(),
      ];
    });
  return [...rowsOf(root).map((row) => row.map((cell) => textOf(cell).trim())), ...lines];
}

/** The links the summary holds, as a tap would follow them. */
export function summaryLinks(summary: string): string[] {
  return linksIn(renderAsGitHub(summary));
}

/** The text of each note (a blockquote), as a reader sees it. */
export function summaryNotes(summary: string): string[] {
  return elementsIn(renderAsGitHub(summary))
    .filter((element) => element.tagName === 'blockquote')
    .map((quote) => textOf(quote).trim());
}

/** The text of the folded explanation (`<details>`), or undefined when there is none. */
export function summaryDetails(summary: string): string | undefined {
  const details = elementsIn(renderAsGitHub(summary)).find((e) => e.tagName === 'details');
  return details === undefined ? undefined : textOf(details).trim();
}

function rowsOf(root: Root): Element[][] {
  return elementsIn(root)
    .filter((element) => element.tagName === 'tr')
    .map((row) =>
      row.children.filter(
        (cell): cell is Element =>
          cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'),
      ),
    );
}

function describe(node: Root['children'][number]): string {
  return node.type === 'element' ? `<${node.tagName}> ${textOf(node).slice(0, 60)}` : node.type;
}

/** Decodes the entities a summary may hold: named ones for HTML's specials, and numeric ones. */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (whole, dec, hex, name) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return named[name] ?? whole;
  });
}
