/**
 * Property-based fuzzing (fast-check) of the two parsers that see untrusted
 * text: the input reader and the token-reply parser. They may only ever fail
 * with the project's own errors, and never echo a secret.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/keeper-action/inputs.js';
import { InputError } from '../../src/lib/errors.js';
import { Redactor } from '../../src/lib/redact.js';
import {
  parseErrorBody,
  parseErrorPrefix,
  rescueRefreshToken,
} from '../../src/oauth/raw-token-reply.js';
import { TokenReplyError } from '../../src/oauth/token-endpoint-errors.js';
import { MAX_LIFETIME_SECONDS, parseTokenReply } from '../../src/oauth/token-reply.js';
import { CONTRACT_INPUTS, SENSITIVE_CONTRACT_INPUTS } from '../helpers/contract.js';

const RUNS = 2_000;

const INPUT_NAMES = CONTRACT_INPUTS;
const SENSITIVE = SENSITIVE_CONTRACT_INPUTS;

/** Plausible and hostile values alike: valid-looking ones make the parser go deeper. */
const inputValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '',
    ' ',
    'google',
    'fitbit',
    'custom',
    'basic',
    'body',
    'auto',
    'true',
    'False',
    'yes',
    'octo/repo',
    'a/b/c',
    'https://example.com/token',
    'http://127.0.0.1:8080/',
    'http://example.com/',
    'https://user:pw@example.com/',
    'FITBIT_REFRESH_TOKEN',
    'GITHUB_X',
    '1BAD',
    '7d',
    '36h',
    '0m',
    'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  ),
);
// Secrets carry a marker so a coincidental match of a short common word cannot pass as a leak.
const secretValue = fc.string({ minLength: 1 }).map((tail) => `S3CR3T-${tail}`);

describe('readInputs under fuzzing', () => {
  it('returns a config or throws an InputError that names an input and echoes no secret', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...INPUT_NAMES), inputValue),
        fc.dictionary(fc.constantFrom(...SENSITIVE), secretValue),
        fc.dictionary(
          fc.constantFrom('GITHUB_REPOSITORY', 'GITHUB_API_URL', 'GITHUB_RUN_ID'),
          inputValue,
        ),
        (plain, secrets, env) => {
          const inputs: Record<string, string> = { ...plain, ...secrets };
          try {
            const config = readInputs((name) => inputs[name], {
              repository: env.GITHUB_REPOSITORY,
              apiUrl: env.GITHUB_API_URL,
              runId: env.GITHUB_RUN_ID,
            });
            expect(Object.isFrozen(config)).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
            const message = (error as InputError).message;
            expect(INPUT_NAMES).toContain((error as InputError).input);
            for (const secret of Object.values(secrets)) {
              expect(message).not.toContain(secret.trim());
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});

const fieldValue = fc.oneof(
  secretValue,
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
  fc.constantFrom('3600', '-1', '0', 'Bearer', 'a b c'),
);
const replyFields = [
  'access_token',
  'refresh_token',
  'id_token',
  'expires_in',
  'scope',
  'token_type',
  'user_id',
  'refresh_token_expires_in',
];

describe('parseTokenReply under fuzzing', () => {
  it('returns a reply or throws a TokenReplyError, masks every credential first, echoes none', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.dictionary(fc.constantFrom(...replyFields), fieldValue), fc.jsonValue()),
        (body) => {
          const masked: string[] = [];
          const credentials = ['access_token', 'refresh_token', 'id_token']
            .map((field) => (body as Record<string, unknown> | null)?.[field])
            .filter((value): value is string => typeof value === 'string' && value !== '');
          try {
            const reply = parseTokenReply(body, (value) => masked.push(value));
            expect(typeof reply.accessToken).toBe('string');
            expect(reply.accessToken).not.toBe('');
            for (const seconds of [reply.expiresIn, reply.refreshTokenExpiresIn]) {
              if (seconds === undefined) continue;
              expect(Number.isInteger(seconds)).toBe(true);
              expect(seconds).toBeGreaterThanOrEqual(0);
              expect(seconds).toBeLessThanOrEqual(MAX_LIFETIME_SECONDS);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(TokenReplyError);
            const message = (error as Error).message;
            const strings = Object.values((body as Record<string, unknown>) ?? {}).filter(
              (value): value is string => typeof value === 'string' && value.startsWith('S3CR3T-'),
            );
            for (const value of strings) expect(message).not.toContain(value);
          }
          const isObject = typeof body === 'object' && body !== null && !Array.isArray(body);
          if (isObject) for (const credential of credentials) expect(masked).toContain(credential);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('rescueRefreshToken and parseErrorPrefix never throw, and mask what they return', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json().map((json) => json.slice(0, Math.max(0, json.length - 3))),
          fc
            .tuple(fc.string(), fc.string())
            .map(([token, tail]) => `{"refresh_token":${JSON.stringify(token)}${tail}`),
        ),
        (text) => {
          const masked: string[] = [];
          const rescued = rescueRefreshToken(text, (value) => masked.push(value));
          if (rescued !== undefined) expect(masked).toContain(rescued);
          const parsed = parseErrorPrefix(text);
          expect(parsed.code === undefined || typeof parsed.code === 'string').toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('parseErrorBody never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const parsed = parseErrorBody(text);
        expect(parsed.code === undefined || typeof parsed.code === 'string').toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('Redactor under fuzzing', () => {
  it('no known secret of six or more characters survives redaction, wherever it stands', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 6 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.string(), { maxLength: 5 }),
        (secrets, filler) => {
          const redactor = new Redactor();
          for (const secret of secrets) redactor.add(secret);
          const text = filler
            .flatMap((part, index) => [part, secrets[index % secrets.length]])
            .join('');
          const clean = redactor.redactUntrusted(`${text}${secrets.join(' ')}`);
          for (const secret of secrets) {
            // A secret can reappear only if the marker itself spells it.
            if (!'[redacted]'.includes(secret)) expect(clean).not.toContain(secret);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  // Shorter ones are redacted only as whole tokens, so that prose keeps its words.
  it('no shorter secret survives where it stands between spaces', () => {
    const shortSecret = fc.string({ minLength: 1, maxLength: 5 }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(
        fc.array(shortSecret, { minLength: 1, maxLength: 4 }),
        fc.array(fc.string(), { maxLength: 5 }),
        (secrets, filler) => {
          const redactor = new Redactor();
          for (const secret of secrets) redactor.add(secret);
          const text = filler
            .flatMap((part, index) => [part, ` ${secrets[index % secrets.length]} `])
            .join('');
          const clean = redactor.redactUntrusted(`${text} ${secrets.join(' ')} `);
          for (const secret of secrets) {
            if (!'[redacted]'.includes(secret)) expect(clean).not.toContain(` ${secret} `);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
