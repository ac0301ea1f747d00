/** The public contract's names (../shared/docs/interface.md): fixed, tests outside the project use them. */
export const CONTRACT_INPUTS = [
  'provider',
  'client-id',
  'client-secret',
  'refresh-token',
  'code',
  'code-verifier',
  'redirect-uri',
  'github-token',
  'secret-name',
  'repository',
  'environment',
  'access-token-secret',
  'export-variable',
  'required-scopes',
  'token-url',
  'client-auth',
  'github-api-url',
  'dry-run',
  'grant-lifetime',
  'consent-issue',
  'issues-token',
  'consent-scopes',
  'grant-account',
  'recovery-public-key',
];
export const CONTRACT_OUTPUTS = [
  'access-token',
  'expires-in',
  'expires-at',
  'scope',
  'user-id',
  'refresh-token-expires-at',
  'token-type',
  'grant-expires-at',
  'secret-updated',
];

/** Inputs whose values are secrets. */
export const SENSITIVE_CONTRACT_INPUTS = [
  'client-secret',
  'refresh-token',
  'code',
  'code-verifier',
  'github-token',
  'issues-token',
];
