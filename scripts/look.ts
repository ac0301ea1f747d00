/**
 * `npm run look [FOLDER]`: what a person sees, in a real browser. Runs the
 * bundled actions against the simulators (sim/) for each kind of job summary
 * they write (the keeper's success and failure, the pull's success with its
 * figures, its failures and the public-repository refusal), renders those,
 * the repository's README and the data README of a sample folder as GitHub
 * does (sim/markdown.ts: GFM, then GitHub's sanitising) into HTML pages with
 * GitHub's Markdown CSS (github-markdown-css), and has headless Chromium
 * (/usr/bin/chromium) measure and photograph each at 390 px (a phone, where
 * GitHub's column is about 340 px wide) and at 1280 px. It prints the folder
 * and any page whose content is wider than the window, or a table or code block
 * that scrolls sideways; it exits 1 when a summary does not fit a phone.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { toHtml } from 'hast-util-to-html';
import { ACTION_ENTRY, PROJECT_ROOT, PULL_ENTRY, runAction } from '../sim/action-runner.js';
import { renderAsGitHub } from '../sim/markdown.js';
import { startWorld } from '../sim/world.js';

const run = promisify(execFile);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const WIDTHS = [390, 1280] as const;
/** A long page is photographed in slices this tall, each one a screen or two to read. */
const SLICE_PX = 2400;
/** GitHub's job summary and README column on a 390 px phone, and the widest it gets. */
const COLUMN = { 390: 340, 1280: 1012 } as const;

interface Page {
  /** The file name, without extension. */
  readonly name: string;
  readonly markdown: string;
  /** The folder its relative links and images resolve against. */
  readonly base: string;
  readonly kind: 'summary' | 'readme';
}

interface Measure {
  readonly viewport: number;
  readonly page: number;
  readonly height: number;
  readonly scrolling: { tag: string; width: number; visible: number; text: string }[];
  readonly brokenImages: string[];
}

const out = resolve(process.argv[2] ?? (await mkdtemp(join(tmpdir(), 'ftk-look-'))));
await mkdir(out, { recursive: true });
const work = await mkdtemp(join(tmpdir(), 'ftk-look-work-'));
try {
  const { pages, dataFolder } = await summaryPages(work);
  pages.push({
    name: 'readme',
    markdown: await readFile(join(PROJECT_ROOT, 'README.md'), 'utf8'),
    base: PROJECT_ROOT,
    kind: 'readme',
  });
  const sample = await sampleDataFolder(dataFolder);
  pages.push({
    name: 'data-readme',
    markdown: await readFile(join(sample, 'README.md'), 'utf8'),
    base: sample,
    kind: 'readme',
  });
  const problems: string[] = [];
  for (const page of pages) {
    const themes = page.kind === 'readme' ? (['light', 'dark'] as const) : (['light'] as const);
    for (const theme of themes) {
      for (const width of WIDTHS) {
        const name = `${page.name}-${width}${theme === 'dark' ? '-dark' : ''}`;
        const file = join(out, `${name}.html`);
        await writeFile(file, pageHtml(page, theme, width));
        const measure = await measured(file, width);
        const slices = theme === 'dark' ? 1 : Math.ceil(measure.height / SLICE_PX);
        for (let slice = 0; slice < slices; slice++) {
          const png = join(out, `${name}${slices > 1 ? `-${slice + 1}` : ''}.png`);
          const height = Math.min(SLICE_PX, measure.height - slice * SLICE_PX);
          await photograph(file, slice * SLICE_PX, width, height, png);
        }
        problems.push(...judged(page, name, measure));
      }
    }
  }
  process.stdout.write(`Pages and screenshots: ${out}\n`);
  for (const problem of problems) process.stdout.write(`${problem}\n`);
  const failing = problems.filter((problem) => problem.startsWith('TOO WIDE'));
  if (failing.length === 0) process.stdout.write('Every summary fits a phone.\n');
  process.exitCode = failing.length === 0 ? 0 : 1;
} finally {
  await rm(work, { recursive: true, force: true });
}

