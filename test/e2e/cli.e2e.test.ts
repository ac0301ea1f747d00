/**
 * The bundled `fitbit-token-keeper` command's conventions, as people know them
 * from gh and npm: help on standard output, --version, usage errors (exit 2,
 * one line on standard error that points to --help), and keygen / recover as
 * a person at a terminal meets them. Every run gets a temporary HOME.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../sim/action-runner.js';
import type { OptionSpecs } from '../../src/cli/options.js';
import { COMMANDS, TOOL_OPTIONS } from '../../src/cli/tool.js';
import { sealForRecovery } from '../../src/lib/recovery.js';
import { COMMAND_NODE, startCommand } from '../helpers/command-runner.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const git = promisify(execFile);
const tempFolder = useTempFolders();
const KEY_PATH = ['.config', 'fitbit-token-keeper', 'recovery.key'];

let home: string;
let elsewhere: string;
beforeEach(async () => {
  home = await tempFolder('ftk-home');
  elsewhere = await tempFolder('ftk-cwd');
});

/** The command run in a folder outside any git working tree, with a HOME of its own. */
function run(
  args: string[],
  options: { env?: Record<string, string>; cwd?: string; stdin?: string } = {},
) {
  return startCommand(
    args,
    { HOME: home, ...options.env },
    {
      cwd: options.cwd ?? elsewhere,
      ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
    },
  ).done;
}

async function gitRepository(): Promise<string> {
  const folder = await tempFolder('ftk-clone');
  await git('git', ['init', '--quiet', folder]);
  return folder;
}

/** The lines of a help text that document a flag: two spaces, the flag, its placeholder, the text. */
function optionLinesFor(help: string, specs: OptionSpecs, name: string): string[] {
  const spec = specs[name];
  const flag = `--${spec?.negatable ? 'no-' : ''}${name}`;
  const short = spec?.short ? `-${spec.short}, ` : '(?:    )?';
  const line = new RegExp(`^  ${short}${flag}(?: (?:"[^"]*"|\\S+))? {2,}\\S.*$`);
  return help.split('\n').filter((text) => line.test(text));
}

describe('help', () => {
  it.each([[[]], [['--help']], [['-h']]])(
    'fitbit-token-keeper %j prints the tool help on standard output and exits 0',
    async (args) => {
      const result = await run(args);
      expect(result.exitCode).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/^Usage:\n {2}fitbit-token-keeper <command> \[options\]$/m);
      for (const command of COMMANDS) {
        expect(result.stdout).toMatch(new RegExp(`^ {2}${command.name} +\\S.+$`, 'm'));
      }
      for (const name of Object.keys(TOOL_OPTIONS)) {
        expect(optionLinesFor(result.stdout, TOOL_OPTIONS, name), name).toHaveLength(1);
      }
      expect(result.stdout).toMatch(/Exit status: 0 done, 1 failed, 2 usage error/);
    },
  );

  describe.each(COMMANDS.map((command) => [command.name, command] as const))(
    '%s',
    (name, command) => {
      it.each(['--help', '-h'])(
        `${name} %s prints its help on standard output and exits 0`,
        async (flag) => {
          const result = await run([name, flag]);
          expect(result.exitCode).toBe(0);
          expect(result.stderr).toBe('');
          expect(result.stdout).toContain(`Usage:\n  fitbit-token-keeper ${name}`);
          expect(result.stdout).toMatch(/Exit status: 0 .+, 1 failed, 2 usage error/);
        },
      );

      it(`${name} --help explains every option its parser knows, one line each`, async () => {
        const { stdout } = await run([name, '--help']);
        const names = Object.keys(command.options);
        for (const option of names) {
          expect(optionLinesFor(stdout, command.options, option), option).toHaveLength(1);
        }
        // …and documents no flag the parser does not know.
        expect(stdout.split('\n').filter((line) => /^ {2}(-\w, | {4})?--/.test(line))).toHaveLength(
          names.length,
        );
      });
    },
  );

  it('says where each value comes from when its flag is absent', async () => {
    const authorize = (await run(['authorize', '--help'])).stdout;
    const line = (flag: string) =>
      authorize.split('\n').find((text) => text.trimStart().startsWith(flag)) ?? '';
    expect(line('--github-token')).toMatch(/GH_TOKEN.*GITHUB_TOKEN/);
    expect(line('--client-secret')).toContain('FITBIT_TOKEN_KEEPER_CLIENT_SECRET');
    expect(line('--repository')).toMatch(/origin/);
    expect(line('--redirect-uri')).toContain('http://127.0.0.1:8080/');
    expect(line('--timeout')).toMatch(/300/);
    const keygen = (await run(['keygen', '--help'])).stdout;
    expect(keygen).toMatch(/--private-key-file F .*\$XDG_CONFIG_HOME.*~\/\.config/);
    const recover = (await run(['recover', '--help'])).stdout;
    expect(recover).toMatch(/--secret-name NAME .*FITBIT_REFRESH_TOKEN/);
  });
});

