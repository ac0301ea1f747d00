/**
 * describeFailure speaks to two audiences: the action's log (a workflow to
 * re-run, a re-seed workflow) and a person at the command (who runs
 * `fitbit-token-keeper authorize` again). The action's wording is pinned by a
 * snapshot of every message, taken before the audience existed.
 */
import { describe, expect, it } from 'vitest';
import { GitHubApiError } from '../../src/github/errors.js';
import { describeFailure } from '../../src/grant/failure.js';
import type { Stage } from '../../src/grant/stage.js';
import { InputError } from '../../src/lib/errors.js';
import { Redactor } from '../../src/lib/redact.js';
import { PROVIDERS } from '../../src/oauth/providers.js';
import {
  TokenEndpointError,
  type TokenFailureKind,
} from '../../src/oauth/token-endpoint-errors.js';

const STAGES: readonly Stage[] = [
  'inputs',
  'preflight',
  'exchange',
  'store',
  'stored',
  'unchanged',
];
const KINDS: readonly TokenFailureKind[] = [
  'invalid_grant',
  'invalid_client',
  'retired',
  'rejected',
  'server',
  'network',
  'malformed',
];
const ERRORS: ReadonlyArray<readonly [string, unknown]> = [
  ...KINDS.map(
    (kind) =>
      [kind, new TokenEndpointError(`The token endpoint answered ${kind}`, kind, 400)] as const,
  ),
  [
    'github 403',
    new GitHubApiError('Could not write the secret (HTTP 403)', 403, 'Give the token more rights.'),
  ],
  ['input', new InputError('client-id', 'is required: the OAuth client id')],
  ['plain', new Error('boom')],
];

/** Every message an audience can get: each stage, provider, mode and kind of error. */
function everyMessage(audience?: 'action' | 'command'): string[] {
  const lines: string[] = [];
  for (const stage of STAGES) {
    for (const provider of [PROVIDERS.fitbit, PROVIDERS.google, PROVIDERS.custom, undefined]) {
      for (const reseed of [false, true]) {
        for (const [label, error] of ERRORS) {
          const situation = { stage, provider, secret: 'FITBIT_REFRESH_TOKEN', reseed };
          const message =
            audience === undefined
              ? describeFailure(error, situation, new Redactor())
              : describeFailure(error, situation, new Redactor(), audience);
          lines.push(
            `${stage} ${provider?.name ?? '-'} ${reseed ? 'reseed' : 'refresh'} ${label}: ${message}`,
          );
        }
      }
    }
  }
  return lines;
}

describe('describeFailure for the action', () => {
  it('keeps every message of the action word for word (the default audience)', async () => {
    const messages = everyMessage();
    await expect(`${messages.join('\n')}\n`).toMatchFileSnapshot(
      '__snapshots__/failure-action-wording.txt',
    );
    expect(everyMessage('action')).toEqual(messages);
  });
});

describe('describeFailure for the command', () => {
  const messages = everyMessage('command');

  it('never tells a person at a terminal to re-run a workflow or a re-seed', () => {
    const workflowTalk = messages.filter((line) => /workflow|re-seed|re-run/i.test(line));
    expect(workflowTalk).toEqual([]);
  });

  it('names command flags, not action inputs', () => {
    const inputTalk = messages.filter((line) =>
      /client-auth|provider: google|check token-url/.test(line),
    );
    expect(inputTalk).toEqual([]);
    expect(messages.join('\n')).toMatch(/check --client-id and --client-secret/);
    expect(messages.join('\n')).toMatch(/pass --provider google/);
  });

  it('says to run fitbit-token-keeper authorize again wherever the consent must be repeated', () => {
    const reseedFailures = messages.filter((line) =>
      /^(preflight|exchange|store) \S+ reseed /.test(line),
    );
    expect(reseedFailures.length).toBeGreaterThan(0);
    for (const line of reseedFailures) {
      expect(line).toMatch(/run `?fitbit-token-keeper authorize`? again/i);
    }
  });
});
