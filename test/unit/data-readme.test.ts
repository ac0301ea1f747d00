/**
 * The data folder's README.md: each chart drawn as an image whose alt text
 * says what it shows, a line under it that reads it in words, and a list of
 * every daily.csv column present with its unit and meaning (a list: it reads on a phone).
 */
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/health/charts/catalogue.js';
import type { DrawnChart } from '../../src/health/charts/draw.js';
import { addDays, daysFrom } from '../../src/health/civil-days.js';
import type { DailyRow } from '../../src/health/daily-csv.js';
import { dataReadmeText } from '../../src/health/data-readme.js';
import { dailyColumnsOf } from '../../src/health/data-types.js';

const NEWEST = '2026-11-30';
const rows: DailyRow[] = daysFrom('2025-11-01', NEWEST).map((date, index) => ({
  date,
  values: {
    steps: String(8_000 + (index % 7) * 500),
    sleep_minutes: String(400 + (index % 5) * 10),
    nap_minutes: '0',
  },
}));

/** The charts of steps and sleep, as drawCharts would hand them over. */
const drawn: DrawnChart[] = CHARTS.filter((chart) => ['steps', 'sleep'].includes(chart.type)).map(
  (chart) => {
    const drawing = chart.draw(rows, NEWEST);
    if (!drawing) throw new Error(`${chart.file} drew nothing`);
    return { heading: chart.heading, path: `charts/${chart.file}`, ...drawing };
  },
);

const table = { columns: dailyColumnsOf(['steps', 'sleep']), rows };
const holdings = [
  { name: 'steps', days: rows.map((row) => row.date) },
  { name: 'sleep', days: rows.map((row) => row.date) },
  { name: 'weight', days: [] },
];
const text = dataReadmeText(table, holdings, drawn);
const lines = text.split('\n');

describe('the data README', () => {
  it('shows each chart as an image with alt text, and a line in words under it', () => {
    const images = lines.flatMap((line, index) => {
      const match = /^!\[([^\]]+)\]\((charts\/[a-z0-9-]+\.svg)\)$/.exec(line);
      return match ? [{ alt: match[1] ?? '', path: match[2], words: lines[index + 2] ?? '' }] : [];
    });
    expect(images.map((image) => image.path)).toEqual([
      'charts/steps-year.svg',
      'charts/steps-30-days.svg',
      'charts/sleep-year.svg',
    ]);
    expect(images[0]?.alt).toBe(
      'Calendar of steps a day, one square a day, Dec 1, 2025 – Nov 30, 2026: the darker, the more steps',
    );
    const average30 =
      rows.slice(-30).reduce((total, row) => total + Number(row.values.steps), 0) / 30;
    expect(images[1]?.words).toBe(
      `Last 30 days: ${Math.round(average30).toLocaleString('en-US')} steps a day on average; the most, 11,000, on Nov 6, 2026.`,
    );
    const year = rows.slice(-365).map((row) => Number(row.values.sleep_minutes));
    const minutes = Math.round(year.reduce((total, value) => total + value, 0) / year.length);
    expect(images[2]?.words).toBe(
      `Last 12 months: ${Math.floor(minutes / 60)} h ${minutes % 60} min asleep a night on average over 365 nights with data; 7 hours or more on ${year.filter((value) => value >= 420).length} of them.`,
    );
    // One heading per kind of data, in the order drawn.
    expect(lines.filter((line) => line.startsWith('## '))).toEqual([
      '## Steps',
      '## Sleep',
      '## The files',
      '## The columns of `daily.csv`',
    ]);
  });

  it('says "since" when the folder holds less than the year', () => {
    const month = rows.filter((row) => row.date >= addDays(NEWEST, -40));
    const words = CHARTS[0]?.draw(month, NEWEST)?.words;
    expect(words).toMatch(/^Since Oct 21, 2026: [\d,]+ steps a day on average over 41 days/);
  });

  it('explains every daily.csv column present, with its unit, and no other', () => {
    const start = lines.indexOf('## The columns of `daily.csv`');
    const cells = lines
      .slice(start + 2)
      .map((line) => /^- `([a-z_]+)` \((.+?)\): (.+)$/.exec(line))
      .flatMap((match) => (match ? [[match[1], match[2]?.replaceAll('`', ''), match[3]]] : []));
    expect(cells.map((row) => row[0])).toEqual(['date', 'steps', 'sleep_minutes', 'nap_minutes']);
    expect(cells[1]).toEqual(['steps', 'steps', table.columns[0]?.meaning]);
    expect(cells[2]?.[1]).toBe('minutes');
    for (const row of cells) expect(row[2]?.length, row[0]).toBeGreaterThan(20);
  });

  it('lists only the types it holds', () => {
    expect(text).toContain(`- steps: ${rows.length} days, 2025-11-01 to 2026-11-30`);
    expect(text).not.toMatch(/^- weight:/m);
  });

  it('says so when there is no chart to show', () => {
    const empty = dataReadmeText({ columns: [], rows: [] }, [], []);
    expect(empty).toContain('No charts yet: no day of a charted type holds a value.');
    expect(empty).not.toContain('![');
  });
});
