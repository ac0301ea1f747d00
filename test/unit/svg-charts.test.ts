/**
 * The data folder's charts, rendered by vega and read back as SVG: the
 * calendar's cells a day in weeks as columns, bars from zero, a running
 * average that is one, a handful of labels that never overlap and name the
 * year where a range crosses one, text that reads on GitHub's light and dark
 * pages, nothing outside the file, at most 150 KB, the same bytes for the same
 * data whatever the machine's time zone, and no chart for a type not requested.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHARTS, type Chart } from '../../src/health/charts/catalogue.js';
import { chartsOf, drawCharts } from '../../src/health/charts/draw.js';
import { renderSvg } from '../../src/health/charts/render.js';
import { INK, NO_DATA } from '../../src/health/charts/theme.js';
import { addDays, daysFrom } from '../../src/health/civil-days.js';
import type { DailyRow } from '../../src/health/daily-csv.js';
import { DATA_TYPES, type DataType } from '../../src/health/data-types.js';
import {
  axis,
  contrast,
  elements,
  extent,
  hasClass,
  type Label,
  markPaths,
  outsideReferences,
  parseSvg,
  pathStart,
  rectBox,
} from '../helpers/svg.js';

/** A year and a bit that crosses into 2026; the newest day 2026-03-15 (a Sunday). */
const NEWEST = '2026-03-15';
const YEAR_FIRST = addDays(NEWEST, -364);
/** Days the folder holds but the watch recorded nothing. */
const GAPS = new Set(['2026-03-03', '2025-08-10', '2025-08-11', '2026-01-20']);
/** A short day among long ones: its bar must still show, at its share of the axis. */
const SHORT_DAY = '2026-03-05';

function rowsThrough(newest: string): DailyRow[] {
  return daysFrom('2025-01-01', newest).map((date, index) => {
    // Deterministic, irregular, and different for each column.
    const wave = (period: number, phase = 0) => Math.sin((index + phase) / period);
    const values: Record<string, string> = {};
    if (!GAPS.has(date)) {
      values.steps = String(
        date === SHORT_DAY ? 5_600 : Math.round(9_000 + 3_500 * wave(3.1) + 1_500 * wave(40)),
      );
      values.sleep_minutes = String(Math.round(420 + 130 * wave(2.3, 1)));
      values.resting_heart_rate_bpm = String(Math.round(58 + 3 * wave(60) + 2 * wave(1.7)));
      values.hrv_ms = (45 + 8 * wave(2.9, 2)).toFixed(1);
      if (index % 3 === 0) values.weight_kg = (74 - index / 300 + 0.4 * wave(1.3)).toFixed(2);
    }
    return { date, values };
  });
}

const ROWS = rowsThrough(NEWEST);
const chartNamed = (file: string): Chart => {
  const chart = CHARTS.find((candidate) => candidate.file === file);
  if (!chart) throw new Error(`no chart ${file}`);
  return chart;
};

async function render(file: string, rows = ROWS, newest = NEWEST): Promise<string> {
  const drawing = chartNamed(file).draw(rows, newest);
  if (!drawing) throw new Error(`${file} drew nothing`);
  return renderSvg(drawing.spec);
}

/** Every chart, drawn once from the fixture's rows, with what vega-lite and vega warned. */
const svgs = new Map<string, string>();
const warnings: unknown[][] = [];
beforeAll(async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation((...args) => {
    warnings.push(args);
  });
  const error = vi.spyOn(console, 'error').mockImplementation((...args) => {
    warnings.push(args);
  });
  try {
    for (const chart of CHARTS) svgs.set(chart.file, await render(chart.file));
  } finally {
    warn.mockRestore();
    error.mockRestore();
  }
});

const svgOf = (file: string) => parseSvg(svgs.get(file) ?? '');
const valueOn = (day: string) => ROWS.find((row) => row.date === day)?.values;

