/**
 * The job summary's charts: Mermaid xychart blocks built from daily.csv's
 * rows, ending at the newest day held; days without data are counted, never
 * drawn as data. (The data folder's SVG charts: svg-charts.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { summaryCharts } from '../../src/health/charts.js';
import { addDays } from '../../src/health/civil-days.js';
import type { DailyRow } from '../../src/health/daily-csv.js';

const rows: DailyRow[] = Array.from({ length: 400 }, (_, index) => {
  const date = addDays('2025-11-01', index);
  const values: Record<string, string> = {
    steps: String(5000 + index),
    resting_heart_rate_bpm: '58',
  };
  if (index % 10 !== 0) values.sleep_minutes = '450';
  return { date, values };
}).filter((row) => row.date !== '2026-11-30'); // a day that was never fetched

/** The Mermaid blocks of a text, each as its lines. */
const blocks = (text: string) =>
  [...text.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((match) =>
    (match[1] ?? '').trim().split('\n'),
  );

describe('the summary charts', () => {
  it('show 14 days, a line leaving out the days without a value', () => {
    const text = summaryCharts(
      rows.filter((row) => row.date <= '2026-12-01'),
      14,
    );
    const lines = blocks(text).map((block) => block.find((line) => /^ {2}(bar|line) /.test(line)));
    expect(lines[0]?.split(',')).toHaveLength(14);
    expect(lines[2]?.split(',')).toHaveLength(13); // the missing day is not a 0 on the line
    expect(text).toContain('## Steps, last 14 days');
  });

  it('say so when there is nothing to chart', () => {
    expect(summaryCharts([], 14)).toContain('No days are held yet.');
    expect(summaryCharts([{ date: '2026-11-01', values: {} }], 14)).toContain(
      '_No step data in these days._',
    );
  });
});
