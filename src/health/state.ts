/**
 * `.pull-state.json` in the data folder: per data type, the first day it was
 * fetched from and the last day known complete. Written in a fixed form (keys
 * sorted, no times of day, no run ids), so it changes only when a day does.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage } from '../lib/errors.js';
import { type Day, parseDay } from './civil-days.js';

export const STATE_FILE = '.pull-state.json';
const VERSION = 1;

export interface TypeState {
  /** The first day this type was fetched from (`since` on its first run). */
  readonly from: Day;
  /** Every day from `from` through this one is in the folder. */
  readonly completeThrough: Day;
}

/** By data type name. */
export type PullState = Readonly<Record<string, TypeState>>;

/** The folder's state; empty when the file does not exist yet. */
export async function readState(folder: string): Promise<PullState> {
  const file = join(folder, STATE_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return {};
    throw new Error(`Could not read ${file}: ${errorMessage(error)}`);
  }
  return parseState(text, file);
}

export function parseState(text: string, file: string): PullState {
  const broken = (why: string) =>
    new Error(
      `${file} is not a state file this pull can read (${why}); restore it from git, or delete it to fetch from 'since' again`,
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw broken('not JSON');
  }
  const { version, types } = (json ?? {}) as { version?: unknown; types?: unknown };
  if (version !== VERSION) throw broken(`version ${String(version)}, expected ${VERSION}`);
  if (typeof types !== 'object' || types === null) throw broken('no "types"');
  const state: Record<string, TypeState> = {};
  for (const [name, entry] of Object.entries(types)) {
    const { from, completeThrough } = (entry ?? {}) as Record<string, unknown>;
    const first = typeof from === 'string' ? parseDay(from) : undefined;
    const last = typeof completeThrough === 'string' ? parseDay(completeThrough) : undefined;
    if (first === undefined || last === undefined) throw broken(`"${name}" has no valid days`);
    state[name] = { from: first, completeThrough: last };
  }
  return state;
}

/** The file's text: the same state always gives the same bytes. */
export function stateText(state: PullState): string {
  const types = Object.fromEntries(
    Object.keys(state)
      .sort()
      .map((name) => {
        const entry = state[name] as TypeState;
        return [name, { completeThrough: entry.completeThrough, from: entry.from }];
      }),
  );
  return `${JSON.stringify({ types, version: VERSION }, null, 2)}\n`;
}
