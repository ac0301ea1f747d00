/**
 * What the pull hands on to later steps: the contract's four outputs. The job
 * summary is summary.ts's.
 */
import type * as core from '@actions/core';
import type { PullResult } from '../health/pull.js';

export type OutputCore = Pick<typeof core, 'setOutput'>;

export function outputValues(result: PullResult): Record<string, string> {
  return {
    'complete-through': result.completeThrough ?? '',
    more: String(result.more),
    requests: String(result.requests),
    'files-written': String(result.filesWritten),
  };
}

export function publishOutputs(actions: OutputCore, result: PullResult): void {
  for (const [name, value] of Object.entries(outputValues(result))) actions.setOutput(name, value);
}
