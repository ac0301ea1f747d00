/**
 * Makes provider or GitHub text safe for the job summary, which GitHub renders
 * as Markdown with HTML in it: our table is HTML, our notes are Markdown
 * blockquotes. The text may add no tag, link, image, code span or line of its own.
 */

// Line breaks (they would end the table's HTML block or the blockquote), C0, DEL and C1
// controls, and bidirectional overrides (they could make a cell read as something else).
const BREAKS_AND_CONTROLS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what the pattern removes
  /\r\n|[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

// HTML's specials, and the Markdown characters that open links, images, code spans, table
// cells, escapes and emphasis. Entities render as the character in HTML and in Markdown alike,
// but Markdown never reads them as syntax. `_` stays: inside words it is inert, and secret
// names and scopes are full of it.
const SPECIALS = /[&<>"'[\]`\\|*~]/g;

/** The text as it should read in the summary, on one line, with no markup of its own. */
export function escapeSummaryText(text: string): string {
  return text
    .replace(BREAKS_AND_CONTROLS, ' ')
    .replace(SPECIALS, (char) => NAMED[char] ?? `&#${char.charCodeAt(0)};`);
}

const NAMED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