describe('a year of steps, and of sleep, as a calendar', () => {
  it.each([
    ['steps-year.svg', 'steps'],
    ['sleep-year.svg', 'sleep_minutes'],
  ])('%s: one cell a day, a column a week, the weekdays as rows (Monday on top)', (file) => {
    const cells = markPaths(svgOf(file), 'rect').map(pathStart);
    const days = daysFrom(YEAR_FIRST, NEWEST);
    expect(cells).toHaveLength(days.length);
    const columns = [...new Set(cells.map((cell) => cell.x))].sort((a, b) => a - b);
    const rows = [...new Set(cells.map((cell) => cell.y))].sort((a, b) => a - b);
    expect(columns).toHaveLength(53);
    expect(rows).toHaveLength(7);
    // 2025-03-16 is a Sunday: it sits alone at the bottom of the first column.
    const firstWeekday = (new Date(`${YEAR_FIRST}T00:00:00Z`).getUTCDay() + 6) % 7;
    days.forEach((day, index) => {
      const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
      expect(cells[index], day).toEqual({
        x: columns[Math.floor((index + firstWeekday) / 7)],
        y: rows[weekday],
      });
    });
  });

  it.each([
    ['steps-year.svg', 'steps'],
    ['sleep-year.svg', 'sleep_minutes'],
  ])('%s: more is darker; a day without data is the faint grey', (file, column) => {
    const cells = markPaths(svgOf(file), 'rect');
    const days = daysFrom(YEAR_FIRST, NEWEST);
    const shade = days.map((day, index) => ({
      value: valueOn(day)?.[column],
      fill: String(cells[index]?.properties.fill),
      opacity: Number(cells[index]?.properties.opacity ?? 1),
    }));
    for (const cell of shade.filter((entry) => entry.value === undefined)) {
      expect(cell).toMatchObject({ fill: NO_DATA.color, opacity: NO_DATA.opacity });
    }
    const valued = shade
      .filter((entry) => entry.value !== undefined)
      .sort((a, b) => Number(a.value) - Number(b.value));
    expect(new Set(valued.map((entry) => entry.fill)).size).toBe(1);
    expect(new Set(valued.map((entry) => entry.opacity)).size).toBe(5);
    valued.forEach((entry, index) => {
      if (index > 0) expect(entry.opacity).toBeGreaterThanOrEqual(valued[index - 1]?.opacity ?? 0);
    });
  });
});

describe('30 days of steps as bars', () => {
  it('rise from zero: every bar stands on one baseline, its height its share of the axis', () => {
    const svg = svgOf('steps-30-days.svg');
    const bars = markPaths(svg, 'rect').map(rectBox);
    const days = daysFrom(addDays(NEWEST, -29), NEWEST);
    const values = days.flatMap((day) => {
      const steps = valueOn(day)?.steps;
      return steps === undefined ? [] : [Number(steps)];
    });
    expect(bars).toHaveLength(values.length); // the gap day has no bar
    expect(new Set(bars.map((bar) => bar.y + bar.height)).size).toBe(1);
    // Height proportional to the value: the axis starts at 0, so 5,600 steps is a visible bar.
    const perStep = (bars[0]?.height ?? 0) / (values[0] ?? 1);
    bars.forEach((bar, index) => {
      expect(bar.height).toBeCloseTo((values[index] ?? 0) * perStep, 6);
    });
    expect(values).toContain(5_600);
    const zero = axis(svg, 'y').find((label) => label.lines[0] === '0');
    expect(zero).toBeDefined();
  });

  it('keeps the place of a day without data: the bars after it move one step on', () => {
    const bars = markPaths(svgOf('steps-30-days.svg'), 'rect').map(rectBox);
    const steps = bars.slice(1).map((bar, index) => bar.x - (bars[index]?.x ?? 0));
    const step = Math.min(...steps);
    // 2026-03-03 has no data: one gap of two steps, every other gap one step.
    expect(steps.filter((gap) => Math.abs(gap - 2 * step) < 1e-6)).toHaveLength(1);
    expect(steps.filter((gap) => Math.abs(gap - step) < 1e-6)).toHaveLength(steps.length - 1);
  });
});

