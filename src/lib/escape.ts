/**
 * Makes text safe for the job summary and the consent issue, which GitHub
 * renders as Markdown with HTML in it: our table is HTML, our notes are
 * Markdown blockquotes, a provider's answer in the issue is a code span. Provider or GitHub text may add no tag, link, image,
 * code span or line of its own; our own sentences may hold code and links,
 * which become tags a phone can show and a thumb can tap.
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

// A code span, or an http(s) address up to a blank, a quote or a closing mark that ends a sentence.
const CODE_OR_LINK = /`([^`]+)`|(https?:\/\/[^\s<>"'`]*[^\s<>"'`.,;:!?)])/g;

/**
 * One of our own sentences as summary HTML: `code` becomes <code>, an http(s)
 * address a link; everything else is escaped as escapeSummaryText escapes it.
 * Never for provider or GitHub text, whose addresses must stay text.
 */
export function richSummaryText(text: string): string {
  let html = '';
  let from = 0;
  for (const match of text.matchAll(CODE_OR_LINK)) {
    html += escapeSummaryText(text.slice(from, match.index));
    const [whole, code, url] = match;
    html +=
      code !== undefined
        ? `<code>${escapeSummaryText(code)}</code>`
        : `<a href="${escapeSummaryText(url ?? '')}">${escapeSummaryText(url ?? '')}</a>`;
    from = match.index + whole.length;
  }
  return html + escapeSummaryText(text.slice(from));
}

/**
 * Someone else's text as an inline Markdown code span (the consent issue): no
 * link, image, tag or emphasis of its own, and no address GitHub turns into a
 * link. The fence is longer than any run of backticks inside; line breaks and
 * controls, which could end the paragraph, become spaces, as in escapeSummaryText.
 */
export function codeSpan(text: string): string {
  const flat = text.replace(BREAKS_AND_CONTROLS, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A space each side keeps a backtick at either end from joining the fence; GitHub trims it.
  const padded = flat.startsWith('`') || flat.endsWith('`') ? ` ${flat} ` : flat;
  return `${fence}${padded}${fence}`;
}
