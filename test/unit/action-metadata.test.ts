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

  // At workflow or job level (an issue_comment workflow gates its job first; a matrix over
  // accounts has one group per account: fitbit-token-<account>).
  it.each(examples)(
    '%s runs every job that uses the grant in a fitbit-token group and never cancels a run in progress',
    (file) => {
      const workflow = parse(readFileSync(`examples/${file}`, 'utf8')) as Workflow;
      const jobs = Object.values(workflow.jobs).filter((job) =>
        job.steps.some((step) => step.uses?.includes('fitbit-token-keeper')),
      );
      expect(jobs.length).toBeGreaterThan(0);
      for (const job of jobs) {
        const concurrency = job.concurrency ?? workflow.concurrency;
        expect(concurrency?.group, file).toMatch(/^fitbit-token(?:-\$\{\{ matrix\.account \}\})?$/);
        expect(concurrency?.['cancel-in-progress'], file).toBe(false);
      }
    },
  );

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