describe('a year of resting heart rate, with its 7-day average', () => {
  it('a dot for each day with data, and the line ending at the mean of the last 7 days', () => {
    const svg = svgOf('resting-heart-rate-year.svg');
    const days = daysFrom(YEAR_FIRST, NEWEST);
    const values = days.flatMap((day) => {
      const bpm = valueOn(day)?.resting_heart_rate_bpm;
      return bpm === undefined ? [] : [Number(bpm)];
    });
    expect(markPaths(svg, 'symbol')).toHaveLength(values.length);
    // Read the line's last point back through the y axis: its labels' values at its grid lines.
    const [line] = markPaths(svg, 'line');
    const points = [...String(line?.properties.d).matchAll(/(-?[\d.]+),(-?[\d.]+)/g)];
    const lastY = Number(points[points.length - 1]?.[2]);
    const grid = elements(svg, (element) => hasClass(element, 'role-axis-grid')).flatMap((group) =>
      elements(group, (element) => element.tagName === 'line').map((rule) =>
        Number(/translate\(0,(-?[\d.]+)\)/.exec(String(rule.properties.transform))?.[1]),
      ),
    );
    const ticks = axis(svg, 'y').map((label, index) => ({
      value: Number(label.lines[0]),
      y: grid[index] ?? Number.NaN,
    }));
    expect(ticks.length).toBe(grid.length);
    const [a, b] = [ticks[0], ticks[ticks.length - 1]] as [(typeof ticks)[0], (typeof ticks)[0]];
    const valueAt = (y: number) => a.value + ((y - a.y) / (b.y - a.y)) * (b.value - a.value);
    const lastWeek = daysFrom(addDays(NEWEST, -6), NEWEST).flatMap((day) => {
      const bpm = valueOn(day)?.resting_heart_rate_bpm;
      return bpm === undefined ? [] : [Number(bpm)];
    });
    const mean = lastWeek.reduce((total, value) => total + value, 0) / lastWeek.length;
    expect(valueAt(lastY)).toBeCloseTo(mean, 1);
  });
});

