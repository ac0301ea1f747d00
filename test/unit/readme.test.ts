/**
 * The README's `## Inputs` and `## Outputs` are the action.yml a person reads:
 * every input and output action.yml declares is documented there, nothing it
 * lacks is, and each input's stated default is the one action.yml gives. Its
 * "Start here" workflows are the example files a person copies, as they are.
 * CONTRIBUTING.md's `## The module map` table is the map of src/: every
 * module, and only those.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface ActionMetadata {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const metadata = parse(readFileSync('action.yml', 'utf8')) as ActionMetadata;
const readme = readFileSync('README.md', 'utf8');
const contributing = readFileSync('CONTRIBUTING.md', 'utf8');

/** The text of a `## ` section, without fenced code blocks (a `#` comment there is no heading). */
function section(markdown: string, title: string): string {
  const lines = markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '').split('\n');
  const start = lines.indexOf(`## ${title}`);
  if (start === -1) throw new Error(`no "## ${title}" section`);
  const end = lines.findIndex((line, index) => index > start && /^## /.test(line));
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

interface DocumentedInput {
  /** The heading's names: one, or several for a grouped heading. */
  readonly names: string[];
  readonly body: string;
}

/** One entry per `### \`name\`` heading (or `### \`a\`, \`b\``), with the text under it. */
function documentedInputs(inputsSection: string): DocumentedInput[] {
  const parts = inputsSection.split(/^### /m).slice(1);
  return parts.map((part) => {
    const [heading = '', ...body] = part.split('\n');
    const names = [...heading.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');
    if (names.length === 0 || heading.replace(/`[^`]+`|,|\s/g, '') !== '') {
      throw new Error(`an Inputs heading that is not only \`names\`: ### ${heading}`);
    }
    return { names, body: body.join('\n') };
  });
}

/**
 * What the README says the default is: `required`, `empty`, or the value in
 * backticks after "Default:". Exactly one statement per entry.
 */
function statedDefault(body: string): string {
  const text = body.replace(/\s+/g, ' ');
  const statements = [
    ...text.matchAll(/\bDefaults?: (?:`([^`]*)`|(empty)\b)|\b(Required; no default)\b/g),
  ];
  if (statements.length !== 1) {
    throw new Error(
      `expected one "Default: \`value\`", "Default: empty" or "Required; no default", found ${statements.length} in: ${text}`,
    );
  }
  const [match] = statements;
  if (match?.[3]) return 'required';
  if (match?.[2]) return 'empty';
  return match?.[1] ?? '';
}

function documentedOutputs(outputsSection: string): string[] {
  return outputsSection
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => line.split('|')[1]?.trim() ?? '')
    .filter((cell) => cell !== 'output' && !/^-+$/.test(cell))
    .map((cell) => {
      const name = /^`([^`]+)`$/.exec(cell)?.[1];
      if (name === undefined)
        throw new Error(`an Outputs row whose first cell is not \`name\`: ${cell}`);
      return name;
    });
}

describe('README ## Inputs', () => {
  const entries = documentedInputs(section(readme, 'Inputs'));
  const names = entries.flatMap((entry) => entry.names);

  it('documents every input of action.yml, once, and none it lacks', () => {
    expect(names.length).toBeGreaterThan(10);
    expect(new Set(names).size).toBe(names.length); // each input under one heading only
    expect([...names].sort()).toEqual(Object.keys(metadata.inputs).sort());
  });

  it("states each input's default as action.yml gives it", () => {
    for (const entry of entries) {
      const stated = statedDefault(entry.body);
      for (const name of entry.names) {
        const input = metadata.inputs[name];
        const actual = input?.required ? 'required' : (input?.default ?? 'empty');
        expect(stated, `README ### ${entry.names.join(', ')}: the default of ${name}`).toBe(actual);
      }
    }
  });
});

describe('README ## Outputs', () => {
  it('has one table row per output of action.yml, and none it lacks', () => {
    const outputs = documentedOutputs(section(readme, 'Outputs'));
    expect(outputs.length).toBeGreaterThan(5);
    expect(new Set(outputs).size).toBe(outputs.length);
    expect([...outputs].sort()).toEqual(Object.keys(metadata.outputs).sort());
  });
});

/**
 * The modules the Contributing table names, as paths below src/: a row's
 * folder cell (`.` for src/ itself) holds for the rows under it that leave it empty.
 */
function mappedModules(contributing: string): string[] {
  let folder: string | undefined;
  const modules: string[] = [];
  const rows = contributing.split('\n').filter((line) => line.startsWith('|'));
  for (const row of rows.slice(2)) {
    const [, folderCell = '', moduleCell = ''] = row.split('|').map((cell) => cell.trim());
    if (folderCell !== '') folder = /^`([^`]+)`$/.exec(folderCell)?.[1];
    if (folder === undefined) throw new Error(`a Contributing row without a folder: ${row}`);
    const prefix = folder === '.' ? '' : folder;
    for (const match of moduleCell.matchAll(/`([^`]+)`/g)) modules.push(`${prefix}${match[1]}`);
  }
  return modules;
}

describe('CONTRIBUTING.md ## The module map', () => {
  it('names every module of src/ once, in its folder, and nothing else', () => {
    const modules = mappedModules(section(contributing, 'The module map'));
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => file.split('\\').join('/'));
    expect(new Set(modules).size).toBe(modules.length);
    expect([...modules].sort()).toEqual(files.sort());
  });
});

