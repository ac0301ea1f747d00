/**
 * src/github/issues.ts against the GitHub simulator, every request checked
 * against GitHub's OpenAPI description: labels, issues, comments, and the
 * permission an issues-token lacks named in the error.
 */
import { describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import {
  commentOnIssue,
  createIssue,
  deleteComment,
  ensureLabel,
  IssuesApiError,
  openIssuesLabelled,
  updateIssue,
} from '../../src/github/issues.js';
import { createDispatcher } from '../../src/lib/http.js';
import { FAST_TIMING } from '../helpers/fast-timing.js';
import { useWorld } from '../helpers/use-world.js';

const REPOSITORY = 'octo/issues';
const WHERE = { owner: 'octo', repo: 'issues' };
const WRITER = 'ghp_issues_writer_0001';
const READER = 'ghp_issues_reader_0002';
const LABEL = { name: 'fitbit-token-keeper', color: 'd93f0b', description: 'consent' };

const world = useWorld({
  repository: REPOSITORY,
  writer: WRITER,
  reader: READER,
  fitbitClient: { id: 'ISS001', secret: 's', type: 'server' },
});

const client = (token: string) =>
  createGitHubClient(token, world.github.url, {
    dispatcher: createDispatcher(FAST_TIMING.requestTimeoutMs),
    timing: FAST_TIMING,
    signal: undefined,
  });

describe('the issues calls', () => {
  it('create a label once, open, list by label, update, comment, delete a comment, close', async () => {
    const github = client(WRITER);
    await ensureLabel(github, WHERE, LABEL);
    await ensureLabel(github, WHERE, LABEL); // already there: 422 already_exists is fine
    const number = await createIssue(github, WHERE, {
      title: 't',
      body: 'b',
      labels: [LABEL.name],
    });
    await createIssue(github, WHERE, { title: 'unlabelled', body: '', labels: [] });
    const open = await openIssuesLabelled(github, WHERE, LABEL.name);
    expect(open).toEqual([
      {
        number,
        title: 't',
        body: 'b',
        labels: [LABEL.name],
        state: 'open',
        author: 'octocat',
        pullRequest: false,
      },
    ]);

    await updateIssue(github, WHERE, number, { body: 'b2', title: 't2' });
    await commentOnIssue(github, WHERE, number, 'renewed');
    const pasted = world.github.commentAs(REPOSITORY, number, 'http://127.0.0.1/?code=x', 'OWNER');
    await deleteComment(github, WHERE, pasted.id);
    await updateIssue(github, WHERE, number, { state: 'closed' });

    const [issue] = world.github.issues(REPOSITORY);
    expect(issue).toMatchObject({ title: 't2', body: 'b2', state: 'closed' });
    expect(issue?.comments.map((c) => c.body)).toEqual(['renewed']);
    expect(issue?.deletedComments).toEqual([pasted.id]);
    expect(await openIssuesLabelled(github, WHERE, LABEL.name)).toEqual([]);
    expect(world.github.violations).toEqual([]);
  });

  it('a token without issues: write gets 403, reported with the permission to add', async () => {
    const error = await createIssue(client(READER), WHERE, {
      title: 't',
      body: '',
      labels: [],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IssuesApiError);
    expect((error as IssuesApiError).status).toBe(403);
    expect((error as IssuesApiError).message).toContain('Resource not accessible by integration');
    expect((error as IssuesApiError).advice).toContain('permissions: issues: write');
  });
});
