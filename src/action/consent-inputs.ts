/**
 * The consent issue's inputs: `consent-issue`, `issues-token`, `consent-scopes`,
 * and the `redirect-uri` its consent link uses (sent verbatim, as Google
 * compares registered redirect URIs character for character).
 */
import { InputError } from '../lib/errors.js';
import { absoluteUrl, scopeList, shown } from '../lib/validators.js';

/** The loopback redirect the consent link uses when `redirect-uri` is empty. */
export const DEFAULT_CONSENT_REDIRECT_URI = 'http://127.0.0.1:8080/';

export interface ConsentIssueSettings {
  /** `consent-issue: true`; without it only a re-seed from an issue comment uses the issues API. */
  readonly enabled: boolean;
  /** The issues-token; undefined when empty. */
  readonly token: string | undefined;
  readonly redirectUri: string;
  /** Empty: the grant's current scopes, else the preset's. */
  readonly scopes: readonly string[];
}

export function readConsentIssue(read: (name: string) => string | undefined): ConsentIssueSettings {
  const setting = read('consent-issue') ?? 'false';
  const enabled = ['true', 'True', 'TRUE'].includes(setting);
  if (!enabled && !['false', 'False', 'FALSE'].includes(setting)) {
    throw new InputError('consent-issue', `must be true or false (got ${shown(setting)})`);
  }
  const token = read('issues-token');
  if (enabled && token === undefined) {
    throw new InputError(
      'issues-token',
      "is required with consent-issue: true (its default is the job's own github.token, which needs permissions: issues: write)",
    );
  }
  const redirect = read('redirect-uri');
  return {
    enabled,
    token,
    redirectUri:
      redirect === undefined ? DEFAULT_CONSENT_REDIRECT_URI : absoluteUrl('redirect-uri', redirect),
    scopes: scopeList(read('consent-scopes')),
  };
}
