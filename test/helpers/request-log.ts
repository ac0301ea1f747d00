/**
 * What reached the wire in one scenario, as a small text file to compare with
 * a snapshot: each request to the simulated GitHub and token endpoints as
 * `METHOD path body`, with every value that changes from run to run (tokens,
 * sealed values, the probe's random name) replaced by a stable label.
 */
import type { World } from '../../sim/world.js';

export interface RequestMark {
  readonly github: number;
  readonly google: number;
  readonly fitbit: number;
}

export function markRequests(world: World): RequestMark {
  return {
    github: world.github.requests.length,
    google: world.google.requests.length,
    fitbit: world.fitbit.requests.length,
  };
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
  const lines = [
    ...world.github.requests
      .slice(since.github)
      .map((r) => `github  ${r.method} ${r.path}${r.rawBody ? ` ${r.rawBody}` : ''}`),
    ...world.google.requests
      .slice(since.google)
      .map((r) => `google  ${r.method} ${r.path} ${formFields(r.form)}`),
    ...world.fitbit.requests
      .slice(since.fitbit)
      .map((r) => `fitbit  ${r.method} ${r.path} ${formFields(r.form)}`),
  ];
  return `${lines.map(relabel).join('\n')}\n`;
}

function formFields(form: Record<string, string>): string {
  return Object.entries(form)
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}