describe('--version', () => {
  it("prints package.json's version", async () => {
    const { version } = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8'));
    const result = await run(['--version']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
    expect(result.stderr).toBe('');
  });

  it('works from the bundles alone, as unpacked from the npm package', async () => {
    const unpacked = await tempFolder('ftk-package');
    await cp(join(PROJECT_ROOT, 'dist'), join(unpacked, 'dist'), { recursive: true });
    const child = execFile(COMMAND_NODE, [join(unpacked, 'dist', 'cli', 'index.js'), '--version'], {
      env: { PATH: process.env.PATH ?? '', HOME: home },
      cwd: elsewhere,
    });
    let stdout = '';
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
    });
    const exitCode = await new Promise((resolve) => child.on('close', resolve));
    const { version } = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8'));
    expect(exitCode).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });
});

describe('usage errors: exit 2, nothing on standard output, one line pointing to --help', () => {
  it.each([
    [['frobnicate'], /^error: unknown command 'frobnicate'\. Run 'fitbit-token-keeper --help'\.$/],
    [['--foo'], /^error: unknown option '--foo'\. Run 'fitbit-token-keeper --help'\.$/],
    [
      ['authorize', '--foo'],
      /^error: unknown option '--foo'\. Run 'fitbit-token-keeper authorize --help'\.$/,
    ],
    [['authorize', '--client-id'], /option '--client-id' needs a value\. Run .*authorize --help/],
    [
      ['authorize', '--client-id', '--no-open'],
      /option '--client-id' needs a value, and '--no-open' looks like an option .*authorize --help/,
    ],
    [['authorize', '--print=yes'], /option '--print' takes no value\. Run .*authorize --help/],
    [['authorize', 'now'], /unexpected argument 'now'\. Run .*authorize --help/],
    [['authorize'], /option --client-id is required.* Run .*authorize --help/],
    [['authorize', '--client-id', 'x'], /no GitHub token: set GH_TOKEN .*authorize --help/],
    [
      ['authorize', '--client-id', 'x', '--timeout', 'soon'],
      /option --timeout must be a number .*authorize --help/,
    ],
    [
      ['authorize', '--client-id', 'x', '--provider', 'custom', '--github-token', 't'],
      /option --authorize-url is required with --provider custom.*authorize --help/,
    ],
    [['keygen', '--private-key'], /unknown option '--private-key'\. Run .*keygen --help/],
    [['recover', 'sealed.txt'], /unexpected argument 'sealed\.txt'\. Run .*recover --help/],
    [['recover', '-x'], /unknown option '-x'\. Run .*recover --help/],
  ])('%j', async (args, message) => {
    const result = await run(args);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith('\n')).toBe(true);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(lines[0]).toMatch(/Run 'fitbit-token-keeper( \w+)? --help'\.$/);
  });
});