/** Each kind of summary the bundled actions write, from real runs against the simulators. */
async function summaryPages(folder: string): Promise<{ pages: Page[]; dataFolder: string }> {
  const repository = 'you/health-data';
  const client = { id: 'look.apps.googleusercontent.com', secret: 'GOCSPX-look-client-secret' };
  const world = await startWorld({
    repository,
    writer: 'github_pat_look_writer_0123456789',
    fitbitClient: { id: 'LOOK', secret: 'look-fitbit-secret', type: 'server' },
    googleClient: client,
  });
  try {
    const scopes = ['activity_and_fitness', 'sleep', 'health_metrics_and_measurements']
      .map((area) => `https://www.googleapis.com/auth/googlehealth.${area}.readonly`)
      .concat('openid')
      .join(' ');
    const secret = { 'secret-name': 'FITBIT_REFRESH_TOKEN', 'grant-lifetime': '7d' };
    const grant = world.google.issueGrant({ clientId: client.id, scope: scopes });
    world.github.setSecret(world.target, 'FITBIT_REFRESH_TOKEN', grant);
    const kept = await runAction(world.googleInputs(grant, secret), { entry: ACTION_ENTRY });
    const dead = world.google.issueGrant({ clientId: client.id, scope: scopes });
    world.google.revoke(dead);
    const failed = await runAction(world.googleInputs(dead, secret), { entry: ACTION_ENTRY });

    const token = kept.exportedEnv.FITBIT_ACCESS_TOKEN ?? '';
    const workspace = join(folder, 'workspace');
    await mkdir(workspace);
    const event = async (isPrivate: boolean) => {
      const file = join(folder, `event-${isPrivate}.json`);
      await writeFile(file, JSON.stringify({ repository: { private: isPrivate } }));
      return file;
    };
    const pull = async (inputs: Record<string, string>, env: Record<string, string> = {}) =>
      runAction(
        { 'api-url': world.health.url, 'time-zone': 'Europe/Berlin', ...inputs },
        {
          entry: PULL_ENTRY,
          env: {
            GITHUB_WORKSPACE: workspace,
            GITHUB_EVENT_PATH: await event(true),
            FITBIT_ACCESS_TOKEN: token,
            ...env,
          },
        },
      );
    const backfill = { since: '2026-08-01', until: '2026-10-31' };
    const pulled = await pull({ ...backfill, summary: 'true' });
    if (kept.exitCode !== 0 || pulled.exitCode !== 0) {
      throw new Error(
        `the keeper or the pull failed: ${[...kept.errors, ...pulled.errors].join(' ')}`,
      );
    }
    const stopped = await pull({ until: '2026-11-20', 'max-requests': '3' });
    world.health.addToken('ya29.look-without-sleep', [
      'activity_and_fitness.readonly',
      'health_metrics_and_measurements.readonly',
    ]);
    const forbidden = await pull(
      { until: '2026-11-25' },
      { FITBIT_ACCESS_TOKEN: 'ya29.look-without-sleep' },
    );
    const refused401 = await pull(backfill, { FITBIT_ACCESS_TOKEN: 'ya29.look-expired' });
    const refusedPublic = await pull(backfill, { GITHUB_EVENT_PATH: await event(false) });
    const badInput = await pull({ ...backfill, 'time-zone': 'Berlin' });
    const summary = (name: string, markdown: string): Page => ({
      name: `summary-${name}`,
      markdown,
      base: folder,
      kind: 'summary',
    });
    return {
      dataFolder: join(workspace, 'data'),
      pages: [
        summary('keeper-success', kept.summary),
        summary('keeper-failure', failed.summary),
        summary('pull-success-figures', pulled.summary),
        summary('pull-more-to-come', stopped.summary),
        summary('pull-403-one-type', forbidden.summary),
        summary('pull-401', refused401.summary),
        summary('pull-public-refused', refusedPublic.summary),
        summary('pull-bad-input', badInput.summary),
      ],
    };
  } finally {
    await world.close();
  }
}

/** The sample folder the repository ships (examples/data/), else a copy of the one pulled here. */
async function sampleDataFolder(pulled: string): Promise<string> {
  const shipped = join(PROJECT_ROOT, 'examples', 'data');
  if (await exists(join(shipped, 'README.md'))) return shipped;
  const copy = join(out, 'data');
  await rm(copy, { recursive: true, force: true });
  await cp(pulled, copy, { recursive: true });
  return copy;
}

