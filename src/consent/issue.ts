/**
 * The consent issue (`consent-issue: true`): opens or updates the issue that
 * asks a person to consent again, and closes it once the grant is renewed.
 * Nothing here may fail a run: every problem is a warning that names the
 * permission, because the refresh token is what matters and it is safe.
 *
 * Only the keeper's own issues (own-issues.ts) are ever updated, commented on or
 * closed, and only their markers are read. One issue, one link, one verifier
 * per secret, also when two runs overlap: a run that finds no issue of its own
 * opens one without a link, then lists again; the lowest-numbered one wins.
 * Only the winner writes the PKCE verifier and adds the link; a loser closes
 * its own issue as a duplicate. A link is never made without PKCE: when the
 * verifier cannot be stored, the issue says which permission is missing and
 * holds no link.
 */
import {
  commentOnIssue,
  createIssue,
  deleteComment,
  ensureLabel,
  updateIssue,
} from '../github/issues.js';
import { describeTarget } from '../github/target.js';
import { accountTag } from '../grant/account.js';
import type { SecretWriter } from '../grant/secret-writer.js';
import type { GrantSettings } from '../grant/settings.js';
import { errorMessage } from '../lib/errors.js';
import type { Log } from '../lib/log.js';
import {
  buildConsentUrl,
  createPkce,
  createState,
  type Pkce,
  withIdentityScope,
} from '../oauth/consent.js';
import type { Provider } from '../oauth/providers.js';
import type { ConsentComment } from './comment.js';
import {
  CONSENT_LABEL,
  type ConsentIssueText,
  type ConsentLink,
  type ConsentMarker,
  type ConsentSecret,
  consentIssueTitle,
  duplicateComment,
  readMarker,
  renderConsentIssue,
  renewedComment,
  type ScopesFrom,
} from './issue-text.js';
import type { OwnIssues } from './own-issues.js';
import type { ConsentIssueSettings } from './settings.js';

/** What this run's consent issue says and links to, whatever the need. */
export interface IssuePage {
  readonly secret: ConsentSecret;
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

/** Where keeping the issue reports, and its clock. */
export interface IssueServices {
  readonly log: Log;
  readonly mask: (value: string) => void;
  readonly now: () => Date;
}

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
  /** The grant's secret writer, for the PKCE verifier; undefined when the preflight failed. */
  readonly secrets: SecretWriter | undefined;
  /** When GitHub stops the keep-alive's schedule, if soon; the issue says so. */
  readonly scheduleStopsAt?: Date | undefined;
}

/** A renewed grant, whose consent issues are closed. */
export interface Renewal {
  readonly expiresAt: Date | undefined;
  /** The grant's secret writer, which deletes the PKCE verifier. */
  readonly secrets: SecretWriter;
  /** The comment this re-seed answered: only its issue is closed, and the comment deleted. */
  readonly answered: ConsentComment | undefined;
}

/** The need as the log tells it: the reason, then the provider's answer as it came. */
const why = ({ reason, answer }: ConsentNeed) =>
  answer === undefined ? reason : `${reason} (${answer})`;

export const verifierSecretName = (secret: string) => `${secret}_VERIFIER`;

