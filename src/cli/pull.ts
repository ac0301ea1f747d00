/**
 * `fitbit-token-keeper pull`: the pull action's work on a person's machine,
 * for a first backfill: the same settings (flags named as the action's
 * inputs), the same files and rules. The access token comes only from
 * FITBIT_ACCESS_TOKEN, never from the command line, which every user of the
 * machine can read. Progress goes to standard error, counts only.
 */
import { DATA_TYPES, DEFAULT_TYPES } from '../health/data-types.js';
import { DEFAULTS } from '../health/defaults.js';
import type { PullSettings } from '../health/pull.js';
import { errorMessage, InputError } from '../lib/errors.js';
import { defineCommand, EXIT } from './command.js';
import type { CommandIo } from './io.js';
import { HELP_OPTION, type OptionValues, UsageError } from './options.js';

const TOKEN_VARIABLE = 'FITBIT_ACCESS_TOKEN';

const PULL_OPTIONS = {
  types: {
    type: 'string',
    value: 'LIST',
    help: `data types, comma separated; default: ${DEFAULT_TYPES.map((type) => type.name).join(',')}`,
  },
  since: {
    type: 'string',
    value: 'YYYY-MM-DD',
    help: `the first day for a type the folder holds nothing of yet; default: ${DEFAULTS.sinceDaysBefore} days before --until`,
  },
  until: {
    type: 'string',
    value: 'YYYY-MM-DD',
    help: 'the last day to fetch; default: yesterday in --time-zone',
  },
  'time-zone': {
    type: 'string',
    value: 'TZ',
    help: `the IANA time zone that says which days are over (days follow each point's own offset); default: ${DEFAULTS.timeZone}`,
  },
  folder: {
    type: 'string',
    value: 'DIR',
    help: `the folder, relative to the current one; default: ${DEFAULTS.folder}`,
  },
  'refetch-days': {
    type: 'string',
    value: 'N',
    help: `fetch the last N days again (watches sync late); default: ${DEFAULTS.refetchDays}`,
  },
  'max-requests': {
    type: 'string',
    value: 'N',
    help: `at most N requests to the API; run again to go on; default: ${DEFAULTS.maxRequests}`,
  },
  'api-url': {
    type: 'string',
    value: 'URL',
    help: `the Google Health API base; default: ${DEFAULTS.apiUrl}`,
  },
  ...HELP_OPTION,
} as const;

export const PULL = defineCommand({
  name: 'pull',
  summary:
    'Fetch your Google Health data into a folder: a backfill, or the days since the last pull.',
  usage: 'pull [--types LIST] [--since YYYY-MM-DD] [--time-zone TZ] [--folder DIR] [options]',
  about: [
    `Reads the access token from ${TOKEN_VARIABLE} (never from a flag: every user of the machine\n` +
      'can read a command line). Writes <folder>/<type>/<YYYY>/<YYYY-MM-DD>.json, daily.csv,\n' +
      'README.md with charts, and .pull-state.json, from which the next run goes on. Prints\n' +
      'progress (counts, never a value) on standard error and the outputs on standard output.',
    `Data types: ${DATA_TYPES.map((type) => type.name).join(', ')}.`,
  ],
  options: PULL_OPTIONS,
  done: 'every type was fetched (max-requests may have left some for the next run: more=true)',
  run: pullData,
});

async function pullData(values: OptionValues<typeof PULL_OPTIONS>, io: CommandIo): Promise<number> {
  const accessToken = io.env[TOKEN_VARIABLE]?.trim();
  if (!accessToken) {
    throw new UsageError(
      `${TOKEN_VARIABLE} is not set: put a Google Health API access token in it (the keeper action exports one in a workflow)`,
    );
  }
  // The pull is loaded only when the command pulls: the other commands start without it.
  const [
    { readPullSettings },
    { refuseFolderOutside },
    { pull },
    { PRODUCTION_PULL_TIMING },
    { openRunScope },
  ] = await Promise.all([
    import('../health/settings.js'),
    import('../health/folder-guard.js'),
    import('../health/pull.js'),
    import('../health/timing.js'),
    import('../lib/run-scope.js'),
  ]);
  const flags: Record<string, string | undefined> = { ...values, help: undefined };
  let settings: PullSettings;
  try {
    settings = readPullSettings((name) => flags[name] || undefined, new Date(), io.cwd);
    await refuseFolderOutside(settings.folder, io.cwd);
  } catch (error) {
    if (error instanceof InputError)
      throw new UsageError(`option --${error.input} ${error.problem}`);
    throw error;
  }
  const scope = openRunScope({
    timing: PRODUCTION_PULL_TIMING,
    limitMs: PRODUCTION_PULL_TIMING.pullLimitMs,
    log: {
      info: (message) => io.err(message),
      warning: (message) => io.err(`warning: ${message}`),
    },
  });
  scope.mask(accessToken);
  try {
    const result = await pull(settings, {
      accessToken,
      network: scope.network,
      timing: PRODUCTION_PULL_TIMING,
      redactor: scope.redactor,
      log: scope.log,
    });
    io.out(`complete-through=${result.completeThrough ?? ''}`);
    io.out(`more=${result.more}`);
    io.out(`requests=${result.requests}`);
    io.out(`files-written=${result.filesWritten}`);
    // A 401 fails every type with the same words: say them once.
    const failures = new Set(result.types.flatMap((type) => (type.failure ? [type.failure] : [])));
    for (const failure of failures) io.err(`error: ${failure}`);
    if (result.more) io.err('max-requests reached: run the same command again to go on.');
    return failures.size === 0 ? EXIT.done : EXIT.failed;
  } catch (error) {
    scope.cancel();
    io.err(`error: ${scope.redactor.redact(errorMessage(error))}`);
    return EXIT.failed;
  } finally {
    await scope.close();
  }
}
