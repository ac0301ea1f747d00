/**
 * Removes secrets from text before it is printed. Known values (tokens sent or
 * received, the client secret, codes) are replaced wherever they occur, in every
 * encoding they may come back in; provider messages also get a pattern pass,
 * because they may echo values we never saw (Fitbit's invalid_grant message
 * quotes the refresh token).
 */
const REDACTED = '[redacted]';

/** Shorter values are redacted only as a whole token: "ab" must not cut up "about". */
const WHOLE_TOKEN_BELOW = 6;
const STARTS_WITH_WORD = /^[\p{L}\p{N}]/u;
const ENDS_WITH_WORD = /[\p{L}\p{N}]$/u;

// Long runs of token alphabet that contain a digit: opaque tokens, JWT parts, hex.
const TOKEN_LIKE = /[A-Za-z0-9_~+/-]{20,}={0,2}(?:\.[A-Za-z0-9_~+/-]{8,}={0,2}){0,2}/g;

export class Redactor {
  /** Each form of each secret, and whether it is redacted only where it stands alone. */
  private readonly secrets = new Map<string, boolean>();

  /** Remember a value that must never be printed, with each form it may be echoed in. */
  add(value: string | undefined): void {
    if (!value) return;
    for (const form of encodedForms(value)) {
      if (form.trim()) this.secrets.set(form, form.length < WHOLE_TOKEN_BELOW);
    }
  }

  /** Replace every known secret. Longest first, so a value containing another is caught whole. */
  redact(text: string): string {
    let out = text;
    for (const [secret, alone] of [...this.secrets].sort(([a], [b]) => b.length - a.length)) {
      out = alone ? replaceWholeTokens(out, secret) : out.split(secret).join(REDACTED);
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

/** The non-empty lines of a value, trimmed: a log line shows at most one of them. */
export function secretLines(value: string): string[] {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * The value, and each of its lines, as sent in a form or URL, as quoted inside a
 * JSON string, and in base64 (alone, or inside a longer base64 text such as a
 * Basic header or a JWT, whose parts are themselves form-encoded or JSON).
 */
function encodedForms(value: string): Set<string> {
  const forms = new Set<string>();
  for (const piece of new Set([value, value.trim(), ...secretLines(value)])) {
    for (const text of new Set(textForms(piece))) {
      forms.add(text);
      for (const encoded of base64Forms(text)) forms.add(encoded);
    }
  }
  return forms;
}

function textForms(piece: string): string[] {
  const json = JSON.stringify(piece).slice(1, -1);
  return [
    piece,
    encodeURIComponent(piece),
    new URLSearchParams({ v: piece }).toString().slice(2),
    json,
    json.replaceAll('/', '\\/'), // as PHP and some Java libraries escape it
  ];
}

function base64Forms(text: string): string[] {
  const bytes = Buffer.from(text, 'utf8');
  const forms = [bytes.toString('base64'), bytes.toString('base64url')];
  // Inside longer data the characters at the edges mix with the neighbours' bits. The
  // inner parts of short values are too short to tell apart from ordinary words.
  if (text.length < WHOLE_TOKEN_BELOW) return forms;
  for (const shift of [0, 1, 2]) {
    const inner = innerBase64(bytes, shift);
    forms.push(inner, inner.replaceAll('+', '-').replaceAll('/', '_'));
  }
  return forms;
}

/** The base64 characters that depend on `bytes` alone when they start `shift` bytes into a 3-byte group. */
function innerBase64(bytes: Buffer, shift: number): string {
  const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
  const first = Math.ceil((shift * 8) / 6);
  const end = Math.floor(((shift + bytes.length) * 8) / 6);
  return encoded.slice(first, end);
}

/** Replaces `secret` where it is not part of a longer run of letters and digits. */
function replaceWholeTokens(text: string, secret: string): string {
  let out = '';
  let copied = 0;
  let at = text.indexOf(secret);
  while (at !== -1) {
    const end = at + secret.length;
    if (standsAlone(text, at, end)) {
      out += `${text.slice(copied, at)}${REDACTED}`;
      copied = end;
      at = text.indexOf(secret, end);
    } else {
      at = text.indexOf(secret, at + 1);
    }
  }
  return out + text.slice(copied);
}

/** False when text[start, end) continues a word on either side (two units: astral letters). */
function standsAlone(text: string, start: number, end: number): boolean {
  const joinsBefore =
    STARTS_WITH_WORD.test(text.slice(start, end)) &&
    ENDS_WITH_WORD.test(text.slice(Math.max(0, start - 2), start));
  const joinsAfter =
    ENDS_WITH_WORD.test(text.slice(start, end)) && STARTS_WITH_WORD.test(text.slice(end, end + 2));
  return !joinsBefore && !joinsAfter;
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
