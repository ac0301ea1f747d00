/**
 * The README's pull section is pull/action.yml as a person reads it: one row
 * per input with the default action.yml gives, and every output named.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface ActionMetadata {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
}

const metadata = parse(readFileSync('pull/action.yml', 'utf8')) as ActionMetadata;
const readme = readFileSync('README.md', 'utf8');

/** The `## ` section with this title, fenced code left out. */
function section(title: string): string {
  const lines = readme.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '').split('\n');
  const start = lines.indexOf(`## ${title}`);
  if (start === -1) throw new Error(`README has no "## ${title}" section`);
  const end = lines.findIndex((line, index) => index > start && /^## /.test(line));
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

const pull = section('The pull action');
// The inputs table: three columns (input, default, meaning); the data types table has five.
const rows = new Map(
  pull
    .split('\n')
    .filter((line) => /^\| `[a-z-]+` +\|/.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .filter((cells) => cells.length === 5)
    .map((cells) => [cells[1]?.slice(1, -1) ?? '', cells[2] ?? '']),
);

describe('README: the pull section', () => {
  it('has one row per input of pull/action.yml, and none it lacks', () => {
    expect([...rows.keys()].sort()).toEqual(Object.keys(metadata.inputs).sort());
  });

  it("states each input's default as pull/action.yml gives it", () => {
    for (const [name, input] of Object.entries(metadata.inputs)) {
      const stated = rows.get(name) ?? '';
      if (input.default !== undefined) expect(stated, name).toBe(`\`${input.default}\``);
      else expect(stated, name).not.toMatch(/^`[^`]*`$/);
    }
  });

  it('names every output', () => {
    for (const name of Object.keys(metadata.outputs)) expect(pull, name).toContain(`\`${name}\``);
  });
});
