/**
 * What the consent issue holds for a need, decided without asking anyone: its
 * title, its marker, its consent link and the body a person reads. issue.ts
 * does the writing; issue-text.ts has the words.
 */
import { describeTarget } from '../github/target.js';
import { accountTag } from '../grant/account.js';
import type { GrantSettings } from '../grant/settings.js';
import { buildConsentUrl, createState, type Pkce, withIdentityScope } from '../oauth/consent.js';
import type { Provider } from '../oauth/providers.js';
import {
  type ConsentIssueText,
  type ConsentLink,
  type ConsentMarker,
  type ConsentSecret,
  consentIssueTitle,
  renderConsentIssue,
  type ScopesFrom,
} from './issue-text.js';
import type { ConsentIssueSettings } from './settings.js';

/** What this run's consent issue says and links to, whatever the need. */
export interface IssuePage {
  readonly secret: ConsentSecret;
  readonly title: string;
  /** e.g. "repository octo/app" */
  readonly where: string;
  readonly provider: ConsentIssueText['provider'];
  readonly shortCode: ConsentIssueText['shortCode'];
  /** grant-account records the grant's account, so a re-seed refuses another's. */
  readonly accountRecorded: boolean;
  readonly link: LinkRequest;
}

/** What the consent link is made of, beside its state and challenge and the grant's scopes. */
export interface LinkRequest {
  readonly provider: Provider;
  readonly clientId: string;
  /** `redirect-uri` sent verbatim, else the one default. */
  readonly redirectUri: string;
  /** `consent-scopes`; empty when not given. */
  readonly consentScopes: readonly string[];
}

/** Why the grant needs a new consent, and what the reply told about it. */
export interface ConsentNeed {
  /** Why, one sentence without a final period. */
  readonly reason: string;
  /** What the token endpoint answered, in the provider's words: plain in the log, code in the issue. */
  readonly answer?: string | undefined;
  readonly deadline: Date | undefined;
  /** The scopes the grant has now; empty when unknown (a dead grant). */
  readonly grantedScopes: readonly string[];
  /** The grant's account (Fitbit user_id, a Google id_token's sub), when the reply told it. */
  readonly userId: string | undefined;
  /** When GitHub stops the keep-alive's schedule, if soon; the issue says so. */
  readonly scheduleStopsAt?: Date | undefined;
}

/** An issue's marker and body. */
export interface IssueDraft {
  readonly marker: ConsentMarker;
  readonly body: string;
}

/** The issue's page for this grant: what does not change within a run. */
export function issuePage(grant: GrantSettings, settings: ConsentIssueSettings): IssuePage {
  const { provider, secretName, target } = grant;
  return {
    secret: { secret: secretName, environment: target.environment },
    title: consentIssueTitle(secretName, target.environment),
    where: describeTarget(target),
    provider: provider.name === 'google' ? 'google' : 'other',
    shortCode:
      provider.codeLifetimeSeconds === undefined
        ? undefined
        : { seconds: provider.codeLifetimeSeconds, provider: provider.name },
    accountRecorded: grant.grantAccount !== undefined,
    link: {
      provider,
      clientId: grant.endpoint.clientId,
      redirectUri: settings.redirectUri,
      consentScopes: settings.scopes,
    },
  };
}

/** A new issue: its marker, and a body without a link (the link comes once this run has won). */
export function openingDraft(page: IssuePage, need: ConsentNeed, now: Date): IssueDraft {
  const marker: ConsentMarker = {
    ...page.secret,
    state: createState(),
    challenge: undefined,
    scopes: need.grantedScopes,
  };
  const link = {
    absent: 'The run that opened this issue is adding its consent link: reload in a moment.',
  };
  return { marker, body: render(page, marker, need, now, link) };
}

/**
 * The issue's text and link. A link already handed out keeps working (a
 * person may be halfway through it), with the account and scopes it recorded
 * in `kept`; else the link is made for the verifier just `sealed`, or, when
 * it could not be, the issue says why it holds none.
 */
export function linkedDraft(
  page: IssuePage,
  kept: ConsentMarker | undefined,
  sealed: Pkce | string | undefined,
  need: ConsentNeed,
  now: Date,
): IssueDraft {
  const grantScopes = need.grantedScopes.length > 0 ? need.grantedScopes : (kept?.scopes ?? []);
  let marker: ConsentMarker = {
    ...page.secret,
    state: kept?.state ?? createState(),
    challenge: kept?.challenge,
    identity: kept?.identity,
    scopes: grantScopes,
  };
  if (sealed !== undefined && typeof sealed !== 'string') {
    const identity =
      need.userId === undefined ? undefined : accountTag(sealed.verifier, need.userId);
    marker = { ...marker, challenge: sealed.challenge, identity };
  }
  const link: ConsentLink =
    marker.challenge === undefined
      ? { absent: typeof sealed === 'string' ? sealed : 'This issue holds no consent link.' }
      : consentLink(page.link, { state: marker.state, challenge: marker.challenge }, grantScopes);
  return { marker, body: render(page, marker, need, now, link) };
}

function render(
  page: IssuePage,
  marker: ConsentMarker,
  need: ConsentNeed,
  now: Date,
  link: ConsentLink,
): string {
  return renderConsentIssue({
    marker,
    where: page.where,
    reason: need.reason,
    answer: need.answer,
    deadline: need.deadline,
    scheduleStopsAt: need.scheduleStopsAt,
    link,
    provider: page.provider,
    shortCode: page.shortCode,
    accountKnown: marker.identity !== undefined || page.accountRecorded,
    now,
  });
}

/**
 * The link asks for consent-scopes when given; else for exactly the scopes the
 * grant had, else the preset's read-only ones; always with the scope that
 * names the account (Google's openid), which reveals no health data and lets a
 * re-seed tell the grant's account from another.
 */
function consentLink(
  { provider, clientId, redirectUri, consentScopes }: LinkRequest,
  marker: { readonly state: string; readonly challenge: string },
  grantScopes: readonly string[],
): ConsentLink {
  const scopesFrom: ScopesFrom =
    consentScopes.length > 0 ? 'consent-scopes' : grantScopes.length > 0 ? 'grant' : 'preset';
  const asked = {
    'consent-scopes': consentScopes,
    grant: grantScopes,
    preset: provider.defaultScopes,
  };
  const url = buildConsentUrl({
    authorizeUrl: provider.authorizeUrl ?? '',
    provider,
    clientId,
    redirectUri,
    scopes: withIdentityScope(provider, asked[scopesFrom]),
    state: marker.state,
    // Only the challenge goes into the link; its verifier is in the secret.
    pkce: { verifier: '', challenge: marker.challenge },
  });
  return { url, redirectUri, scopesFrom };
}
