/**
 * The fewest sequential round trips, and work that can wait for an answer
 * done while waiting for it, through the bundle as the runner runs it: a
 * Google refresh takes two round trips with or without the consent issue (its
 * list, and the repository whose schedule keeps the grant alive, are read
 * beside the public key); a rotation loads libsodium while GitHub answers the
 * preflight, not after.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../../sim/action-runner.js';
import { markRequests, requestLog } from '../helpers/request-log.js';
import { useTempFolders } from '../helpers/temp-folders.js';
import { useWorld } from '../helpers/use-world.js';

const REPOSITORY = 'octo/round-trips';
const WRITER = 'ghp_round_trips_writer_01';
const JOB_TOKEN = 'ghs_round_trips_job_token_02';
const FITBIT_CLIENT = { id: '23RTRP', secret: 'fitbit-round-trips-secret' };
const GOOGLE_CLIENT = { id: 'rt.apps.googleusercontent.com', secret: 'GOCSPX-round-trips' };
const SCOPE = 'https://www.googleapis.com/auth/googlehealth.sleep.readonly';

const tempFolder = useTempFolders();
const world = useWorld({
  repository: REPOSITORY,
  writer: WRITER,
  fitbitClient: { ...FITBIT_CLIENT, type: 'server' },
  googleClient: GOOGLE_CLIENT,
});

/**
 * Resolves once `arrived` has, or after 20 s at the latest (only a hang takes that long), so that a
 * program that sends the awaited request only later (after this answer)
 * still ends, and its log shows the extra step instead of the test hanging.
 */
function heldUntil(arrived: Promise<void>): Promise<'arrived' | 'gave up'> {
  let timer: NodeJS.Timeout | undefined;
  const giveUp = new Promise<'gave up'>((resolve) => {
    timer = setTimeout(() => resolve('gave up'), 20_000);
  });
  return Promise.race([arrived.then(() => 'arrived' as const), giveUp]).finally(() =>
    clearTimeout(timer),
  );
}

const isPublicKeyRead = (method: string, path: string) =>
  method === 'GET' && path.endsWith('/actions/secrets/public-key');

describe('round trips', () => {
  it('a Google refresh with consent-issue: true reads the open issues and the repository beside the public key: two round trips', async () => {
    world.github.addToken(JOB_TOKEN, 'metadata', 'write');
    const token = world.google.issueGrant({ clientId: GOOGLE_CLIENT.id, scope: SCOPE });
    world.github.setSecret({ repository: REPOSITORY }, 'ROUND_TRIPS', token);
    const isIssuesList = (method: string, path: string) =>
      method === 'GET' && path.endsWith(`/repos/${REPOSITORY}/issues`);
    // The schedule check: the workflow's repository, its visibility and last push.
    const isRepositoryRead = (method: string, path: string) =>
      method === 'GET' && path === `/repos/${REPOSITORY}`;
    const reads = [isPublicKeyRead, isIssuesList, isRepositoryRead];
    // Each read is answered once the other two have arrived: all three open together, one round trip.
    world.github.faults.push(
      ...reads.map((read) => ({
        holdUntil: heldUntil(
          world.github.untilRequests(
            (r) => reads.some((other) => other !== read && other(r.method, r.path)),
            reads.length - 1,
          ),
        ),
        match: read,
      })),
    );
    try {
      const mark = markRequests();
      const result = await runAction(
        world.googleInputs(token, {
          'secret-name': 'ROUND_TRIPS',
          'consent-issue': 'true',
          'issues-token': JOB_TOKEN,
        }),
        // As the runner starts it: the schedule check asks about GITHUB_REPOSITORY.
        { env: { GITHUB_REPOSITORY: REPOSITORY, GITHUB_RUN_ID: '5150' } },
      );
      expect(result.exitCode, result.stdout).toBe(0);
      const log = requestLog(world, mark, {
        [token]: 'stored refresh token',
        [GOOGLE_CLIENT.secret]: 'client secret',
      });
      expect(log.split('\n').filter(Boolean)).toEqual([
        `1  github  GET /repos/${REPOSITORY}`,
        `1  github  GET /repos/${REPOSITORY}/actions/secrets/public-key`,
        `1  github  GET /repos/${REPOSITORY}/issues`,
        `2  google  POST /token grant_type=refresh_token&refresh_token=<stored refresh token>&client_id=${GOOGLE_CLIENT.id}&client_secret=<client secret>`,
      ]);
    } finally {
      world.github.faults.clear();
    }
  });

  it('a rotation loads libsodium while GitHub answers the public key, not after', async () => {
    const token = world.fitbit.issueGrant({
      clientId: FITBIT_CLIENT.id,
      scope: 'sleep',
      userId: 'RTRIP',
    });
    world.github.setSecret({ repository: REPOSITORY }, 'FITBIT_REFRESH_TOKEN', token);
    // The child records every file it loads; libsodium's own module carries sodium_init.
    const folder = await tempFolder('ftk-round-trips');
    const loaded = join(folder, 'loaded.txt');
    const hooks = join(folder, 'record-loads.mjs');
    await writeFile(loaded, '');
    await writeFile(
      hooks,
      [
        "import { registerHooks } from 'node:module';",
        "import { appendFileSync, readFileSync } from 'node:fs';",
        'registerHooks({',
        '  load(url, context, next) {',
        "    const loadedAt = url.startsWith('file:') && readFileSync(new URL(url), 'utf8').includes('sodium_init');",
        `    if (loadedAt) appendFileSync(${JSON.stringify(loaded)}, 'libsodium\\n');`,
        '    return next(url, context);',
        '  },',
        '});',
      ].join('\n'),
    );
    let running = true;
    const libsodiumLoaded = (async () => {
      while (running) {
        if ((await readFile(loaded, 'utf8')).includes('libsodium')) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    let keyAnswered: 'arrived' | 'gave up' | undefined;
    world.github.faults.push({
      holdUntil: heldUntil(libsodiumLoaded).then((why) => {
        keyAnswered = why;
      }),
      match: isPublicKeyRead,
    });
    try {
      const result = await runAction(world.fitbitInputs(token, { repository: REPOSITORY }), {
        env: { NODE_OPTIONS: `--import=${hooks}` },
      });
      expect(result.exitCode, result.stdout).toBe(0);
      // The public key was answered because libsodium had loaded, not because the wait gave up.
      expect(keyAnswered).toBe('arrived');
    } finally {
      running = false;
      world.github.faults.clear();
    }
  });
});