describe('every chart', () => {
  it('compiles and renders without a warning from vega-lite or vega', () => {
    expect(svgs.size).toBe(CHARTS.length);
    expect(warnings).toEqual([]);
  });

  it.each(CHARTS.map((chart) => chart.file))(
    '%s: a handful of labels across, none touching another',
    (file) => {
      const labels = axis(svgOf(file), 'x');
      expect(labels.length).toBeGreaterThanOrEqual(4);
      expect(labels.length).toBeLessThanOrEqual(8);
      expectApart(labels, 'x');
      expectApart(axis(svgOf(file), 'y'), 'y');
    },
  );

  it.each(CHARTS.filter((chart) => chart.file.endsWith('-year.svg')).map((chart) => chart.file))(
    '%s: names the year where its range crosses into 2026',
    (file) => {
      const lines = axis(svgOf(file), 'x').flatMap((label) => label.lines);
      expect(lines).toContain('2026');
    },
  );

  it('names the year under January in 30 days across New Year', async () => {
    const svg = parseSvg(
      await render('steps-30-days.svg', rowsThrough('2026-01-10'), '2026-01-10'),
    );
    const labels = axis(svg, 'x');
    expect(labels.map((label) => label.lines)).toEqual([
      ['Dec 13', '2025'],
      ['Dec 20'],
      ['Dec 27'],
      ['Jan 3', '2026'],
      ['Jan 10'],
    ]);
    expectApart(labels, 'x');
  });

  it.each(CHARTS.map((chart) => chart.file))(
    '%s: scales with the page (a viewBox), its text reads on white and on #0d1117',
    (file) => {
      const svg = svgOf(file);
      const { width, height, viewBox } = svg.properties;
      expect(viewBox).toBe(`0 0 ${width} ${height}`);
      // No background of its own: the page's colour shows, whichever theme.
      expect(elements(svg, (element) => element.tagName === 'rect')).toEqual([]);
      const fills = new Set(
        elements(svg, (element) => element.tagName === 'text').map((text) =>
          String(text.properties.fill),
        ),
      );
      expect([...fills]).toEqual([INK]);
      expect(contrast(INK, '#ffffff')).toBeGreaterThan(4.2);
      expect(contrast(INK, '#0d1117')).toBeGreaterThan(4.2);
    },
  );

  it.each(CHARTS.map((chart) => chart.file))(
    '%s: holds nothing that runs or reaches outside it, in at most 150 KB',
    (file) => {
      const text = svgs.get(file) ?? '';
      expect(outsideReferences(text)).toEqual([]);
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(150 * 1024);
    },
  );

  it('the same data gives the same bytes, whatever the machine time zone', async () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        // The zone took: New Year in UTC is still 2025 in Los Angeles.
        expect(new Date(Date.UTC(2026, 0, 1)).getFullYear()).toBe(
          tz === 'America/Los_Angeles' ? 2025 : 2026,
        );
        for (const chart of CHARTS)
          expect(await render(chart.file), chart.file).toBe(svgs.get(chart.file));
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe('the charts of a pull (drawCharts)', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'ftk-charts-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));
  const types = (...names: string[]): DataType[] =>
    DATA_TYPES.filter((type) => names.includes(type.name));

  it('draws a chart only for a type requested, and none for a type not requested', async () => {
    const only = join(folder, 'steps-only');
    const result = await drawCharts(only, ROWS, types('steps'));
    expect(result.drawn.map((chart) => chart.path)).toEqual([
      'charts/steps-year.svg',
      'charts/steps-30-days.svg',
    ]);
    expect((await readdir(join(only, 'charts'))).sort()).toEqual([
      'steps-30-days.svg',
      'steps-year.svg',
    ]);
    expect(chartsOf(types('heart-rate', 'heart-rate-samples', 'distance'))).toEqual([]);
    const none = await drawCharts(join(folder, 'none'), ROWS, types('heart-rate'));
    expect(none).toEqual({ drawn: [], filesWritten: 0 });
    await expect(stat(join(folder, 'none'))).rejects.toThrow(/ENOENT/);
  });

  it('draws no chart whose days hold no value, though its type was requested', async () => {
    const withoutWeight = ROWS.map(({ date, values }) => {
      const { weight_kg: _, ...rest } = values;
      return { date, values: rest };
    });
    const result = await drawCharts(join(folder, 'no-weight'), withoutWeight, types('weight'));
    expect(result.drawn).toEqual([]);
  });

  it('writes each chart once: the same days again change no file', async () => {
    const all = join(folder, 'all');
    const first = await drawCharts(all, ROWS, DATA_TYPES);
    expect(first.filesWritten).toBe(CHARTS.length);
    const before = await Promise.all(
      CHARTS.map(async (chart) => (await stat(join(all, 'charts', chart.file))).mtimeMs),
    );
    const again = await drawCharts(all, ROWS, DATA_TYPES);
    expect(again.filesWritten).toBe(0);
    const after = await Promise.all(
      CHARTS.map(async (chart) => (await stat(join(all, 'charts', chart.file))).mtimeMs),
    );
    expect(after).toEqual(before);
    for (const chart of CHARTS) {
      expect(await readFile(join(all, 'charts', chart.file), 'utf8')).toBe(svgs.get(chart.file));
    }
    // A new day redraws.
    const next = await drawCharts(all, rowsThrough(addDays(NEWEST, 1)), DATA_TYPES);
    expect(next.filesWritten).toBe(CHARTS.length);
  });
});

/** Consecutive labels of an axis leave room between them. */
function expectApart(labels: readonly Label[], direction: 'x' | 'y'): void {
  const sorted = [...labels].sort((a, b) => a[direction] - b[direction]);
  sorted.slice(1).forEach((label, index) => {
    const previous = sorted[index] as Label;
    if (direction === 'x') {
      expect(extent(label).left, `${previous.lines} | ${label.lines}`).toBeGreaterThan(
        extent(previous).right,
      );
    } else {
      expect(label.y - previous.y, `${previous.lines} | ${label.lines}`).toBeGreaterThan(
        previous.fontSize,
      );
    }
  });
}
