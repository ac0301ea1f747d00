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
 * holds no link. What the issue says is decided in issue-page.ts.
 */
import {
  closeWithComment,
  commentOnIssue,
  createLabelledIssue,
  deleteComment,
  updateIssue,
} from '../github/issues.js';
import type { SecretWriter } from '../grant/secret-writer.js';
import { errorMessage } from '../lib/errors.js';
import type { Log } from '../lib/log.js';
import { createPkce, type Pkce } from '../oauth/consent.js';
import type { ConsentComment } from './comment.js';
import {
  type ConsentNeed,
  type IssueDraft,
  type IssuePage,
  linkedDraft,
  openingDraft,
} from './issue-page.js';
import {
  CONSENT_LABEL,
  type ConsentMarker,
  duplicateComment,
  readMarker,
  renewedComment,
  verifierSecretName,
} from './issue-text.js';
import type { OwnIssues } from './own-issues.js';

/** Where keeping the issue reports, and its clock. */
export interface IssueServices {
  readonly log: Log;
  readonly mask: (value: string) => void;
  readonly now: () => Date;
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

/**
 * Opens the consent issue, or updates the keeper's one already open for this
 * secret; resolves to its number, or undefined when none could be opened.
 * `secrets` (the grant's secret writer, undefined when the preflight failed)
 * keeps the link's PKCE verifier.
 */
export async function openConsentIssue(
  own: OwnIssues,
  page: IssuePage,
  need: ConsentNeed,
  secrets: SecretWriter | undefined,
  run: IssueServices,
): Promise<number | undefined> {
  const { log } = run;
  if (page.link.provider.authorizeUrl === undefined) {
    log.warning(
      'consent-issue: the custom provider has no known consent page, so no consent issue was opened.',
    );
    return undefined;
  }
  /** Writes the issue's text and link; `kept` is always the marker of one of the keeper's own issues. */
  const writeIssue = async (number: number, kept: ConsentMarker | undefined) => {
    // A link already handed out keeps working: a person may be halfway through it.
    const sealed =
      kept?.challenge === undefined
        ? await sealedPkce(verifierSecretName(page.secret.secret), secrets, run)
        : undefined;
    const { body } = linkedDraft(page, kept, sealed, need, run.now());
    await updateIssue(own.client, own.where, number, { title: page.title, body });
  };
  return warnOnFailure(log, 'open or update the consent issue', async () => {
    const [open] = await own.listed();
    if (open !== undefined) {
      await writeIssue(open.number, readMarker(open.body));
      log.warning(
        `The grant needs a new consent: ${why(need)}. Updated consent issue #${open.number}.`,
      );
      return open.number;
    }
    const opening = openingDraft(page, need, run.now());
    const created = await openWithoutLink(own, page, opening);
    // An overlapping run may have opened one too: the lowest number wins.
    const [winner] = await own.reread();
    if (winner !== undefined && winner.number !== created) {
      // Not `duplicate`: that reason wants the kept issue's id, and older servers lack it.
      const comment = duplicateComment(winner.number);
      await closeWithComment(own.client, own.where, created, comment, 'not_planned');
      log.warning(
        `The grant needs a new consent: ${why(need)}. Consent issue #${winner.number} was opened by an overlapping run; closed #${created} as its duplicate.`,
      );
      return winner.number;
    }
    await writeIssue(created, opening.marker);
    log.warning(`The grant needs a new consent: ${why(need)}. Opened consent issue #${created}.`);
    return created;
  });
}

/** A new issue with its marker but no link yet: the link comes once this run has won. */
function openWithoutLink({ client, where }: OwnIssues, page: IssuePage, opening: IssueDraft) {
  const label = {
    name: CONSENT_LABEL,
    color: 'd93f0b',
    description: 'fitbit-token-keeper: the grant needs a new consent',
  };
  return createLabelledIssue(client, where, label, { title: page.title, body: opening.body });
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
  secretName: string,
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
  const verifier = verifierSecretName(secretName);
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
