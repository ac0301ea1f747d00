/**
 * The keeper's job summary exactly as the action writes it: writeSummary into
 * @actions/core's own buffer, returned as the text the summary file would get.
 */
import * as actionsCore from '@actions/core';
import { type Summary, writeSummary } from '../../src/keeper-action/outputs.js';

export async function keeperSummary(facts: Parameters<typeof writeSummary>[1]): Promise<string> {
  const buffer = actionsCore.summary.emptyBuffer();
  const summary: Summary = {
    addHeading: (...args) => buffer.addHeading(...args),
    addTable: (...args) => buffer.addTable(...args),
    addRaw: (...args) => buffer.addRaw(...args),
    write: async () => buffer,
  };
  await writeSummary(summary, facts);
  return buffer.stringify();
}
