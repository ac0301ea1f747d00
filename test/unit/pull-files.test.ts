/**
 * Day files, state and daily.csv: canonical bytes (sorted keys, points oldest
 * first, no volatile field) whatever order the API answered in, a compact
 * form for samples, and a state file that reads back what it wrote.
 */
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dailyCsvText } from '../../src/health/daily-csv.js';
import { type DataType, dailyColumnsOf, dataTypeNamed } from '../../src/health/data-types.js';
import { dayFilePath, dayFileText, rowsFileText, writeIfChanged } from '../../src/health/files.js';
import { parseState, stateText } from '../../src/health/state.js';

const type = (name: string) => dataTypeNamed(name) as DataType;

const night = (start: string, updateTime: string) => ({
  sleep: {
    updateTime,
    interval: { startTime: start, endTime: '2026-11-22T06:00:00Z' },
    stages: [{ type: 'LIGHT', createTime: updateTime, startTime: start }],
    summary: { minutesAsleep: '400' },
  },
  name: `users/me/dataTypes/sleep/dataPoints/${start}`,
});

describe('day files', () => {
  it('are the same bytes whatever order the points came in and whenever Google touched them', () => {
    const a = night('2026-11-21T22:00:00Z', '2026-11-22T07:00:00Z');
    const b = night('2026-11-22T13:00:00Z', '2026-11-22T07:00:00Z');
    const later = [
      night('2026-11-22T13:00:00Z', '2026-12-01T09:00:00Z'),
      night('2026-11-21T22:00:00Z', '2026-12-01T09:00:00Z'),
    ];
    const text = dayFileText(type('sleep'), [a, b]);
    expect(dayFileText(type('sleep'), later)).toBe(text);
    expect(text).not.toMatch(/createTime|updateTime/);
    // Oldest first, keys sorted at every level.
    expect(text.indexOf('2026-11-21T22:00:00Z')).toBeLessThan(text.indexOf('2026-11-22T13:00:00Z'));
    expect(text.indexOf('"name"')).toBeLessThan(text.indexOf('"sleep"'));
    expect(text.indexOf('"interval"')).toBeLessThan(text.indexOf('"stages"'));
    expect(JSON.parse(text).dataPoints).toHaveLength(2);
  });

  it("keep the API's own field: rollupDataPoints for roll-ups, an empty list for a day without data", () => {
    expect(JSON.parse(dayFileText(type('steps'), []))).toEqual({ rollupDataPoints: [] });
    expect(JSON.parse(dayFileText(type('sleep'), []))).toEqual({ dataPoints: [] });
  });

  it('store intraday samples one row each, civil time left out', () => {
    const sample = (time: string, bpm: string) => ({
      heartRate: {
        sampleTime: { physicalTime: time, utcOffset: '3600s', civilTime: { date: {} } },
        beatsPerMinute: bpm,
      },
    });
    const text = dayFileText(type('heart-rate-samples'), [
      sample('2026-11-22T00:01:00Z', '61'),
      sample('2026-11-22T00:00:00Z', '60'),
    ]);
    expect(text).toBe(
      '{\n  "columns": ["heartRate.sampleTime.physicalTime","heartRate.sampleTime.utcOffset","heartRate.beatsPerMinute"],\n' +
        '  "rows": [\n    ["2026-11-22T00:00:00Z","3600s","60"],\n    ["2026-11-22T00:01:00Z","3600s","61"]\n  ]\n}\n',
    );
    expect(JSON.parse(text).rows).toHaveLength(2);
  });

  it('order compact rows by their instant, whatever fraction of a second it is written with', () => {
    const columns = ['heartRate.sampleTime.physicalTime', 'heartRate.beatsPerMinute'];
    const text = rowsFileText(columns, [
      ['2026-11-22T00:00:05Z', '62'],
      ['2026-11-22T00:00:05.500Z', '63'],
      ['2026-11-22T00:00:04.9Z', '61'],
    ]);
    expect(JSON.parse(text).rows.map((row: string[]) => row[1])).toEqual(['61', '62', '63']);
    expect(rowsFileText(columns, [])).toBe(
      `{\n  "columns": ${JSON.stringify(columns)},\n  "rows": []\n}\n`,
    );
  });

  it('are written only when their text changed', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'ftk-files-'));
    const path = dayFilePath(folder, type('steps'), '2026-11-22');
    expect(path).toBe(join(folder, 'steps', '2026', '2026-11-22.json'));
    expect(await writeIfChanged(path, 'one\n')).toBe(true);
    const first = (await stat(path)).mtimeMs;
    expect(await writeIfChanged(path, 'one\n')).toBe(false);
    expect((await stat(path)).mtimeMs).toBe(first);
    expect(await writeIfChanged(path, 'two\n')).toBe(true);
    expect(await readFile(path, 'utf8')).toBe('two\n');
  });
});

describe('the state file', () => {
  it('reads back what it wrote, in a fixed form', () => {
    const state = {
      steps: { from: '2024-01-01', completeThrough: '2026-11-30' },
      sleep: { from: '2024-01-01', completeThrough: '2026-11-29' },
    };
    const text = stateText(state);
    expect(parseState(text, 'state')).toEqual(state);
    expect(stateText({ sleep: state.sleep, steps: state.steps })).toBe(text);
    expect(text.indexOf('"sleep"')).toBeLessThan(text.indexOf('"steps"'));
  });

  it('says how to recover from a file it cannot read', () => {
    expect(() => parseState('{', 'data/.pull-state.json')).toThrow(
      /data\/\.pull-state\.json is not a state file .*not JSON.*restore it from git, or delete it/,
    );
    expect(() => parseState('{"version":1,"types":{"steps":{"from":"x"}}}', 'f')).toThrow(
      /"steps" has no valid days/,
    );
  });
});

describe('daily.csv', () => {
  it('has the columns given, in order, and an empty cell where a day has no value', () => {
    const text = dailyCsvText({
      columns: dailyColumnsOf(['sleep', 'steps', 'daily-resting-heart-rate']),
      rows: [
        { date: '2026-11-21', values: { steps: '8421', sleep_minutes: '412', nap_minutes: '0' } },
        { date: '2026-11-22', values: { steps: '0' } },
      ],
    });
    const [header, first, second] = text.split('\n');
    expect(header).toBe('date,steps,sleep_minutes,nap_minutes,resting_heart_rate_bpm');
    expect(first).toBe('2026-11-21,8421,412,0,');
    expect(second).toBe('2026-11-22,0,,,');
  });
});
