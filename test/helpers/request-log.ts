/**
 * What reached the wire in one scenario, as a small text file to compare with
 * a snapshot: every request to the simulated GitHub and token endpoints, in
 * the order they arrived, one a line as `step  service  METHOD path body`, with
 * every value that changes from run to run (tokens, sealed values, the probe's
 * random name) replaced by a stable label.
 *
 * The step says what the order proves. A request gets the next step when it
 * arrived after every request before it had been answered: it cannot have been
 * sent before their answers. Requests that were open at the same time share a
 * step, in no particular order (they are listed alphabetically), since which
 * of them arrived first is up to the network, not to the program.
 */
import { type Arrival, eventsSoFar } from '../../sim/arrivals.js';
import type { World } from '../../sim/world.js';

/** Where a log starts: the simulators' sequence before the scenario. */
export interface RequestMark {
  readonly after: number;
}

export function markRequests(): RequestMark {
  return { after: eventsSoFar() };
}

/** `labels` maps values known to the test (tokens, secrets) to the names shown instead. */
export function requestLog(
  world: World,
  since: RequestMark,
  labels: Record<string, string> = {},
): string {
  const relabel = (text: string) => {
    let out = text
      .replace(/FITBIT_TOKEN_KEEPER_PROBE_[0-9A-F]+/g, 'FITBIT_TOKEN_KEEPER_PROBE_<random>')
      .replace(/"encrypted_value":"[^"]*"/g, '"encrypted_value":"<sealed>"')
      .replace(/"key_id":"[^"]*"/g, '"key_id":"<key id>"');
    for (const [value, label] of Object.entries(labels)) out = out.split(value).join(`<${label}>`);
    return out;
  };
  const requests: { request: Arrival; line: string }[] = [
    ...world.github.requests.map((r) => ({
      request: r,
      line: `github  ${r.method} ${r.path}${r.rawBody ? ` ${r.rawBody}` : ''}`,
    })),
    ...world.google.requests.map((r) => ({
      request: r,
      line: `google  ${r.method} ${r.path} ${formFields(r.form)}`,
    })),
    ...world.fitbit.requests.map((r) => ({
      request: r,
      line: `fitbit  ${r.method} ${r.path} ${formFields(r.form)}`,
    })),
  ]
    .filter(({ request }) => request.arrival > since.after)
    .sort((a, b) => a.request.arrival - b.request.arrival);
  const steps = stepsOf(requests.map(({ request }) => request));
  const lines = requests
    .map(({ line }, index) => ({ step: steps[index] ?? 0, line: relabel(line) }))
    .sort((a, b) => a.step - b.step || a.line.localeCompare(b.line))
    .map(({ step, line }) => `${step}  ${line}`);
  return `${lines.join('\n')}\n`;
}

/** Each request's step, for requests in the order they arrived. */
function stepsOf(requests: readonly Arrival[]): number[] {
  let step = 0;
  let open: Arrival[] = [];
  return requests.map((request) => {
    open = open.filter((earlier) => (earlier.answered ?? Infinity) > request.arrival);
    if (open.length === 0) step += 1;
    open.push(request);
    return step;
  });
}

function formFields(form: Record<string, string>): string {
  return Object.entries(form)
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}
