/**
 * action.yml is the contract's face in a workflow: every input and output of
 * interface.md, each described with its default, run by node24 from dist/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SENSITIVE_INPUTS } from '../../src/keeper-action/inputs.js';
import {
  CONTRACT_INPUTS,
  CONTRACT_OUTPUTS,
  SENSITIVE_CONTRACT_INPUTS,
} from '../helpers/contract.js';

interface ActionMetadata {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
}

const metadata = parse(readFileSync('action.yml', 'utf8')) as ActionMetadata;
const pullMetadata = parse(readFileSync('pull/action.yml', 'utf8')) as ActionMetadata;

describe('action.yml', () => {
  it('declares exactly the inputs and outputs of the contract', () => {
    expect(Object.keys(metadata.inputs).sort()).toEqual([...CONTRACT_INPUTS].sort());
    expect(Object.keys(metadata.outputs).sort()).toEqual([...CONTRACT_OUTPUTS].sort());
  });

  it('masks exactly the inputs the contract calls sensitive', () => {
    expect([...SENSITIVE_INPUTS].sort()).toEqual([...SENSITIVE_CONTRACT_INPUTS].sort());
  });

  it('describes every input with its default', () => {
    for (const [name, input] of Object.entries(metadata.inputs)) {
      expect(input.description, name).toMatch(/Default|Required; no default/);
    }
    for (const [name, output] of Object.entries(metadata.outputs)) {
      expect(output.description.length, name).toBeGreaterThan(5);
    }
  });

  it('has the contract defaults', () => {
    expect(metadata.inputs.provider?.default).toBe('google');
    expect(metadata.inputs['secret-name']?.default).toBe('FITBIT_REFRESH_TOKEN');
    expect(metadata.inputs['export-variable']?.default).toBe('FITBIT_ACCESS_TOKEN');
    expect(metadata.inputs['client-auth']?.default).toBe('auto');
    expect(metadata.inputs['dry-run']?.default).toBe('false');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
    expect(metadata.inputs.repository?.default).toBe('${{ github.repository }}');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
    expect(metadata.inputs['github-api-url']?.default).toBe('${{ github.api_url }}');
    expect(metadata.inputs['client-id']?.required).toBe(true);
    expect(metadata.inputs['github-token']?.required).toBe(true);
  });

  it('runs the committed bundle on node24, with branding', () => {
    expect(metadata.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(metadata.branding.icon).toBeTruthy();
    expect(metadata.branding.color).toBeTruthy();
  });
});

describe('example workflows', () => {
  const examples = readdirSync('examples').filter((file) => file.endsWith('.yml'));

  interface Concurrency {
    group?: string;
    'cancel-in-progress'?: boolean;
  }
  interface Workflow {
    concurrency?: Concurrency;
    jobs: Record<
      string,
      { concurrency?: Concurrency; steps: { uses?: string; with?: Record<string, unknown> }[] }
    >;
  }

  it('exist', () => {
    expect(examples).toEqual(expect.arrayContaining(['keep-alive.yml', 'reseed.yml']));
  });

  /**
   * The kind of run a job is, by what it does: a re-seed exchanges a code, a pull
   * runs the pull action, anything else that uses the grant keeps it alive.
   */
  function kindOf(job: Workflow['jobs'][string]): 'reseed' | 'pull' | 'keep' {
    const ours = job.steps.filter((step) => step.uses?.includes('fitbit-token-keeper'));
    if (
      ours.some(
        (step) => step.with?.code !== undefined || step.with?.['code-verifier'] !== undefined,
      )
    )
      return 'reseed';
    if (ours.some((step) => step.uses?.includes('fitbit-token-keeper/pull@'))) return 'pull';
    return 'keep';
  }

  // At workflow or job level (an issue_comment workflow gates its job first). One group per
  // kind of run, so a keep-alive queued behind another never replaces a pending backfill or
  // re-seed (a group keeps one pending run); never cancelled, so no rotation is cut short.
  it.each(examples)(
    '%s runs every job that uses the grant in the group of its kind and never cancels a run in progress',
    (file) => {
      const workflow = parse(readFileSync(`examples/${file}`, 'utf8')) as Workflow;
      const jobs = Object.values(workflow.jobs).filter((job) =>
        job.steps.some((step) => step.uses?.includes('fitbit-token-keeper')),
      );
      expect(jobs.length).toBeGreaterThan(0);
      for (const job of jobs) {
        const concurrency = job.concurrency ?? workflow.concurrency;
        expect(concurrency?.group, file).toBe(
          `fitbit-token-keeper-${kindOf(job)}-\${{ github.repository }}`,
        );
        expect(concurrency?.['cancel-in-progress'], file).toBe(false);
      }
    },
  );

  it('the keep-alive, the pulls and the re-seeds are three kinds, each with its own group', () => {
    const kinds = new Map<string, string[]>();
    for (const file of examples) {
      const workflow = parse(readFileSync(`examples/${file}`, 'utf8')) as Workflow;
      for (const job of Object.values(workflow.jobs)) {
        if (!job.steps.some((step) => step.uses?.includes('fitbit-token-keeper'))) continue;
        kinds.set(kindOf(job), [...(kinds.get(kindOf(job)) ?? []), file]);
      }
    }
    expect(Object.fromEntries(kinds)).toEqual({
      keep: ['keep-alive.yml', 'oura.yml', 'strava.yml', 'whoop.yml', 'withings.yml'],
      pull: ['pull-backfill.yml', 'pull-data.yml', 'several-accounts.yml'],
      reseed: ['reseed-from-issue.yml', 'reseed.yml'],
    });
  });

  it('several-accounts.yml pulls each account into a folder of its own', () => {
    const workflow = parse(readFileSync('examples/several-accounts.yml', 'utf8')) as Workflow & {
      jobs: Record<string, { strategy?: { matrix?: { include?: { account: string }[] } } }>;
    };
    const matrixJob = Object.values(workflow.jobs).find((job) => job.strategy?.matrix);
    const accounts = matrixJob?.strategy?.matrix?.include?.map((entry) => entry.account) ?? [];
    expect(accounts.length).toBeGreaterThan(1);
    const pullStep = matrixJob?.steps.find((step) =>
      step.uses?.includes('fitbit-token-keeper/pull@'),
    );
    const keeperStep = matrixJob?.steps.find((step) =>
      /fitbit-token-keeper@/.test(step.uses ?? ''),
    );
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression
    expect(pullStep?.with?.folder).toBe('data/${{ matrix.account }}');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression
    expect(keeperStep?.with?.['refresh-token']).toBe('${{ secrets[matrix.secret] }}');
  });

  it.each(examples)('%s passes only inputs the action it uses declares', (file) => {
    const workflow = parse(readFileSync(`examples/${file}`, 'utf8')) as Workflow;
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const ours = steps.filter((step) => step.uses?.includes('fitbit-token-keeper'));
    expect(ours.length).toBeGreaterThan(0);
    for (const step of ours) {
      const declared = step.uses?.includes('fitbit-token-keeper/pull@') ? pullMetadata : metadata;
      for (const input of Object.keys(step.with ?? {})) {
        expect(Object.keys(declared.inputs), `${file}: ${step.uses}: ${input}`).toContain(input);
      }
    }
  });

  // The account a re-seed is checked against survives the grant only when every workflow hands
  // it back (README and interface: grant-account).
  it.each(examples)(
    '%s hands the keeper the recorded account of its secret as grant-account',
    (file) => {
      const workflow = parse(readFileSync(`examples/${file}`, 'utf8')) as Workflow;
      const keepers = Object.values(workflow.jobs)
        .flatMap((job) => job.steps)
        .filter((step) => /fitbit-token-keeper@/.test(step.uses ?? ''));
      expect(keepers.length).toBeGreaterThan(0);
      for (const step of keepers) {
        const secret = String(step.with?.['secret-name'] ?? 'FITBIT_REFRESH_TOKEN');
        const expected = secret.includes('matrix.secret')
          ? // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
            "${{ secrets[format('{0}_ACCOUNT', matrix.secret)] }}"
          : `\${{ secrets.${secret}_ACCOUNT }}`;
        expect(step.with?.['grant-account'], file).toBe(expected);
      }
    },
  );
});
