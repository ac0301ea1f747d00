import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors.js';
import { readConsentAnswer } from '../../src/oauth/consent-answer.js';

const CODE = '4/0AfJohXkQ9-abc_DEF';

describe('readConsentAnswer', () => {
  it('keeps a bare code as it is (trimmed)', () => {
    expect(readConsentAnswer('code', `  ${CODE}\n`)).toEqual({
      code: CODE,
      state: undefined,
      address: undefined,
    });
  });

  it('takes code and state from the whole redirect address', () => {
    const address = `http://127.0.0.1:8080/?state=st-1&code=${encodeURIComponent(CODE)}&scope=a+b`;
    expect(readConsentAnswer('code', address)).toEqual({ code: CODE, state: 'st-1', address });
  });

  it('finds the address inside pasted prose, on any line', () => {
    const address = `https://www.google.com/?code=${encodeURIComponent(CODE)}&state=xyz`;
    const text = `Here it is:\n${address}\nthanks!`;
    expect(readConsentAnswer('code', text)).toEqual({ code: CODE, state: 'xyz', address });
  });

  it('reads a pasted query string without the host', () => {
    const query = `?state=s&code=${encodeURIComponent(CODE)}`;
    expect(readConsentAnswer('code', `see ${query} here`)).toEqual({
      code: CODE,
      state: 's',
      address: query.slice(1), // from its first parameter on
    });
  });

  it('fails clearly on error=access_denied, naming the input', () => {
    let caught: unknown;
    try {
      readConsentAnswer('code', 'http://127.0.0.1:8080/?error=access_denied&state=s');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).input).toBe('code');
    expect((caught as InputError).message).toMatch(/access_denied: access was not allowed/);
  });

  it('never echoes an unreadable error value', () => {
    expect(() => readConsentAnswer('code', '?error=%0A%3A%3Astop-commands%3A%3Ax')).toThrow(
      /error=an unreadable error/,
    );
  });

  it('asks for the whole address when the pasted one has no code', () => {
    expect(() => readConsentAnswer('code', 'http://127.0.0.1:8080/?code=&state=s')).toThrow(
      /without a code parameter/,
    );
  });

  it('leaves a code that merely contains = or & alone when it is not an address', () => {
    expect(readConsentAnswer('code', 'abc=def')).toEqual({
      code: 'abc=def',
      state: undefined,
      address: undefined,
    });
  });
});
