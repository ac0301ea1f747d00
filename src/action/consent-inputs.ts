/**
 * The consent issue's inputs: `consent-issue`, `issues-token`, `consent-scopes`,
 * and the `redirect-uri` its consent link uses (sent verbatim, as Google
 * compares registered redirect URIs character for character).
 */
import { InputError } from '../lib/errors.js';
import { absoluteUrl, scopeList, yamlBoolean } from '../lib/validators.js';
import { DEFAULT_REDIRECT_URI } from '../oauth/consent.js';

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
  const enabled = yamlBoolean('consent-issue', read('consent-issue') ?? 'false');
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
      redirect === undefined ? DEFAULT_REDIRECT_URI : absoluteUrl('redirect-uri', redirect),
    scopes: scopeList(read('consent-scopes')),
  };
}