/** The issue's page for this grant: the words and link settings that do not change within a run. */
export function issuePage(grant: GrantSettings, settings: ConsentIssueSettings): IssuePage {
  const { provider } = grant;
  return {
    secret: { secret: grant.secretName, environment: grant.target.environment },
    where: describeTarget(grant.target),
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

/**
 * Opens the consent issue, or updates the keeper's one already open for this
 * secret; resolves to its number, or undefined when none could be opened.
 */
export async function openConsentIssue(
  own: OwnIssues,
  page: IssuePage,
  need: ConsentNeed,
  run: IssueServices,
): Promise<number | undefined> {
  const { log } = run;
  if (page.link.provider.authorizeUrl === undefined) {
    log.warning(
      'consent-issue: the custom provider has no known consent page, so no consent issue was opened.',
    );
    return undefined;
  }
  return warnOnFailure(log, 'open or update the consent issue', async () => {
    const [open] = await own.listed();
    if (open !== undefined) {
      await writeIssue(own, page, open.number, readMarker(open.body), need, run);
      log.warning(
        `The grant needs a new consent: ${why(need)}. Updated consent issue #${open.number}.`,
      );
      return open.number;
    }
    const created = await openWithoutLink(own, page, need, run.now());
    // An overlapping run may have opened one too: the lowest number wins.
    const [winner] = await own.reread();
    if (winner !== undefined && winner.number !== created.number) {
      await closeAsDuplicate(own, created.number, winner.number);
      log.warning(
        `The grant needs a new consent: ${why(need)}. Consent issue #${winner.number} was opened by an overlapping run; closed #${created.number} as its duplicate.`,
      );
      return winner.number;
    }
    await writeIssue(own, page, created.number, created.marker, need, run);
    log.warning(
      `The grant needs a new consent: ${why(need)}. Opened consent issue #${created.number}.`,
    );
    return created.number;
  });
}

/** A new issue with its marker but no link yet: the link comes once this run has won. */
async function openWithoutLink(
  { client, where }: OwnIssues,
  page: IssuePage,
  need: ConsentNeed,
  now: Date,
): Promise<{ number: number; marker: ConsentMarker }> {
  const marker: ConsentMarker = {
    ...page.secret,
    state: createState(),
    challenge: undefined,
    scopes: need.grantedScopes,
  };
  const body = render(page, marker, need, now, {
    absent: 'The run that opened this issue is adding its consent link: reload in a moment.',
  });
  await ensureLabel(client, where, {
    name: CONSENT_LABEL,
    color: 'd93f0b',
    description: 'fitbit-token-keeper: the grant needs a new consent',
  });
  const number = await createIssue(client, where, {
    title: title(page.secret),
    body,
    labels: [CONSENT_LABEL],
  });
  return { number, marker };
}

/** Comments on this run's own issue that another is kept, and closes it. */
async function closeAsDuplicate({ client, where }: OwnIssues, number: number, kept: number) {
  await commentOnIssue(client, where, number, duplicateComment(kept));
  // Not `duplicate`: that reason wants the kept issue's id, and older servers lack it.
  await updateIssue(client, where, number, { state: 'closed', state_reason: 'not_planned' });
}

/**
 * Writes the issue's text and link. A link already handed out keeps working
 * (a person may be halfway through it), with the account and scopes it
 * recorded; an issue without a link gets a fresh one, its verifier sealed
 * first. `kept` is always the marker of one of the keeper's own issues.
 */
async function writeIssue(
  { client, where }: OwnIssues,
  page: IssuePage,
  number: number,
  kept: ConsentMarker | undefined,
  need: ConsentNeed,
  run: IssueServices,
): Promise<void> {
  const sealed =
    kept?.challenge === undefined
      ? await sealedPkce(verifierSecretName(page.secret.secret), need.secrets, run)
      : undefined;
  const body = issueBody(page, kept, need, sealed, run.now());
  await updateIssue(client, where, number, { title: title(page.secret), body });
}

/**
 * The body for this need: the kept link and marker when there is one, else
 * the fresh link whose verifier was `sealed` (or, when it could not be, what
 * the issue says instead).
 */
function issueBody(
  page: IssuePage,
  kept: ConsentMarker | undefined,
  need: ConsentNeed,
  sealed: Pkce | string | undefined,
  now: Date,
): string {
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
  return render(page, marker, need, now, link);
}

const title = ({ secret, environment }: ConsentSecret) => consentIssueTitle(secret, environment);

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

/**
 * After a renewal, each of the keeper's consent issues open for this secret
 * (or just the answered one) is closed: first the verifier secret is deleted,
 * so that its link or an answer to it never works again, and the comment that
 * held the code (if any); then each issue gets a comment and is closed. Each
 * step is done on its own: one that fails is a warning and the others still
 * happen.
 */
export async function closeConsentIssues(
  own: OwnIssues,
  secret: ConsentSecret,
  { expiresAt, secrets, answered }: Renewal,
  { log, now }: IssueServices,
): Promise<void> {
  const { client, where } = own;
  const numbers = answered
    ? [answered.issue]
    : ((await warnOnFailure(log, 'list the consent issues', () => own.listed())) ?? []).map(
        (issue) => issue.number,
      );
  if (numbers.length === 0) return;
  const verifier = verifierSecretName(secret.secret);
  await warnOnFailure(log, `delete the secret ${verifier}`, () => secrets.remove(verifier));
  if (answered) {
    await warnOnFailure(log, 'delete the comment that held the code', () =>
      deleteComment(client, where, answered.comment),
    );
  }
  for (const number of numbers) {
    await warnOnFailure(log, `comment on consent issue #${number}`, () =>
      commentOnIssue(client, where, number, renewedComment(expiresAt, now())),
    );
    const closed = await warnOnFailure(log, `close consent issue #${number}`, async () => {
      await updateIssue(client, where, number, { state: 'closed', state_reason: 'completed' });
      return true;
    });
    if (closed) log.info(`The grant was renewed: closed consent issue #${number}.`);
  }
}

/**
 * A fresh PKCE pair whose verifier is sealed into `name` (<secret>_VERIFIER);
 * when it cannot be, what the issue says instead of a link.
 */
async function sealedPkce(
  name: string,
  secrets: SecretWriter | undefined,
  { log, mask }: IssueServices,
): Promise<Pkce | string> {
  const pkce = createPkce();
  mask(pkce.verifier);
  try {
    if (secrets === undefined) throw new Error('GitHub access was not established');
    await secrets.store(name, pkce.verifier);
    return pkce;
  } catch (error) {
    log.warning(
      `consent-issue: could not store the PKCE verifier in ${name} (${errorMessage(error)}), so the consent issue holds no link. Give the github-token "Secrets: read and write".`,
    );
    return `This issue holds no consent link yet: the github-token may not write the secret \`${name}\`, which keeps the link's PKCE verifier, and a link without PKCE would let anyone who reads the answer use it. Give the github-token "Secrets: read and write" (a fine-grained token) or the repo scope (a classic one); the next run adds the link.`;
  }
}

async function warnOnFailure<T>(
  log: Log,
  action: string,
  work: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    const advice = (error as { advice?: unknown }).advice;
    log.warning(
      `consent-issue: could not ${action}: ${errorMessage(error)}. ${typeof advice === 'string' && advice ? advice : 'The issues-token needs permissions: issues: write.'} The refresh itself is not affected.`,
    );
    return undefined;
  }
}
