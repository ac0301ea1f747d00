/**
 * The pull's defaults, as the contract gives them: on their own, so that the
 * command's help can name them without loading the pull.
 */
export const DEFAULTS = {
  timeZone: 'UTC',
  folder: 'data',
  refetchDays: 3,
  maxRequests: 250,
  apiUrl: 'https://health.googleapis.com',
  /** `since`, when not given: this many days before `until`. */
  sinceDaysBefore: 7,
} as const;
