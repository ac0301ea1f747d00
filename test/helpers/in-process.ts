/**
 * Runs `run()` inside the test process with the real @actions/core, the way
 * dist/index.js runs it, but without a bundle: inputs and command files go
 * through process.env, stdout is captured, and retries run on FAST_TIMING.
 * Tests in one file run one at a time, so swapping process.env here is safe.
 */
import * as actionsCore from '@actions/core';
import { type ActionRun, inputVariables, withRunnerFiles } from '../../sim/action-runner.js';
import { type Dependencies, defaultDependencies, run } from '../../src/keeper-action/main.js';
import type { Summary } from '../../src/keeper-action/outputs.js';
import { FAST_TIMING } from './fast-timing.js';

export async function runInProcess(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  overrides: Partial<Dependencies> = {},
): Promise<ActionRun> {
  return withRunnerFiles(async (files) => {
    const savedEnv = process.env;
    const savedExitCode = process.exitCode;
    const savedWrite = process.stdout.write;
    let stdout = '';
    process.env = { PATH: savedEnv.PATH, ...files, ...env, ...inputVariables(inputs) };
    process.exitCode = undefined;
    process.stdout.write = ((chunk: string | Uint8Array) => {
      stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    }) as typeof process.stdout.write;
    try {
      // core.summary caches the summary file's path on first use: each run needs its own.
      const SummaryClass = actionsCore.summary.constructor as new () => Summary;
      const core = { ...actionsCore, summary: new SummaryClass() };
      await run({
        ...defaultDependencies(),
        core,
        env: process.env,
        timing: FAST_TIMING,
        ...overrides,
      });
      return { exitCode: Number(process.exitCode ?? 0), stdout, stderr: '' };
    } finally {
      process.stdout.write = savedWrite;
      process.env = savedEnv;
      process.exitCode = savedExitCode;
    }
  });
}
