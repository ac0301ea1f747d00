/**
 * The charts: Mermaid xychart blocks built from daily.csv's rows, ending at
 * the newest day held; days without data are counted, never drawn as data.
 */
import { describe, expect, it } from 'vitest';
import { dataReadmeText, summaryCharts } from '../../src/health/charts.js';
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

describe('the data README', () => {
  const text = dataReadmeText(rows, [
    { name: 'steps', days: rows.map((row) => row.date) },
    { name: 'weight', days: [] },
  ]);

  it('charts 30 days of steps and sleep and a year of resting heart rate', () => {
    const [steps, sleep, resting] = blocks(text);
    expect(steps?.[0]).toBe('xychart-beta');
    expect(steps?.find((line) => line.includes('x-axis'))?.match(/"/g)).toHaveLength(60);
    expect(steps?.find((line) => line.trim().startsWith('bar'))).toMatch(/^ {2}bar \[\d/);
    expect(sleep?.find((line) => line.trim().startsWith('bar'))).toContain('7.5');
    expect(resting?.find((line) => line.trim().startsWith('line'))?.split(',')).toHaveLength(52);
    expect(text).toContain('## Resting heart rate, last 12 months (weekly average)');
  });

  it('counts the days without data below the bars', () => {
    // 2026-11-30 is missing: no step bar; a tenth of the days have no sleep.
    expect(text).toMatch(/_1 of 30 days have no step data: no bar\._/);
    expect(text).toMatch(/_\d of 30 days have no sleep data: no bar\._/);
  });

  it('lists only the types it holds', () => {
    expect(text).toContain('| steps | 399 | 2025-11-01 |');
    expect(text).not.toContain('| weight |');
  });
});

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
