/**
 * What a person pastes after consent: a bare authorization code, or any text
 * holding the address the consent redirect landed on (`…?code=…&state=…`),
 * which a phone shows when the loopback page fails to load. The code is taken
 * from that address; an `error=` there (e.g. access_denied) is a clear error.
 */
import { InputError } from '../lib/errors.js';

export interface ConsentAnswer {
  readonly code: string;
  /** The `state` of the pasted address, when there was one. */
  readonly state: string | undefined;
  /** The pasted address (or bare query) the code was read from; undefined for a bare code. */
  readonly address: string | undefined;
}

const URL_IN_TEXT = /[a-z][a-z0-9+.-]*:\/\/[^\s<>"'`]+/i;
const QUERY_IN_TEXT = /(?:^|[?&#\s])((?:code|error|state)=[^\s<>"'`]*)/;
const ERROR_CODE = /^[A-Za-z0-9_.-]{1,64}$/;

export function readConsentAnswer(input: string, text: string): ConsentAnswer {
  const found = redirectIn(text);
  if (found === undefined) return { code: text.trim(), state: undefined, address: undefined };
  const { params, address } = found;
  const error = params.get('error');
  if (error !== null) {
    const shown = ERROR_CODE.test(error) ? error : 'an unreadable error';
    throw new InputError(
      input,
      error === 'access_denied'
        ? 'holds the consent redirect with error=access_denied: access was not allowed, so there is no code. Open the consent link again and allow access (for a Google app in "Testing", your account must be one of its test users)'
        : `holds the consent redirect with error=${shown} instead of a code. Open the consent link again`,
    );
  }
  const code = params.get('code');
  if (!code) {
    throw new InputError(
      input,
      'holds an address without a code parameter: paste the whole address the consent redirect landed on',
    );
  }
  return { code, state: params.get('state') ?? undefined, address };
}

/** The redirect address in the text and its query parameters; undefined for a bare code. */
function redirectIn(text: string): { address: string; params: URLSearchParams } | undefined {
  const url = URL_IN_TEXT.exec(text)?.[0];
  if (url !== undefined) {
    const params = new URL(url).searchParams;
    if (params.has('code') || params.has('error')) return { address: url, params };
  }
  const query = QUERY_IN_TEXT.exec(text);
  if (query?.[1] === undefined) return undefined;
  const address = text.slice(text.indexOf(query[1])).split(/\s/)[0] ?? '';
  const params = new URLSearchParams(address);
  return params.has('code') || params.has('error') ? { address, params } : undefined;
}
