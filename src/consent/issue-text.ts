/**
 * The consent issue's words: its title, the body a person reads on a phone,
 * and the hidden marker that records which secret it is for, the `state` and
 * public PKCE challenge of its consent link, the grant's account (as an HMAC
 * that reveals nothing, grant/account.ts) and the scopes the grant last had.
 * Nothing here is secret.
 */

import {
  SCHEDULE_IDLE_LIMIT_DAYS,
  SCHEDULE_WARN_AFTER_DAYS,
  whenScheduleStops,
} from '../github/schedule.js';
import { codeSpan } from '../lib/escape.js';
import { humanTime } from '../lib/time.js';

export const CONSENT_LABEL = 'fitbit-token-keeper';

/** The secret that keeps the consent link's PKCE verifier, beside the refresh token's. */
export const verifierSecretName = (secret: string) => `${secret}_VERIFIER`;

/** The secret a consent issue is for, and its environment (undefined: the repository's). */
export interface ConsentSecret {
  readonly secret: string;
  readonly environment: string | undefined;
}

/**
 * What a marker names differently from `expected`, or undefined when it is for
 * that secret: GitHub stores secret names upper-cased and compares environment
 * names without case.
 */
export function differsFrom(
  marker: ConsentSecret,
  expected: ConsentSecret,
): 'secret' | 'environment' | undefined {
  if (marker.secret.toUpperCase() !== expected.secret.toUpperCase()) return 'secret';
  if (marker.environment?.toLowerCase() !== expected.environment?.toLowerCase()) {
    return 'environment';
  }
  return undefined;
}

export interface ConsentMarker extends ConsentSecret {
  readonly state: string;
  /** The link's PKCE challenge; undefined while the issue holds no link. */
  readonly challenge: string | undefined;
  /** The grant's account, tagged with the link's verifier (grant/account.ts); undefined when unknown. */
  readonly identity?: string | undefined;
  /** The scopes the grant last had, kept for the link once the grant is dead; empty when unknown. */
  readonly scopes?: readonly string[] | undefined;
}

/** Where the link's scopes came from, which the issue tells the person. */
export type ScopesFrom = 'grant' | 'consent-scopes' | 'preset';

/** The consent link, or why the issue holds none. */
export type ConsentLink =
  | { readonly url: string; readonly redirectUri: string; readonly scopesFrom: ScopesFrom }
  | { readonly absent: string };

export interface ConsentIssueText {
  readonly marker: ConsentMarker;
  /** e.g. "repository octo/app" */
  readonly where: string;
  /** Why consent is needed, one sentence without a final period. */
  readonly reason: string;
  /** What the token endpoint answered, in the provider's words: shown as code, never read as Markdown. */
  readonly answer?: string | undefined;
  /** When the grant ends (or ended); undefined when unknown. */
  readonly deadline: Date | undefined;
  /** When GitHub stops the keep-alive's schedule (a public repository without pushes); if soon. */
  readonly scheduleStopsAt?: Date | undefined;
  readonly link: ConsentLink;
  /** Google shows its own screens on the way: the steps name them. */
  readonly provider: 'google' | 'other';
  /**
   * A code that lives seconds, not minutes (Withings: 30 s): how long, and the
   * preset `authorize --provider` takes. Undefined where minutes is true.
   */
  readonly shortCode?: { readonly seconds: number; readonly provider: string } | undefined;
  /** The grant's account is recorded (in the marker, or in grant-account): another's is refused. */
  readonly accountKnown: boolean;
  readonly now: Date;
}

const MARKER = /<!-- fitbit-token-keeper ([^>]*?) -->/;
const FIELD = /^[A-Za-z0-9_.~+/=%-]+$/;

export function consentIssueTitle(secret: string, environment: string | undefined): string {
  const scope = environment === undefined ? '' : ` (environment ${environment})`;
  return `Consent needed: renew the grant in ${secret}${scope}`;
}

export function renderMarker(marker: ConsentMarker): string {
  const scopes = marker.scopes ?? [];
  const fields = [
    `secret=${marker.secret}`,
    ...(marker.environment === undefined
      ? []
      : [`environment=${encodeURIComponent(marker.environment)}`]),
    `state=${marker.state}`,
    ...(marker.challenge === undefined ? [] : [`challenge=${marker.challenge}`]),
    ...(marker.identity === undefined ? [] : [`identity=${marker.identity}`]),
    ...(scopes.length === 0 ? [] : [`scopes=${encodeURIComponent(scopes.join(' '))}`]),
  ];
  return `<!-- fitbit-token-keeper ${fields.join(' ')} -->`;
}

/** The marker in an issue body; undefined when there is none or it is garbled. */
export function readMarker(body: string): ConsentMarker | undefined {
  const found = MARKER.exec(body)?.[1];
  if (found === undefined) return undefined;
  const fields = new Map<string, string>();
  for (const part of found.split(' ')) {
    const at = part.indexOf('=');
    const value = part.slice(at + 1);
    if (at > 0 && FIELD.test(value)) fields.set(part.slice(0, at), value);
  }
  const secret = fields.get('secret');
  const state = fields.get('state');
  if (secret === undefined || state === undefined) return undefined;
  const environment = decoded(fields.get('environment'));
  const scopes = decoded(fields.get('scopes'));
  if (environment === null || scopes === null) return undefined;
  return {
    secret,
    environment,
    state,
    challenge: fields.get('challenge'),
    identity: fields.get('identity'),
    scopes: (scopes ?? '').split(' ').filter(Boolean),
  };
}

