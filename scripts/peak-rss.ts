/**
 * A spawned Node process's peak resident memory (its RSS high-water mark): the
 * child reports its own `process.resourceUsage().maxRSS` as it exits, through
 * a module NODE_OPTIONS imports before anything else.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs `spawn` with the environment that makes its Node child report; its result and the peak. */
export async function withPeakRss<T>(
  spawn: (env: Record<string, string>) => Promise<T>,
): Promise<{ result: T; peakRssBytes: number }> {
  const folder = await mkdtemp(join(tmpdir(), 'ftk-bench-rss-'));
  const report = join(folder, 'rss');
  const reporter = join(folder, 'report-rss.mjs');
  await writeFile(
    reporter,
    `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS * 1024)));\n`,
  );
  try {
    const result = await spawn({ NODE_OPTIONS: `--import=${reporter}` });
    return { result, peakRssBytes: Number(await readFile(report, 'utf8')) };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