interface ReseedWorkflow {
  on: unknown;
  permissions: unknown;
  jobs: Record<
    string,
    {
      if: string;
      permissions: unknown;
      concurrency: unknown;
      steps: { uses?: string; with?: Record<string, unknown> }[];
    }
  >;
}

describe("README: the consent issue's comment workflow", () => {
  const block = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)]
    .map((match) => match[1] ?? '')
    .find((yaml) => /^ {2}issue_comment:/m.test(yaml));
  const shown = parse(block ?? '') as ReseedWorkflow;
  const example = parse(readFileSync('examples/reseed-from-issue.yml', 'utf8')) as ReseedWorkflow;
  const [shownJob, exampleJob] = [shown.jobs.reseed, example.jobs.reseed];

  it('is the example: the same trigger, gate, permissions and concurrency group', () => {
    expect(block).toBeDefined();
    expect(shown.on).toEqual(example.on);
    expect(shown.permissions).toEqual(example.permissions);
    expect(shownJob?.if).toBe(exampleJob?.if);
    expect(shownJob?.permissions).toEqual(exampleJob?.permissions);
    expect(shownJob?.concurrency).toEqual(exampleJob?.concurrency);
  });

  it("gives the action what the example gives it, and never the comment's text", () => {
    const keeper = (job: typeof shownJob) =>
      job?.steps.find((step) => step.uses?.includes('fitbit-token-keeper'))?.with ?? {};
    const [shownInputs, exampleInputs] = [keeper(shownJob), keeper(exampleJob)];
    for (const [name, value] of Object.entries(shownInputs)) {
      if (name === 'github-token') continue; // the example adds an optional App token
      expect(exampleInputs[name], name).toEqual(value);
    }
    expect(JSON.stringify(shownInputs)).not.toContain('comment.body');
  });
});

/** The file each `### \`name.yml\`` heading of "Start here" names, and the YAML block under it. */
function startHereWorkflows(markdown: string): { file: string; shown: string }[] {
  const start = markdown.indexOf('\n## Start here: the workflows to copy\n');
  if (start === -1) throw new Error('README has no "## Start here: the workflows to copy" section');
  const end = markdown.indexOf('\n## ', start + 1);
  const part = markdown.slice(start, end === -1 ? undefined : end);
  return [...part.matchAll(/^### `([a-z-]+\.yml)`[^\n]*\n[\s\S]*?^```yaml\n([\s\S]*?)^```$/gm)].map(
    (match) => ({ file: match[1] ?? '', shown: match[2] ?? '' }),
  );
}

describe('README: the "Start here" workflows', () => {
  const shown = startHereWorkflows(readme);

  it('are the keep-alive, the data pull and the consent from the phone', () => {
    expect(shown.map((workflow) => workflow.file)).toEqual([
      'keep-alive.yml',
      'pull-data.yml',
      'reseed-from-issue.yml',
    ]);
  });

  it.each(shown)('$file is the example file as it is, comments and all', ({ file, shown }) => {
    expect(shown).toBe(readFileSync(`examples/${file}`, 'utf8'));
  });
});

describe('the README parsers themselves', () => {
  it('read a grouped heading and each form of default', () => {
    const entries = documentedInputs(
      '\n### `a`\n\nText. Default: `x y`.\n\n### `b`, `c`\n\nDefaults: empty.\n\n### `d`\n\nRequired; no default.\n',
    );
    expect(entries.map((entry) => [entry.names, statedDefault(entry.body)])).toEqual([
      [['a'], 'x y'],
      [['b', 'c'], 'empty'],
      [['d'], 'required'],
    ]);
  });

  it('read the Contributing table, a folder holding for the rows under it', () => {
    const table = [
      '| folder | module | job |',
      '| --- | --- | --- |',
      '| `.` | `index.ts` | entry |',
      '| `a/` | `x.ts`, `y.ts` | two |',
      '| | `z.ts` | one more in a/ |',
      '| `a/b/` | `w.ts` | nested |',
    ].join('\n');
    expect(mappedModules(table)).toEqual(['index.ts', 'a/x.ts', 'a/y.ts', 'a/z.ts', 'a/b/w.ts']);
  });

  it('read the "Start here" blocks under their headings, and only there', () => {
    const markdown = [
      '## Start here: the workflows to copy',
      '',
      '### `a.yml`: the first',
      '',
      '```yaml',
      'on: push',
      '```',
      '',
      '## Later',
      '',
      '### `b.yml`: not under Start here',
      '',
      '```yaml',
      'on: pull',
      '```',
    ].join('\n');
    expect(startHereWorkflows(`intro\n${markdown}`)).toEqual([
      { file: 'a.yml', shown: 'on: push\n' },
    ]);
  });

  it('refuse an entry with no default or two', () => {
    expect(() => statedDefault('Some text.')).toThrow(/found 0/);
    expect(() => statedDefault('Default: `a`. Later: Default: empty.')).toThrow(/found 2/);
  });
});