describe('keygen', () => {
  it('writes the private key under ~/.config/fitbit-token-keeper (700, 600), not into the clone it runs in', async () => {
    const clone = await gitRepository();
    const before = await readdir(clone);
    const result = await run(['keygen'], { cwd: clone });
    expect(result.exitCode, result.stderr).toBe(0);
    const keyFile = join(home, ...KEY_PATH);
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    expect((await stat(join(home, '.config', 'fitbit-token-keeper'))).mode & 0o777).toBe(0o700);
    expect(await readdir(clone)).toEqual(before);
    expect(result.stderr).toContain(keyFile);

    // The key pair works: what is sealed to the printed key, recover opens with the default file.
    const sealed = await sealForRecovery('rt-keygen-default', result.stdout.trim());
    const recovered = await run(['recover'], { stdin: `${sealed}\n` });
    expect(recovered.exitCode, recovered.stderr).toBe(0);
    expect(recovered.stdout).toBe('rt-keygen-default\n');
  });

  it('uses $XDG_CONFIG_HOME when it is set, and never overwrites a key', async () => {
    const config = await tempFolder('ftk-xdg');
    const first = await run(['keygen'], { env: { XDG_CONFIG_HOME: config } });
    expect(first.exitCode, first.stderr).toBe(0);
    const keyFile = join(config, 'fitbit-token-keeper', 'recovery.key');
    const key = await readFile(keyFile, 'utf8');
    const again = await run(['keygen'], { env: { XDG_CONFIG_HOME: config } });
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toMatch(
      /^error: a private key exists already at .*recovery\.key; it is not overwritten/,
    );
    expect(await readFile(keyFile, 'utf8')).toBe(key);
    await expect(stat(join(home, '.config'))).rejects.toThrow();
  });

  it('refuses a --private-key-file inside a git working tree (exit 2) unless --force', async () => {
    const clone = await gitRepository();
    await mkdir(join(clone, 'keys'));
    for (const file of [join(clone, 'recovery.key'), join(clone, 'keys', 'recovery.key')]) {
      const refused = await run(['keygen', '--private-key-file', file]);
      expect(refused.exitCode).toBe(2);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toContain(`inside the git working tree ${clone}`);
      expect(refused.stderr).toMatch(/--force.*Run 'fitbit-token-keeper keygen --help'\.\n$/);
      await expect(stat(file)).rejects.toThrow();
    }
    const forced = await run(['keygen', '--private-key-file', 'keys/forced.key', '--force'], {
      cwd: clone,
    });
    expect(forced.exitCode, forced.stderr).toBe(0);
    expect((await stat(join(clone, 'keys', 'forced.key'))).mode & 0o777).toBe(0o600);
  });

  it('takes a --private-key-file outside any working tree as given', async () => {
    const result = await run(['keygen', '--private-key-file', 'mine.key']);
    expect(result.exitCode, result.stderr).toBe(0);
    expect((await stat(join(elsewhere, 'mine.key'))).mode & 0o777).toBe(0o600);
  });

  it('refuses its default place too when HOME is itself a git working tree', async () => {
    const dotfiles = await gitRepository();
    const result = await startCommand(['keygen'], { HOME: dotfiles }, { cwd: elsewhere }).done;
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`inside the git working tree ${dotfiles}`);
    await expect(stat(join(dotfiles, '.config'))).rejects.toThrow();
  });
});

describe('recover', () => {
  async function keyPair(): Promise<string> {
    const result = await run(['keygen']);
    expect(result.exitCode, result.stderr).toBe(0);
    return result.stdout.trim();
  }

  it('says plainly that a given private key file does not exist', async () => {
    const missing = join(elsewhere, 'missing.key');
    const result = await run(['recover', '--private-key-file', missing], { stdin: 'x\n' });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(`error: the private key file ${missing} does not exist\n`);
    expect(result.stdout).toBe('');
  });

  it('names the default private key file when there is none', async () => {
    const result = await run(['recover'], { stdin: 'x\n' });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(
      `error: the private key file ${join(home, ...KEY_PATH)} does not exist\n`,
    );
  });

  it('says what to give it when standard input is empty, and prompts no one when it is a pipe', async () => {
    await keyPair();
    const result = await run(['recover'], { stdin: '\n' });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^error: no input: pipe or paste the sealed text/);
    expect(result.stderr).not.toMatch(/Paste the sealed line/);
    expect(result.stdout).toBe('');
  });

  it.each([
    [[], 'FITBIT_REFRESH_TOKEN'],
    [['--secret-name', 'GOOGLE_REFRESH_TOKEN'], 'GOOGLE_REFRESH_TOKEN'],
  ])('%j: prints the token and the gh command for the right secret', async (extra, secret) => {
    const sealed = await sealForRecovery('rt-recovered-0001', await keyPair());
    const result = await run(['recover', ...extra], { stdin: `2026-12-01T10:00:00Z ${sealed}\n` });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toBe('rt-recovered-0001\n');
    expect(result.stderr).toContain(`gh secret set ${secret} `);
    expect(result.stderr).not.toContain('rt-recovered-0001');
    if (secret !== 'FITBIT_REFRESH_TOKEN')
      expect(result.stderr).not.toContain('FITBIT_REFRESH_TOKEN');
  });

  it('refuses a --secret-name GitHub would not take', async () => {
    const sealed = await sealForRecovery('rt-x', await keyPair());
    const result = await run(['recover', '--secret-name', 'GITHUB_X'], { stdin: sealed });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^error: option --secret-name 'GITHUB_X' is not allowed/);
    expect(result.stdout).toBe('');
  });
});