/** A percent-encoded field; null when it does not decode. */
function decoded(field: string | undefined): string | undefined | null {
  try {
    return field === undefined ? undefined : decodeURIComponent(field);
  } catch {
    return null;
  }
}

const ASKS: Record<ScopesFrom, string> = {
  grant: 'It asks for the access the grant had, nothing more.',
  'consent-scopes': 'It asks for the access set in the workflow (consent-scopes).',
  preset: 'It asks for read-only access to your data.',
};

export function renderConsentIssue(text: ConsentIssueText): string {
  const { marker, deadline, link, now } = text;
  const when =
    deadline === undefined
      ? ''
      : deadline.getTime() > now.getTime()
        ? ` Renew it before **${humanTime(deadline, now)}**, when it is expected to end.`
        : ` It was expected to end on ${humanTime(deadline, now)}.`;
  const what = `The grant whose refresh token is stored in \`${marker.secret}\` (${text.where}) needs a new consent: ${text.reason}${text.answer === undefined ? '' : ` (${codeSpan(text.answer)})`}.${when}`;
  const schedule = scheduleNote(text.scheduleStopsAt, now);
  if ('absent' in link) {
    return [what, '', `> [!WARNING]\n> ${link.absent}`, ...schedule, '', renderMarker(marker)].join(
      '\n',
    );
  }
  const steps =
    text.provider === 'google'
      ? [
          '1. Open the link above and sign in with the Google account whose data the workflow reads.',
          "2. Google may first show **Google hasn't verified this app**: it is your own app. Press **Continue** (or **Advanced**, then **Go to … (unsafe)**).",
          `3. Allow access: tick every box Google lists, then press **Continue**. ${ASKS[link.scopesFrom]}`,
          `4. The browser then goes to \`${link.redirectUri}…\` and most likely shows an error page such as "This site can't be reached": that is expected. Copy the whole address from the address bar.`,
          '5. Paste that address as a comment on this issue. The re-seed workflow exchanges it, deletes your comment and closes this issue.',
        ]
      : [
          '1. Open the link above and sign in with the account whose data the workflow reads.',
          `2. Allow access. ${ASKS[link.scopesFrom]}`,
          `3. The browser then goes to \`${link.redirectUri}…\` and most likely shows an error page: that is expected. Copy the whole address from the address bar.`,
          '4. Paste that address as a comment on this issue. The re-seed workflow exchanges it, deletes your comment and closes this issue.',
        ];
  return [
    what,
    '',
    `### [Open the consent page](${link.url})`,
    '',
    "Use only the link in this issue's body: an answer to any other link, even one posted in a comment here, is refused.",
    '',
    // Seconds are known before the link is opened; minutes can wait until after the steps.
    ...(text.shortCode === undefined ? [] : [shortCodeNote(text.shortCode, marker.secret), '']),
    'From your phone (or any browser):',
    '',
    ...steps,
    '',
    `${text.shortCode === undefined ? `${CODE_IN_MINUTES} ` : ''}Only people with write access to this repository can answer; a comment from anyone else is refused${text.accountKnown ? ', and so is a consent from another account than the one the grant belongs to' : ''}.`,
    ...schedule,
    '',
    '<details><summary>The consent link as text</summary>',
    '',
    '```',
    link.url,
    '```',
    '',
    '</details>',
    '',
    renderMarker(marker),
  ].join('\n');
}

const CODE_IN_MINUTES =
  'The address holds a one-time code that expires within minutes: paste it right away.';

/**
 * A code of seconds may die before the re-seed workflow has even started, so
 * the issue says so before the steps, and sends the person to `authorize`
 * first, which exchanges the code the moment the address is pasted.
 */
function shortCodeNote(shortCode: NonNullable<ConsentIssueText['shortCode']>, secret: string) {
  const { seconds, provider } = shortCode;
  return `**Be quick:** the address the browser lands on holds a one-time code that lives only ${seconds} seconds, and the re-seed workflow must start and exchange it within them, which it may not manage. Prefer renewing on a computer with \`npx fitbit-token-keeper authorize --provider ${provider} --secret-name ${secret}\` (with your \`--client-id\` and \`--redirect-uri\`): it exchanges the code the moment you paste the address. If you answer here, paste the address within ${seconds} seconds of allowing access.`;
}

/**
 * A renewed grant still needs its keep-alive: when GitHub is about to stop the
 * schedule (a public repository without pushes), the issue says when and what keeps it.
 */
function scheduleNote(stopsAt: Date | undefined, now: Date): string[] {
  if (stopsAt === undefined) return [];
  const when = whenScheduleStops("the keep-alive's", stopsAt, now, (date) => `**${date}**`);
  return [
    '',
    `> [!WARNING]\n> ${when}: its repository is public and has had no push for more than ${SCHEDULE_WARN_AFTER_DAYS} days, and GitHub disables a public repository's scheduled workflows after ${SCHEDULE_IDLE_LIMIT_DAYS} days without activity. Push a commit (an empty one will do) before then, or the renewed grant is no longer refreshed.`,
  ];
}

export function duplicateComment(kept: number): string {
  return `Another run opened #${kept} for the same secret at the same time: answer that one. Closing this duplicate.`;
}

export function renewedComment(expiresAt: Date | undefined, now: Date): string {
  const until =
    expiresAt === undefined
      ? ''
      : ` It is now expected to last until ${humanTime(expiresAt, now)}.`;
  return `The grant was renewed.${until} Closing this issue.`;
}
