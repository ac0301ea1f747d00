/**
 * The consent's answer, pasted instead of received: a provider that refuses
 * loopback redirect addresses (Withings) sends the browser to an https page
 * the person registered, which this machine cannot listen on. The person
 * copies the address the browser lands on and pastes it on standard input;
 * its `state` is checked as the loopback listener checks it, and its code goes
 * to the exchange at once (Withings' codes live 30 seconds).
 */
import { ExplainedError, InputError } from '../lib/errors.js';
import { type ConsentAnswer, readConsentAnswer } from '../oauth/consent-answer.js';
import type { Provider } from '../oauth/providers.js';
import type { CommandIo } from './io.js';

export interface PastedConsent {
  readonly provider: Provider;
  readonly redirectUri: string;
  /** The state the consent URL was made with. */
  readonly state: string;
  /** The command's --timeout. */
  readonly deadline: AbortSignal;
}

/** What to do, said before the consent URL is opened: the person must be quick. */
export function pasteInstructions({ provider, redirectUri }: PastedConsent): string {
  const seconds = provider.codeLifetimeSeconds;
  const hurry =
    seconds === undefined
      ? 'The code in it is single-use and short-lived'
      : `${provider.label} lets the code in it live only ${seconds} seconds`;
  return `${provider.label} does not send the browser back to this machine: after you allow access, it goes to ${redirectUri}. Copy the whole address from the address bar the moment that page opens, paste it here and press Enter. ${hurry}, so have this window ready before you allow access.`;
}

/** Reads the pasted address; resolves to its code once its state is this consent's. */
export async function readPastedCode(io: CommandIo, consent: PastedConsent): Promise<string> {
  const line = await io.readLine(consent.deadline).catch(() => {
    throw new ExplainedError(
      'No address was pasted',
      'Run the command again, allow access, and paste the address the browser lands on at once.',
    );
  });
  if (line === undefined || line.trim() === '') {
    throw new ExplainedError(
      'Standard input ended before an address was pasted',
      'Run the command at a terminal (or pipe the address into it) and paste the address the browser lands on.',
    );
  }
  const { code, state } = answerIn(line);
  if (state === undefined) {
    throw new ExplainedError(
      'The pasted text holds no state',
      'Paste the whole address the browser landed on, not only its code: the state in it shows the consent is this one.',
    );
  }
  if (state !== consent.state) {
    throw new ExplainedError(
      'The pasted address carries another state than this consent: it answers an older or a foreign consent URL',
      'Open the URL this run printed, allow access, and paste the address that consent lands on.',
    );
  }
  return code;
}

/** The code and state of the pasted text; a problem with it is said of the paste, not of an input. */
function answerIn(text: string): ConsentAnswer {
  try {
    return readConsentAnswer('pasted', text);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new ExplainedError(
      `The pasted text ${error.problem}`,
      'Run the command again and paste the address the browser lands on.',
    );
  }
}
