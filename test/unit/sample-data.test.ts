/**
 * examples/data/, the sample a person browses before installing: what
 * `npm run sample-data` wrote with the bundled pull (CI regenerates it and
 * fails when it differs: .ci/run). It holds a year of every type it charts,
 * its README shows every chart it holds and only those, and each chart is
 * self-contained.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/health/charts/catalogue.js';
import { outsideReferences } from '../helpers/svg.js';

const SAMPLE = join('examples', 'data');

describe('examples/data', () => {
  it('holds a year, and every chart of the types it holds', async () => {
    const state = JSON.parse(await readFile(join(SAMPLE, '.pull-state.json'), 'utf8'));
    const types = Object.keys(state.types);
    for (const type of types) {
      expect(state.types[type], type).toEqual({
        from: '2025-12-01',
        completeThrough: '2026-11-30',
      });
    }
    const charts = (await readdir(join(SAMPLE, 'charts'))).sort();
    expect(charts).toEqual(
      CHARTS.filter((chart) => types.includes(chart.type))
        .map((chart) => chart.file)
        .sort(),
    );
    expect(charts).toHaveLength(CHARTS.length);
  });

  it('shows each of its charts in its README, and each chart is self-contained', async () => {
    const readme = await readFile(join(SAMPLE, 'README.md'), 'utf8');
    const shown = [...readme.matchAll(/^!\[[^\]]+\]\((charts\/[^)]+)\)$/gm)].map(
      (match) => match[1],
    );
    const charts = await readdir(join(SAMPLE, 'charts'));
    expect(shown.sort()).toEqual(charts.map((chart) => `charts/${chart}`).sort());
    for (const chart of charts) {
      const svg = await readFile(join(SAMPLE, 'charts', chart), 'utf8');
      expect(outsideReferences(svg), chart).toEqual([]);
      expect(Buffer.byteLength(svg), chart).toBeLessThanOrEqual(150 * 1024);
    }
  });
});
