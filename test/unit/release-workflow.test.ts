/**
 * The release is as safe as what it ships: the publishing job holds no
 * long-lived npm token, leaves no credential in the checkout, runs no package
 * script, publishes only a commit of the default branch, and never moves the
 * major tag back to an older release (scripts/newest-release.sh, run here).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  jobs: Record<string, { permissions?: Record<string, string>; steps?: Step[] }>;
}

const text = readFileSync('.github/workflows/release.yml', 'utf8');
const workflow = parse(text) as Workflow;
const publish = workflow.jobs.publish;
const steps = publish?.steps ?? [];
const scripts = steps.map((step) => step.run ?? '').join('\n');

function newestRelease(major: string, tags: string[]): string {
  return execFileSync('bash', ['scripts/newest-release.sh', major], {
    input: `${tags.join('\n')}\n`,
    encoding: 'utf8',
  }).trim();
}

describe('release.yml, the publishing job', () => {
  it('publishes through npm trusted publishing: an OIDC token, no npm token anywhere', () => {
    expect(publish?.permissions?.['id-token']).toBe('write');
    expect(text).not.toMatch(/NPM_TOKEN|NODE_AUTH_TOKEN/);
    expect(scripts).toMatch(/npm publish/);
  });

  it('checks out without persisting the job token in .git/config', () => {
    const checkouts = steps.filter((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const checkout of checkouts) expect(checkout.with?.['persist-credentials']).toBe(false);
  });

  it('runs no package script: nothing installed with scripts, npm publish with --ignore-scripts', () => {
    for (const line of scripts.split('\n')) {
      if (/\bnpm (ci|install|i)\b/.test(line)) expect(line).toMatch(/--ignore-scripts/);
      if (/\bnpm publish\b/.test(line)) expect(line).toMatch(/--ignore-scripts/);
    }
  });

  it('publishes only a tag whose commit is on the default branch, checked before publishing', () => {
    const check = steps.findIndex((step) => /compare\/\$GITHUB_SHA\.\.\./.test(step.run ?? ''));
    const publishing = steps.findIndex((step) => /npm publish/.test(step.run ?? ''));
    expect(check).toBeGreaterThanOrEqual(0);
    expect(check).toBeLessThan(publishing);
    expect(steps[check]?.run).toMatch(/"ahead".*"identical"|"identical".*"ahead"/s);
  });

  it('moves the major tag only to the newest release of its line', () => {
    const move = steps.find((step) => /refs\/tags\/\$major/.test(step.run ?? ''));
    expect(move?.run).toMatch(/scripts\/newest-release\.sh "\$major"/);
    expect(move?.run).toMatch(/if \[ "\$newest" != "\$GITHUB_REF_NAME" \]/);
  });
});

describe('scripts/newest-release.sh', () => {
  it('picks the highest release by version order, not by text', () => {
    expect(newestRelease('v1', ['v1.2.3', 'v1.10.0', 'v1.9.9'])).toBe('v1.10.0');
  });

  it('leaves out prereleases, other majors and refs/tags/ prefixes', () => {
    const tags = ['refs/tags/v1.3.0', 'refs/tags/v1.4.0-rc.1', 'refs/tags/v10.0.0', 'v2.0.0'];
    expect(newestRelease('v1', tags)).toBe('v1.3.0');
  });

  it('so an older line released later does not take the major tag back', () => {
    expect(newestRelease('v1', ['v1.3.0', 'v1.2.4'])).not.toBe('v1.2.4');
  });

  it('prints nothing when the line has no release', () => {
    expect(newestRelease('v3', ['v1.0.0', 'v2.0.0'])).toBe('');
  });
});

describe('.github/dependabot.yml', () => {
  const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as {
    updates: { 'package-ecosystem': string; directory?: string; directories?: string[] }[];
  };
  const ecosystem = (name: string) =>
    config.updates.find((update) => update['package-ecosystem'] === name);

  it('keeps the SHA pins of our workflows and of the examples people copy up to date', () => {
    expect(ecosystem('github-actions')?.directories).toEqual(
      expect.arrayContaining(['/.github/workflows', '/examples']),
    );
  });

  it('keeps the npm packages the bundles carry up to date', () => {
    expect(ecosystem('npm')?.directory).toBe('/');
  });
});
