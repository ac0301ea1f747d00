/**
 * Checks a job summary the way GitHub renders it: the heading and the table as
 * HTML, then each note as a one-line Markdown blockquote. Provider or GitHub
 * text in it must not add a tag, a cell, a row, a link or a line of its own.
 */

const OUR_TAGS = /<\/?(?:h3|table|tr|th|td)>/g;
const TWO_COLUMN_TABLE = /^<table>(?:<tr>(?:<(t[hd])>[^<>]*<\/\1>){2}<\/tr>)+<\/table>$/;
const MARKDOWN_LINK_OR_CODE = /[[\]`]/;

/** What is wrong with the summary's structure; empty when nothing is. */
export function summaryProblems(summary: string): string[] {
  const problems: string[] = [];
  if (summary.replace(OUR_TAGS, '').includes('<')) problems.push('a tag we did not write');
  const lines = summary.split(/\r?\n/);
  const tables = lines.filter((line) => line.includes('<table>'));
  if (tables.length !== 1 || !TWO_COLUMN_TABLE.test(tables[0] ?? '')) {
    problems.push('the table is not one line of two-cell rows');
  }
  for (const line of lines) {
    if (line.startsWith('<h3>') || line.startsWith('<table>') || line === '') continue;
    if (!line.startsWith('> ')) problems.push(`a line outside the notes: ${line}`);
  }
  if (MARKDOWN_LINK_OR_CODE.test(summary)) problems.push('Markdown link, image or code syntax');
  return problems;
}

/** The rows of the summary's table, cell text with entities decoded, as a reader sees them. */
export function summaryRows(summary: string): string[][] {
  const table = /<table>(.*)<\/table>/.exec(summary)?.[1] ?? '';
  return [...table.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd]>(.*?)<\/t[hd]>/g)].map((cell) =>
      decodeEntities(cell[1] ?? ''),
    ),
  );
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
