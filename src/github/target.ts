/** Where on GitHub the action works: the scope that holds the secret, and this workflow run. */
export interface SecretTarget {
  readonly owner: string;
  readonly repo: string;
  /** Set when the secret belongs to an environment rather than the repository. */
  readonly environment: string | undefined;
}

/** The workflow run this step belongs to, from the runner's environment. */
export interface WorkflowRun {
  readonly owner: string;
  readonly repo: string;
  readonly id: number;
}

export function describeTarget(target: SecretTarget): string {
  const repository = `${target.owner}/${target.repo}`;
  return target.environment === undefined
    ? `repository ${repository}`
    : `environment '${target.environment}' of ${repository}`;
}
