/**
 * The consent issue's inputs: `consent-issue`, `issues-token`, `consent-scopes`,
 * and the redirect its consent link uses (`redirect-uri` sent verbatim, as
 * Google compares registered redirect URIs character for character).
 */
import { InputError } from '../lib/errors.js';
import { scopeList, yamlBoolean } from '../lib/validators.js';
import { DEFAULT_REDIRECT_URI } from '../oauth/consent.js';

export interface ConsentIssueSettings {
  /** `consent-issue: true`; without it only a re-seed from an issue comment uses the issues API. */
  readonly enabled: boolean;
  /** The issues-token; undefined when empty. */
  readonly token: string | undefined;
  /** The consent link's redirect: `redirect-uri`, else the one default. */
  readonly redirectUri: string;
  /** The GitHub web address issues are linked under (GITHUB_SERVER_URL). */
  readonly serverUrl: string;
  /** Empty: the grant's current scopes, else the preset's. */
  readonly scopes: readonly string[];
}

export function readConsentIssue(
  read: (name: string) => string | undefined,
  redirectUri: string | undefined,
  serverUrl: string | undefined,
): ConsentIssueSettings {
  const enabled = yamlBoolean('consent-issue', read('consent-issue') ?? 'false');
  const token = read('issues-token');
  if (enabled && token === undefined) {
    throw new InputError(
      'issues-token',
      "is required with consent-issue: true (its default is the job's own github.token, which needs permissions: issues: write)",
    );
  }
  return {
    enabled,
    token,
    redirectUri: redirectUri ?? DEFAULT_REDIRECT_URI,
    serverUrl: serverUrl || 'https://github.com',
    scopes: scopeList(read('consent-scopes')),
  };
}
