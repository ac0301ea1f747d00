/**
 * The consent issue's words: its title, the body a person reads on a phone,
 * and the hidden marker that records which secret it is for and the `state`
 * (and public PKCE challenge) of its consent link. Nothing here is secret.
 */

import { iso } from '../../lib/time.js';

export const CONSENT_LABEL = 'fitbit-token-keeper';

export interface ConsentMarker {
  readonly secret: string;
  readonly environment: string | undefined;
  readonly state: string;
  /** The link's PKCE challenge; undefined when the link has no PKCE. */
  readonly challenge: string | undefined;
}

export interface ConsentIssueText {
  readonly marker: ConsentMarker;
  /** e.g. "repository octo/app" */
  readonly where: string;
  /** Why consent is needed, one sentence without a final period. */
  readonly reason: string;
  /** When the grant ends (or ended); undefined when unknown. */
  readonly deadline: Date | undefined;
  readonly consentUrl: string;
  readonly redirectUri: string;
  /** Set when the link has no PKCE, saying why. */
  readonly withoutPkce: string | undefined;
  readonly now: Date;
}

const MARKER = /<!-- fitbit-token-keeper ([^>]*?) -->/;
const FIELD = /^[A-Za-z0-9_.~+/=%-]+$/;

export function consentIssueTitle(secret: string, environment: string | undefined): string {
  const scope = environment === undefined ? '' : ` (environment ${environment})`;
  return `Consent needed: renew the grant in ${secret}${scope}`;
}

export function renderMarker(marker: ConsentMarker): string {
  const fields = [
    `secret=${marker.secret}`,
    ...(marker.environment === undefined
      ? []
      : [`environment=${encodeURIComponent(marker.environment)}`]),
    `state=${marker.state}`,
    ...(marker.challenge === undefined ? [] : [`challenge=${marker.challenge}`]),
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
  const environment = fields.get('environment');
  let decoded: string | undefined;
  try {
    decoded = environment === undefined ? undefined : decodeURIComponent(environment);
  } catch {
    return undefined;
  }
  return {
    secret,
    environment: decoded,
    state,
    challenge: fields.get('challenge'),
  };
}

export function renderConsentIssue(text: ConsentIssueText): string {
  const { marker, deadline } = text;
  const when =
    deadline === undefined
      ? ''
      : deadline.getTime() > text.now.getTime()
        ? ` Renew it before **${iso(deadline)}**, when it is expected to end.`
        : ` It was expected to end at ${iso(deadline)}.`;
  return [
    `The grant whose refresh token is stored in \`${marker.secret}\` (${text.where}) needs a new consent: ${text.reason}.${when}`,
    '',
    `### [Open the consent page](${text.consentUrl})`,
    '',
    'From your phone (or any browser):',
    '',
    '1. Open the link above and sign in with the account whose data the workflow reads.',
    '2. Allow access, with every permission it asks for.',
    `3. The browser then goes to \`${text.redirectUri}…\` and most likely shows an error page: that is expected. Copy the whole address from the address bar.`,
    '4. Paste that address as a comment on this issue. The re-seed workflow exchanges it, deletes your comment and closes this issue.',
    '',
    'The address holds a one-time code that expires within minutes: paste it right away. Only the owner, members and collaborators of this repository can answer; a comment from anyone else is refused.',
    ...(text.withoutPkce === undefined ? [] : ['', `> [!WARNING]\n> ${text.withoutPkce}`]),
    '',
    '<details><summary>The consent link as text</summary>',
    '',
    '```',
    text.consentUrl,
    '```',
    '',
    '</details>',
    '',
    renderMarker(marker),
  ].join('\n');
}

export function renewedComment(expiresAt: Date | undefined): string {
  const until =
    expiresAt === undefined ? '' : ` It is now expected to last until ${iso(expiresAt)}.`;
  return `The grant was renewed.${until} Closing this issue.`;
}
