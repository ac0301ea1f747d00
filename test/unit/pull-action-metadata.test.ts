/**
 * pull/action.yml, the second action's face in a workflow: the contract's
 * inputs and outputs, each described with its default, run by node24 from the
 * repository's shared bundle, which the runner finds relative to this file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../sim/action-runner.js';
import { SENSITIVE_INPUTS } from '../../src/pull-action/inputs.js';
import {
  PULL_CONTRACT_DEFAULTS,
  PULL_CONTRACT_INPUTS,
  PULL_CONTRACT_OUTPUTS,
  PULL_EXTRA_INPUTS,
} from '../helpers/pull-contract.js';

interface ActionMetadata {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
}

const file = join(PROJECT_ROOT, 'pull', 'action.yml');
const metadata = parse(readFileSync(file, 'utf8')) as ActionMetadata;

describe('pull/action.yml', () => {
  it("declares the contract's inputs (and until) and its outputs", () => {
    expect(Object.keys(metadata.inputs).sort()).toEqual(
      [...PULL_CONTRACT_INPUTS, ...PULL_EXTRA_INPUTS].sort(),
    );
    expect(Object.keys(metadata.outputs).sort()).toEqual([...PULL_CONTRACT_OUTPUTS].sort());
  });

  it('requires nothing and describes every input with its default', () => {
    for (const [name, input] of Object.entries(metadata.inputs)) {
      expect(input.required, name).toBe(false);
      expect(input.description, name).toMatch(/Default/);
    }
    for (const [name, output] of Object.entries(metadata.outputs)) {
      expect(output.description.length, name).toBeGreaterThan(5);
    }
  });

  it('has the contract defaults', () => {
    for (const [name, value] of Object.entries(PULL_CONTRACT_DEFAULTS)) {
      expect(metadata.inputs[name]?.default, name).toBe(value);
      expect(metadata.inputs[name]?.description, name).toContain(`\`${value}\``);
    }
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
    expect(metadata.inputs['github-token']?.default).toBe('${{ github.token }}');
    expect(metadata.inputs['access-token']?.description).toContain('FITBIT_ACCESS_TOKEN');
  });

  it('masks its token inputs', () => {
    expect([...SENSITIVE_INPUTS].sort()).toEqual(['access-token', 'github-token']);
  });

  it("runs the repository's bundle on node24, a path the runner resolves from pull/", () => {
    expect(metadata.runs.using).toBe('node24');
    expect(metadata.runs.main).toBe('../dist/pull/index.js');
    expect(existsSync(join(dirname(file), metadata.runs.main))).toBe(true);
    expect(metadata.branding.icon).toBeTruthy();
    expect(metadata.branding.color).toBeTruthy();
  });
});
