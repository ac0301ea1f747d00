/**
 * The phone side of the consent issue, for the e2e tests: the issue's consent
 * link, and the issue_comment event the runner hands the re-seed workflow
 * (GITHUB_EVENT_PATH), shaped as GitHub sends it.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { SimComment, SimIssue } from '../../sim/github.js';

/** The consent link in the issue body. */
export function consentLinkOf(issue: SimIssue): URL {
  const link = /\[Open the consent page\]\((\S+)\)/.exec(issue.body)?.[1];
  expect(link, issue.body).toBeDefined();
  return new URL(link ?? '');
}

/** What the event says, where a test wants it to say something else than the issue now does. */
export interface EventOverrides {
  readonly action?: string;
  readonly labels?: readonly string[];
  /** The event's copy of the issue's state (GitHub's is taken when the comment is written). */
  readonly state?: 'open' | 'closed';
}

/** Writes the issue_comment event for `comment` on `issue`; the environment a runner gives the step. */
export async function commentEvent(
  folder: string,
  issue: SimIssue,
  comment: SimComment,
  overrides: EventOverrides = {},
): Promise<Record<string, string>> {
  const file = join(folder, `event-${comment.id}.json`);
  const labels = overrides.labels ?? issue.labels;
  const payload = {
    action: overrides.action ?? 'created',
    issue: {
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: overrides.state ?? issue.state,
      labels: labels.map((name) => ({ name })),
      user: { login: issue.author.login, type: issue.author.type },
      ...(issue.pullRequest
        ? { pull_request: { url: `https://api.github.com/pulls/${issue.number}` } }
        : {}),
    },
    comment: {
      id: comment.id,
      body: comment.body,
      author_association: comment.authorAssociation,
      user: { login: comment.login, type: 'User' },
    },
  };
  await writeFile(file, JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: 'issue_comment', GITHUB_EVENT_PATH: file };
}
