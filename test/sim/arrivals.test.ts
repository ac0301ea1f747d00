import { afterEach, describe, expect, it } from 'vitest';
import { eventsSoFar } from '../../sim/arrivals.js';
import { type FitbitSim, startFitbitSim } from '../../sim/fitbit.js';
import { type GitHubSim, startGitHubSim } from '../../sim/github.js';
import { settlesWithin } from '../helpers/hang-guard.js';

let github: GitHubSim | undefined;
let fitbit: FitbitSim | undefined;
afterEach(async () => {
  await Promise.all([github?.close(), fitbit?.close()]);
});

const post = (url: string) => fetch(url, { method: 'POST', body: '' }).then((res) => res.text());
const get = (url: string) => fetch(url).then((res) => res.text());

describe('the arrival order across simulators', () => {
  it('numbers arrivals and answers in one sequence across simulators', async () => {
    [github, fitbit] = await Promise.all([startGitHubSim(), startFitbitSim()]);
    const before = eventsSoFar();
    await get(`${github.url}/repos/octo/x`);
    await post(fitbit.tokenUrl);
    await get(`${github.url}/repos/octo/y`);
    const [first, third] = github.requests;
    const [second] = fitbit.requests;
    expect([first?.arrival, second?.arrival, third?.arrival]).toEqual([
      before + 1,
      before + 3,
      before + 5,
    ]);
    // Each answered before the next arrived.
    expect([first?.answered, second?.answered, third?.answered]).toEqual([
      before + 2,
      before + 4,
      before + 6,
    ]);
  });

  it('leaves a request without an answer number while it is open', async () => {
    github = await startGitHubSim();
    const arrived = github.untilRequests(() => true);
    github.faults.push({ hang: true });
    const client = new AbortController();
    const pending = fetch(`${github.url}/repos/octo/x`, { signal: client.signal }).catch(
      (error: unknown) => error,
    );
    await arrived;
    expect(github.requests[0]?.answered).toBeUndefined();
    client.abort();
    await pending;
    // The end of an exchange the client gave up is numbered too, once the server sees it.
    await settlesWithin(
      (async () => {
        while (github?.requests[0]?.answered === undefined) await new Promise(setImmediate);
      })(),
      'the number of an aborted exchange',
    );
    expect(github.requests[0]?.answered).toBeGreaterThan(github.requests[0]?.arrival ?? Infinity);
  });

  it('wakes a waiter once as many matching requests as it asked for have arrived', async () => {
    github = await startGitHubSim();
    const seen: string[] = [];
    const twoReads = github
      .untilRequests((r) => r.method === 'GET', 2)
      .then(() => seen.push(`woken after ${github?.requests.length} requests`));
    await get(`${github.url}/repos/octo/x`);
    await post(`${github.url}/repos/octo/x`);
    expect(seen).toEqual([]);
    await get(`${github.url}/repos/octo/y`);
    await twoReads;
    expect(seen).toEqual(['woken after 3 requests']);
  });
});
