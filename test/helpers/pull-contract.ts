/** The pull's names in the public contract (../shared/docs/interface.md, "Pulling the data"). */
export const PULL_CONTRACT_INPUTS = [
  'access-token',
  'types',
  'since',
  'time-zone',
  'folder',
  'refetch-days',
  'max-requests',
  'summary',
  'allow-public-repository',
  'github-token',
  'api-url',
];

/** Inputs beyond the contract: `until`, which fixes "yesterday" (a backfill of a past period). */
export const PULL_EXTRA_INPUTS = ['until'];

export const PULL_CONTRACT_OUTPUTS = ['complete-through', 'more', 'requests', 'files-written'];

/** The contract's defaults, as action.yml must give them (empty: computed at run time). */
export const PULL_CONTRACT_DEFAULTS: Record<string, string | undefined> = {
  types: 'steps,sleep,daily-resting-heart-rate,heart-rate',
  'time-zone': 'UTC',
  folder: 'data',
  'refetch-days': '3',
  'max-requests': '250',
  summary: 'false',
  'allow-public-repository': 'false',
  'api-url': 'https://health.googleapis.com',
};
