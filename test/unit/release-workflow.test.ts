/**
 * The release is as safe as what it ships: the publishing job runs in the
 * protected `release` environment that npm's trusted publisher names, holds no
 * long-lived npm token, leaves no credential in the checkout, runs no package
 * script, publishes only a commit of the default branch, and never moves the
 * major tag back to an older release (scripts/newest-release.sh, run here);
 * the README tells the admin how to set the environment, the publisher and the
 * tag ruleset up, and people how to pin the action by commit.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  jobs: Record<
    string,
    {
      permissions?: Record<string, string>;
      environment?: string | { name: string; url?: string };
      steps?: Step[];
    }
  >;
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

const readme = readFileSync('README.md', 'utf8');

/** The README's `### Releases` section. */
function releasesSection(): string {
  const start = readme.indexOf('\n### Releases\n');
  expect(start).toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end).replace(/\s+/g, ' ');
}

describe('release.yml, the publishing job', () => {
  it('runs in the protected release environment, which npm trusted publishing is tied to', () => {
    const environment = publish?.environment;
    expect(typeof environment === 'string' ? environment : environment?.name).toBe('release');
    // The job that asks npm for the OIDC token is the job in the environment: no other has id-token.
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (name !== 'publish') expect(job.permissions?.['id-token']).toBeUndefined();
    }
    expect(text).toMatch(
      /Trusted publishing → GitHub Actions:\s*#?\s*this repository, workflow file release\.yml, environment `release`/,
    );
  });

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

describe('release.yml, the major tag a ruleset may refuse to move', () => {
  const move = steps.find((step) => /refs\/tags\/\$major/.test(step.run ?? ''));

  /** Runs the step as the runner does (bash -eo pipefail), with a `gh` that answers as GitHub would. */
  function runMove(patch: 'refused' | 'accepted') {
    const bin = mkdtempSync(join(tmpdir(), 'ftk-gh-'));
    try {
      const gh = join(bin, 'gh');
      writeFileSync(
        gh,
        [
          '#!/usr/bin/env bash',
          'case "$*" in',
          '  *matching-refs*) echo refs/tags/v1.2.3; echo refs/tags/v1.3.0 ;;',
          `  *"--method PATCH"*) ${patch === 'refused' ? 'echo "gh: Repository rule violations found (HTTP 422)" >&2; exit 1' : 'echo "{}"'} ;;`,
          '  *) echo "{}" ;;',
          'esac',
        ].join('\n'),
      );
      chmodSync(gh, 0o755);
      return spawnSync(
        'bash',
        ['--noprofile', '--norc', '-eo', 'pipefail', '-c', move?.run ?? ''],
        {
          encoding: 'utf8',
          env: {
            PATH: `${bin}:${process.env.PATH}`,
            GITHUB_REF_NAME: 'v1.3.0',
            GITHUB_REPOSITORY: 'octo/fitbit-token-keeper',
            GITHUB_SHA: 'a'.repeat(40),
          },
        },
      );
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  }

  it('moves it when GitHub lets the job', () => {
    const run = runMove('accepted');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('v1 now points at v1.3.0');
  });

  it('warns, with the commands a maintainer runs, when the tag ruleset refuses the job, and goes on', () => {
    const run = runMove('refused');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /^::warning::v1 was not moved to v1\.3\.0 \(gh: Repository rule violations found \(HTTP 422\)\)\. .*git tag -f v1 a{40} && git push -f origin v1$/m,
    );
  });
});

describe('README, Releases: what an admin sets up once', () => {
  it('a release environment with required reviewers, deploying only from v* tags', () => {
    const section = releasesSection();
    expect(section).toMatch(/protected `release` environment/);
    expect(section).toMatch(/_Required reviewers_/);
    expect(section).toMatch(/_Selected branches and tags_ with the one rule _Tag_ `v\*`/);
  });

  it("npm's trusted publisher naming that environment", () => {
    expect(releasesSection()).toMatch(
      /Trusted publishing → GitHub Actions_\): .*workflow file `release\.yml`, environment `release`/,
    );
  });

  it('a tag ruleset for v* that lets only maintainers create, move or delete release tags', () => {
    const section = releasesSection();
    expect(section).toMatch(/tag ruleset.*pattern `v\*`/);
    for (const rule of [
      'Restrict creations',
      'Restrict updates',
      'Restrict deletions',
      'Block force pushes',
    ]) {
      expect(section).toContain(`_${rule}_`);
    }
  });

  it('and shows people how to pin the action by commit SHA beside @v1', () => {
    const pins = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)]
      .map((match) => match[1] ?? '')
      .find(
        (yaml) =>
          /fitbit-token-keeper@v1 /.test(yaml) &&
          /fitbit-token-keeper@<full commit SHA> # v\d/.test(yaml),
      );
    expect(pins).toBeDefined();
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
