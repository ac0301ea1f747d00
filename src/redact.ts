/**
 * Removes secrets from text before it is printed. Known values (tokens sent or
 * received, the client secret, codes) are replaced wherever they occur; provider
 * messages also get a pattern pass, because they may echo values we never saw
 * (Fitbit's invalid_grant message quotes the refresh token).
 */
const REDACTED = '[redacted]';

// Long runs of token alphabet that contain a digit: opaque tokens, JWT parts, hex.
const TOKEN_LIKE = /[A-Za-z0-9_~+/-]{20,}={0,2}(?:\.[A-Za-z0-9_~+/-]{8,}={0,2}){0,2}/g;

export class Redactor {
  private readonly secrets = new Set<string>();

  /** Remember a value that must never be printed. Short values are ignored: too many false hits. */
  add(value: string | undefined): void {
    if (value && value.length >= 4) this.secrets.add(value);
  }

  /** Replace every known secret. Longest first, so a value containing another is caught whole. */
  redact(text: string): string {
    let out = text;
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
      out = out.split(secret).join(REDACTED);
    }
    return out;
  }

  /** For text that came from a provider: known secrets, then anything shaped like a token. */
  redactUntrusted(text: string): string {
    return this.redact(text).replace(TOKEN_LIKE, (match, offset: number, whole: string) =>
      /\d/.test(match) && !insideUrl(whole, offset) ? REDACTED : match,
    );
  }
}

/**
 * True when the text at `offset` is in the path of a URL, so documentation links
 * stay readable. Query strings and fragments are not spared: they may carry codes.
 */
function insideUrl(text: string, offset: number): boolean {
  const wordStart = Math.max(text.lastIndexOf(' ', offset), text.lastIndexOf('\n', offset)) + 1;
  const before = text.slice(wordStart, offset);
  return /^[a-z][a-z0-9+.-]*:\/\/[^?#=]*$/i.test(before);
}
