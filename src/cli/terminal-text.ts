/**
 * Makes text safe to print on a terminal. Escape sequences and control
 * characters in text from outside (a provider's redirect, an echoed argument)
 * could move the cursor, rewrite earlier lines, set the window title or worse.
 */

// ESC or 8-bit CSI, then one whole sequence: CSI parameters, an OSC/DCS/APC/PM/SOS string up to
// its terminator (or the end), or the single character an ESC sequence takes.
const ESCAPE_SEQUENCE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\u001b[\]P^_X]|[\u0090\u0098\u009d-\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\s\S]?/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_BUT_LINE_BREAK_AND_TAB = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;

/** Text for a terminal: no escape sequence, no control character but newline and tab. */
export function terminalSafe(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL_BUT_LINE_BREAK_AND_TAB, '');
}

/**
 * Untrusted text for one line of a message: escape sequences removed, other
 * control characters (newlines too, which could fake a line of our own) turned
 * into a space, and cut to `maxLength` characters.
 */
export function untrustedLine(text: string, maxLength: number): string {
  const clean = text.replace(ESCAPE_SEQUENCE, '').replace(ANY_CONTROL, ' ').trim();
  return clean.length > maxLength ? `${clean.slice(0, maxLength)}…` : clean;
}
