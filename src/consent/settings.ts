/**
 * What the consent loop needs beside the grant's own settings: the consent
 * issue's inputs (`consent-issue`, `issues-token`, `consent-scopes`, and the
 * redirect its link uses: `redirect-uri` sent verbatim, as Google compares
 * registered redirect URIs character for character), and what this run is:
 * a dry run, a re-seed, the answer to the issue it exchanges.
 */
import { InputError } from '../lib/errors.js';
import { scopeList, yamlBoolean } from '../lib/validators.js';
import { DEFAULT_REDIRECT_URI } from '../oauth/consent.js';
import type { ConsentComment } from './comment.js';

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

export interface ConsentSettings extends ConsentIssueSettings {
  /** Prove access only: no issue is read or written. */
  readonly dryRun: boolean;
  /** A code is exchanged (by any route), not the stored refresh token. */
  readonly reseed: boolean;
  /** The comment on the consent issue that this re-seed answers, as comment.ts read it. */
  readonly answer: ConsentComment | undefined;
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
