/**
 * `fitbit-token-keeper authorize --timeout`: one clock for the whole command.
 * Each test leaves the command seconds for what comes before the step it cuts
 * short, however loaded the machine, and that step never ends by itself (its
 * reply never comes): the command ends because the time is up, and says so.
 */
import { describe, expect, it } from 'vitest';
import {
  consentInBrowser,
  expectNoSecrets,
  READER,
  TARGET,
  useAuthorizeWorld,
} from '../helpers/authorize-world.js';

const { world, googleAuthorize } = useAuthorizeWorld();

describe('authorize --timeout', () => {
  it('gives up after --timeout with a clear message', async () => {
    const { command } = await googleAuthorize(['--timeout', '3']);
    await command.waitForLine(/^https?:\/\//); // waiting for the consent, which never comes
    const result = await command.done;
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/--timeout of 3 s was reached/);
    expect(result.stderr).toMatch(/No consent arrived/);
  });

  it('bounds the GitHub preflight by --timeout too', async () => {
    const isKeyRead = (method: string, path: string) =>
      method === 'GET' && path.endsWith('/public-key');
    world.github.faults.push({ hang: true, match: isKeyRead });
    try {
      const before = world.github.requests.length;
      const { command } = await googleAuthorize(['--timeout', '2']);
      const result = await command.done;
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toMatch(/--timeout of 2 s was reached/);
      // The key read had gone out and was still unanswered when the time was up.
      const sent = world.github.requests.slice(before);
      expect(sent.filter((r) => isKeyRead(r.method, r.path))).toHaveLength(1);
      expect(result.stdout).toBe('');
      expectNoSecrets(result);
    } finally {
      world.github.faults.clear();
    }
  });

  it('bounds the token exchange by --timeout too', async () => {
    const tokenPath = new URL(world.google.tokenUrl).pathname;
    const isExchange = (method: string, path: string) => method === 'POST' && path === tokenPath;
    world.google.faults.push({ hang: true, match: isExchange });
    try {
      const before = world.google.requests.length;
      const { command } = await googleAuthorize(['--timeout', '5', '--secret-name', 'SLOW_TOKEN']);
      await consentInBrowser(command);
      const result = await command.done;
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toMatch(/--timeout of 5 s was reached/);
      expect(result.stderr).toMatch(/token endpoint/);
      const sent = world.google.requests.slice(before);
      expect(sent.filter((r) => isExchange(r.method, r.path))).toHaveLength(1);
      expect(world.github.secretValue(TARGET, 'SLOW_TOKEN')).toBeUndefined();
      expectNoSecrets(result);
    } finally {
      world.google.faults.clear();
    }
  });

  it.each([
    ['over 24 hours', '86401'],
    ['zero', '0'],
    ['negative', '-5'],
    ['not a number', 'soon'],
    ['empty', ''],
  ])('refuses a --timeout that is %s as a usage error, before any request', async (_, value) => {
    const before = world.github.requests.length;
    const { command } = await googleAuthorize([`--timeout=${value}`]);
    const result = await command.done;
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/--timeout/);
    expect(result.stderr).toMatch(/--help/);
    expect(result.stdout).toBe('');
    expect(world.github.requests.length).toBe(before);
  });

  it('accepts a --timeout of exactly 24 hours', async () => {
    const { command } = await googleAuthorize(['--timeout', '86400'], { GH_TOKEN: READER });
    const result = await command.done;
    // It got as far as GitHub, which refuses the read-only token.
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('HTTP 403');
  });
});