/** A page as GitHub shows the Markdown: its CSS, the column's width, and a measuring script. */
function pageHtml(page: Page, theme: 'light' | 'dark', width: 390 | 1280): string {
  const css = githubCss(theme);
  const body = toHtml(renderAsGitHub(page.markdown));
  const background = theme === 'dark' ? '#0d1117' : '#ffffff';
  const column = COLUMN[width];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="${pathToFileURL(`${page.base}/`).href}">
<title>${page.name}</title>
<style>${css}</style>
<style>
  html, body { margin: 0; background: ${background}; }
  main { box-sizing: content-box; max-width: ${column}px; margin: 0 auto; padding: 16px max(25px, calc((100% - ${column}px) / 2)); }
  .markdown-body { font-size: 14px; }
</style></head>
<body><main><article class="markdown-body">${body}</article></main>
<script>
// ?offset=N shows the page from N px down: a long page is photographed in slices.
const offset = Number(new URLSearchParams(location.search).get('offset') ?? 0);
if (offset > 0) document.querySelector('main').style.transform = 'translateY(-' + offset + 'px)';
addEventListener('load', () => {
  const wide = [...document.querySelectorAll('.markdown-body table, .markdown-body pre')]
    .filter((element) => element.scrollWidth > element.clientWidth + 1)
    .map((element) => ({ tag: element.tagName.toLowerCase(), width: element.scrollWidth,
      visible: element.clientWidth, text: element.textContent.trim().replace(/\\s+/g, ' ').slice(0, 50) }));
  const broken = [...document.images].filter((image) => image.naturalWidth === 0)
    .map((image) => image.getAttribute('src'));
  const measure = document.createElement('pre');
  measure.id = 'measure';
  measure.hidden = true;
  measure.textContent = JSON.stringify({ viewport: innerWidth, page: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight, scrolling: wide, brokenImages: broken });
  document.body.append(measure);
});
</script></body></html>
`;
}

/** GitHub's Markdown styles for one theme, as github-markdown-css extracts them. */
function githubCss(theme: 'light' | 'dark'): string {
  const file = createRequire(import.meta.url).resolve(
    `github-markdown-css/github-markdown-${theme}.css`,
  );
  return readFileSync(file, 'utf8');
}

function chromiumFlags(width: number, height: number): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--hide-scrollbars',
    '--allow-file-access-from-files',
    `--window-size=${width},${height}`,
  ];
}

/** The page's measurements, as its own script wrote them into the DOM after loading. */
async function measured(file: string, width: number): Promise<Measure> {
  const profile = await mkdtemp(join(tmpdir(), 'ftk-look-chromium-'));
  try {
    const { stdout } = await run(
      CHROMIUM,
      [
        ...chromiumFlags(width, 900),
        `--user-data-dir=${profile}`,
        '--virtual-time-budget=5000',
        '--dump-dom',
        pathToFileURL(file).href,
      ],
      { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
    );
    const json = /<pre id="measure" hidden="">([\s\S]*?)<\/pre>/.exec(stdout)?.[1];
    if (json === undefined) throw new Error(`${file}: the page wrote no measurement`);
    return JSON.parse(decode(json)) as Measure;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** A screenshot of `height` px of the page from `offset` px down, `width` wide. */
async function photograph(
  file: string,
  offset: number,
  width: number,
  height: number,
  png: string,
) {
  const profile = await mkdtemp(join(tmpdir(), 'ftk-look-chromium-'));
  try {
    await run(
      CHROMIUM,
      [
        ...chromiumFlags(width, Math.max(height, 200)),
        `--user-data-dir=${profile}`,
        '--virtual-time-budget=5000',
        `--screenshot=${png}`,
        `${pathToFileURL(file).href}?offset=${offset}`,
      ],
      { timeout: 120_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** What a person would have to scroll sideways for; a summary that does not fit is TOO WIDE. */
function judged(page: Page, name: string, measure: Measure): string[] {
  const problems: string[] = [];
  const tooWide = page.kind === 'summary' ? 'TOO WIDE' : 'wide';
  if (measure.page > measure.viewport) {
    problems.push(
      `${tooWide} ${name}: the page is ${measure.page} px in a ${measure.viewport} px window`,
    );
  }
  for (const part of measure.scrolling) {
    // Code in a README scrolls sideways on GitHub too; a table or a summary should not.
    const level = part.tag === 'pre' && page.kind === 'readme' ? 'scrolls' : tooWide;
    problems.push(
      `${level} ${name}: a <${part.tag}> ${part.width} px wide in ${part.visible} px: ${part.text}`,
    );
  }
  for (const image of measure.brokenImages) problems.push(`missing image in ${name}: ${image}`);
  return problems;
}

function decode(text: string): string {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
