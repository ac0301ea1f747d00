/**
 * A job summary as a person sees it on a phone, after GitHub renders it
 * (sim/markdown.ts): its heading, its tables as cells of text, its visible
 * text, and what would not fit GitHub's summary column at 390 px (about
 * 340 px wide). GitHub lets a table shrink to its min-content width, wrapping
 * cells at spaces and after a hyphen between letters, and gives paragraphs and
 * list items `overflow-wrap: break-word`: only a table can push past the
 * column. scripts/look.ts measures the same in a real browser.
 */
import { type Element, elementsIn, type Root, renderAsGitHub, textOf } from '../../sim/markdown.js';

/** GitHub's summary column on a 390 px phone. */
export const PHONE_COLUMN_PX = 340;
/** An upper bound of one character's width in GitHub's 14 px text (digits are ~7.8 px). */
const CHARACTER_PX = 8.5;
/** A cell's horizontal padding (6px 13px) and borders. */
const CELL_PX = 27;

export interface SummaryView {
  readonly root: Root;
  /** The text of the first heading. */
  readonly heading: string;
  /** Each table, as rows of cell texts (the header row first). */
  readonly tables: string[][][];
  /** All the text a reader sees. */
  readonly text: string;
  /** Every element's tag, in document order. */
  readonly tags: string[];
}

export function viewSummary(markdown: string): SummaryView {
  const root = renderAsGitHub(markdown);
  const elements = elementsIn(root);
  const heading = elements.find((element) => /^h[1-6]$/.test(element.tagName));
  return {
    root,
    heading: heading === undefined ? '' : textOf(heading).trim(),
    tables: elements.filter((element) => element.tagName === 'table').map(cellsOf),
    text: textOf(root),
    tags: elements.map((element) => element.tagName),
  };
}

/** Why the summary would not fit a phone: tables wider than three columns or than the column. */
export function phoneProblems(markdown: string, maxColumns = 3): string[] {
  const problems: string[] = [];
  for (const table of viewSummary(markdown).tables) {
    const columns = Math.max(...table.map((row) => row.length));
    if (columns > maxColumns)
      problems.push(`a table of ${columns} columns: ${table[0]?.join(' | ')}`);
    const width = narrowestWidth(table);
    if (width > PHONE_COLUMN_PX) {
      problems.push(`a table at least ${Math.round(width)} px wide: ${table[0]?.join(' | ')}`);
    }
  }
  return problems;
}

/** The narrowest a table can get: per column its longest unbreakable piece, plus padding. */
export function narrowestWidth(table: readonly (readonly string[])[]): number {
  const columns = Math.max(...table.map((row) => row.length));
  let width = 0;
  for (let column = 0; column < columns; column++) {
    const longest = Math.max(...table.map((row) => longestPiece(row[column] ?? '')));
    width += longest * CHARACTER_PX + CELL_PX;
  }
  return width;
}

/** The longest run a browser cannot break: split at spaces, and after a hyphen before a letter. */
function longestPiece(text: string): number {
  return Math.max(0, ...text.split(/\s+|(?<=-)(?=[A-Za-z])/).map((piece) => [...piece].length));
}

function cellsOf(table: Element): string[][] {
  return elementsIn(table)
    .filter((element) => element.tagName === 'tr')
    .map((row) =>
      row.children
        .filter(
          (cell): cell is Element =>
            cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'),
        )
        .map((cell) => textOf(cell).trim()),
    );
}
