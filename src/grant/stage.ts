/** How far a run of the grant flow got, which decides what the stored secret still holds. */
import type { SecretTarget } from '../github/target.js';
import type { Provider } from '../oauth/providers.js';

export type Stage =
  | 'inputs' // nothing sent yet
  | 'preflight' // GitHub checked; token endpoint not contacted
  | 'exchange' // the stored refresh token (or the code) was sent
  | 'refused' // the provider answered, but the new grant was refused before it was stored
  | 'store' // a new refresh token exists but is not stored yet
  | 'stored' // the secret holds the newest refresh token
  | 'unchanged'; // the provider kept the old refresh token valid

/** Everything a failure message needs to say where the grant stands. */
export interface Situation {
  readonly stage: Stage;
  readonly provider: Provider | undefined;
  readonly secret: string | undefined;
  /** Where the secret lives, once known. */
  readonly target?: SecretTarget | undefined;
  readonly reseed: boolean;
}

/** A failure of the grant flow, with the situation it left the grant in. */
export class GrantFailure extends Error {
  override name = 'GrantFailure';
  constructor(
    override readonly cause: unknown,
    readonly situation: Situation,
    /** The next step a hook arranged for the person (the consent issue to answer), if any. */
    readonly followUp?: string,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/**
 * What failed, where the grant stands and any follow-up: a GrantFailure says
 * all three; anything else failed before the flow started (bad input), when
 * nothing was sent.
 */
export function unwrapFailure(
  error: unknown,
  reseed: boolean,
): {
  readonly cause: unknown;
  readonly situation: Situation;
  readonly followUp?: string | undefined;
} {
  if (error instanceof GrantFailure) return error;
  return {
    cause: error,
    situation: { stage: 'inputs', provider: undefined, secret: undefined, reseed },
  };
}
