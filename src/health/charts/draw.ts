/**
 * The charts of a pull: for each chart of a requested type whose days hold a
 * value, its SVG in `charts/` of the data folder, written only when its bytes
 * change (an unchanged day changes no file). What a chart shows stays in the
 * folder: nothing of it is logged.
 */
import { join } from 'node:path';
import type { DailyRow } from '../daily-csv.js';
import type { DataType } from '../data-types.js';
import { writeIfChanged } from '../files.js';
import { CHARTS, type Chart } from './catalogue.js';
import { renderSvg } from './render.js';

export const CHARTS_FOLDER = 'charts';

/** A chart drawn in this run, as the data README shows it. */
export interface DrawnChart {
  readonly heading: string;
  /** Relative to the data folder: `charts/steps-year.svg`. */
  readonly path: string;
  readonly alt: string;
  readonly words: string;
}

export interface ChartsResult {
  readonly drawn: readonly DrawnChart[];
  readonly filesWritten: number;
}

/** The charts of the requested types, drawn from daily.csv's rows into `folder`/charts. */
export async function drawCharts(
  folder: string,
  rows: readonly DailyRow[],
  types: readonly DataType[],
): Promise<ChartsResult> {
  const newest = rows[rows.length - 1]?.date;
  if (newest === undefined) return { drawn: [], filesWritten: 0 };
  const drawn: DrawnChart[] = [];
  let filesWritten = 0;
  for (const chart of chartsOf(types)) {
    const drawing = chart.draw(rows, newest);
    if (drawing === undefined) continue;
    const path = `${CHARTS_FOLDER}/${chart.file}`;
    const svg = await renderSvg(drawing.spec);
    filesWritten += Number(await writeIfChanged(join(folder, path), svg));
    drawn.push({ heading: chart.heading, path, alt: drawing.alt, words: drawing.words });
  }
  return { drawn, filesWritten };
}

/** The charts a request of these types draws: a type not requested draws none. */
export function chartsOf(types: readonly DataType[]): Chart[] {
  const requested = new Set(types.map((type) => type.name));
  return CHARTS.filter((chart) => requested.has(chart.type));
}
