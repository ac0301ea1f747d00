/**
 * A JSON object's bytes (UTF-8) read member by member, and one array member
 * element by element, each value decoded and parsed by JSON.parse only when it
 * is asked for. A page of 5,000 intraday samples then never becomes one 2 MB
 * string nor one tree of 50,000 objects: the JS heap holds one point at a
 * time, and V8's young generation stays small (a month of samples parsed page
 * by page with JSON.parse took the pull to 300 MiB; see the README's pull
 * figures). The scan finds where each value ends (strings and nesting
 * honoured; JSON's structural characters are ASCII, never part of a UTF-8
 * sequence); JSON.parse checks each value it is given, so a malformed value is
 * found when it is read.
 */

/** The members of a JSON object's text, found by a scan, parsed on demand. */
export interface JsonObjectText {
  /** The member's value, parsed; undefined when the object has no such member. */
  member(name: string): unknown;
  /**
   * The elements of the array member `name`, each parsed as it is reached;
   * none when there is no such member. Throws a TypeError when it is not an array.
   */
  elements(name: string): Iterable<unknown>;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Scans `text` (UTF-8 bytes) as one JSON object; throws a SyntaxError when it is not one. */
export function scanJsonObject(text: Uint8Array): JsonObjectText {
  const members = new Map<string, { start: number; end: number }>();
  let at = skipSpace(text, 0);
  expect(text, at, OPEN_BRACE);
  at = skipSpace(text, at + 1);
  if (text[at] === CLOSE_BRACE) {
    at += 1;
  } else {
    for (;;) {
      expect(text, at, QUOTE);
      const keyEnd = stringEnd(text, at);
      const name = JSON.parse(decode(text, at, keyEnd)) as string;
      at = skipSpace(text, keyEnd);
      expect(text, at, COLON);
      const start = skipSpace(text, at + 1);
      const end = valueEnd(text, start);
      members.set(name, { start, end });
      at = skipSpace(text, end);
      if (text[at] === COMMA) {
        at = skipSpace(text, at + 1);
        continue;
      }
      expect(text, at, CLOSE_BRACE);
      at += 1;
      break;
    }
  }
  if (skipSpace(text, at) !== text.length) throw new SyntaxError('JSON: text after the object');
  return {
    member(name) {
      const range = members.get(name);
      return range === undefined ? undefined : JSON.parse(decode(text, range.start, range.end));
    },
    elements(name) {
      const range = members.get(name);
      if (range === undefined) return [];
      if (text[range.start] !== OPEN_BRACKET) {
        throw new TypeError(`JSON: "${name}" is not an array`);
      }
      return arrayElements(text, range.start);
    },
  };
}

/** The elements of the array that opens at `start`, parsed one by one. */
function* arrayElements(text: Uint8Array, start: number): Generator<unknown> {
  let at = skipSpace(text, start + 1);
  if (text[at] === CLOSE_BRACKET) return;
  for (;;) {
    const end = valueEnd(text, at);
    yield JSON.parse(decode(text, at, end));
    at = skipSpace(text, end);
    if (text[at] === CLOSE_BRACKET) return;
    expect(text, at, COMMA);
    at = skipSpace(text, at + 1);
  }
}

/** Just past the JSON value that starts at `start`: a string, an object, an array, a number or a literal. */
function valueEnd(text: Uint8Array, start: number): number {
  const first = text[start];
  if (first === QUOTE) return stringEnd(text, start);
  if (first === OPEN_BRACE || first === OPEN_BRACKET) {
    let depth = 0;
    for (let at = start; at < text.length; at++) {
      const code = text[at];
      if (code === QUOTE) at = stringEnd(text, at) - 1;
      else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth += 1;
      else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        depth -= 1;
        if (depth === 0) return at + 1;
      }
    }
    throw new SyntaxError('JSON: an object or array is not closed');
  }
  let at = start;
  while (at < text.length && !endsScalar(text[at] ?? 0)) at += 1;
  if (at === start) throw new SyntaxError(`JSON: no value at ${start}`);
  return at;
}

/** Just past the closing quote of the string that opens at `start`. */
function stringEnd(text: Uint8Array, start: number): number {
  for (let at = start + 1; at < text.length; at++) {
    const code = text[at];
    if (code === BACKSLASH) at += 1;
    else if (code === QUOTE) return at + 1;
  }
  throw new SyntaxError('JSON: a string is not closed');
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The UTF-8 text of bytes [start, end); throws a TypeError on bytes that are not UTF-8. */
function decode(text: Uint8Array, start: number, end: number): string {
  return decoder.decode(text.subarray(start, end));
}

function endsScalar(code: number): boolean {
  return code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isSpace(code);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function skipSpace(text: Uint8Array, start: number): number {
  let at = start;
  while (at < text.length && isSpace(text[at] ?? 0)) at += 1;
  return at;
}

function expect(text: Uint8Array, at: number, code: number): void {
  if (text[at] !== code) {
    throw new SyntaxError(`JSON: expected '${String.fromCharCode(code)}' at ${at}`);
  }
}
