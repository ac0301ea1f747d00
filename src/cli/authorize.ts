/**
 * `fitbit-token-keeper authorize`: the consent step on a person's machine, as
 * its help presents it. What it does is authorize-consent.ts.
 */
import { AUTHORIZE_OPTIONS } from './authorize-flags.js';
import { defineCommand } from './command.js';

export const AUTHORIZE = defineCommand({
  name: 'authorize',
  summary:
    'Ask for consent in the browser, then store the refresh token in a GitHub Actions secret.',
  usage: 'authorize --client-id ID [options]',
  about: [
    'Checks that the GitHub token may write the secret, prints the consent URL on standard output\n' +
      '(and opens it), waits for the redirect on the loopback --redirect-uri, exchanges the code with\n' +
      'its PKCE verifier and seals the refresh token into the secret. With a --redirect-uri this\n' +
      "machine cannot listen on (a Web client's, e.g. https://www.google.com) it only prints the\n" +
      'consent URL, for the re-seed workflow. Withings refuses loopback redirects: with\n' +
      '--provider withings give your registered https --redirect-uri and paste the address the\n' +
      'browser lands on at the prompt, within 30 seconds.',
    'Give secrets through the environment (GH_TOKEN, FITBIT_TOKEN_KEEPER_CLIENT_SECRET) rather than\n' +
      'as flags: every user of the machine can read a command line (for example with ps).',
  ],
  options: AUTHORIZE_OPTIONS,
  done: 'the secret was written (or the consent URL printed)',
  // The work, with its HTTP client, loads only when the command runs: --help needs none of it.
  run: async (values, io) => (await import('./authorize-consent.js')).authorize(values, io),
});
