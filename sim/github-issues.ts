// The issues part of the GitHub simulator: issues, their comments and labels of one
// repository, with GitHub's permission rules per token (`issues: write` to change
// anything, as the job's GITHUB_TOKEN gets it from `permissions:`). Every issue and
// comment has the author GitHub shows: the token's account, a GitHub App's bot
// (`<slug>[bot]`, with `performed_via_github_app`), or a person.
import type { Reply } from './server.js';

/** What a token may do with issues: write; read (list, get); none (403 on everything). */
export type IssuesAccess = 'write' | 'read' | 'none';

/** An account as GitHub shows it on what it wrote. */
export interface SimAccount {
  login: string;
  type: 'User' | 'Bot';
  /** For a bot: the slug of the GitHub App it acts for (`github-actions` for GITHUB_TOKEN). */
  app?: string;
}

/** The bot every workflow's GITHUB_TOKEN writes as. */
export const GITHUB_ACTIONS_BOT: SimAccount = {
  login: 'github-actions[bot]',
  type: 'Bot',
  app: 'github-actions',
};

export interface SimComment {
  id: number;
  body: string;
  authorAssociation: string;
  login: string;
}

export interface SimIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  comments: SimComment[];
  /** Comments deleted through the API, by id. */
  deletedComments: number[];
  author: SimAccount;
  /** A pull request (GitHub serves those as issues too, with a `pull_request` field). */
  pullRequest: boolean;
}

export interface SimLabel {
  name: string;
  color: string;
  description: string;
}

export interface IssueStore {
  issues: SimIssue[];
  labels: Map<string, SimLabel>;
}

export const newIssueStore = (): IssueStore => ({ issues: [], labels: new Map() });

const DOCS = 'https://docs.github.com/rest/issues';
const error = (status: number, message: string): Reply => ({
  status,
  body: { message, documentation_url: DOCS, status: String(status) },
});
const NOT_FOUND = error(404, 'Not Found');
const FORBIDDEN = error(403, 'Resource not accessible by integration');

let nextId = 9000;

/** Everything below `/repos/{owner}/{repo}/issues` and `/labels`. */
export function issuesRoute(
  store: IssueStore,
  repoUrl: string,
  access: IssuesAccess,
  actor: SimAccount,
  rest: string[],
  method: string,
  query: Record<string, string>,
  body: unknown,
  now: () => number,
): Reply {
  if (access === 'none' || (method !== 'GET' && access !== 'write')) return FORBIDDEN;
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const [first, second, third, ...more] = rest;
  const render = (issue: SimIssue) => issueBody(store, repoUrl, issue, now);
  if (first === 'labels') {
    if (second === undefined && method === 'POST') return createLabel(store, fields);
    const label = second === undefined ? undefined : store.labels.get(second.toLowerCase());
    if (method === 'GET' && label && third === undefined) return { status: 200, body: label };
    return NOT_FOUND;
  }
  if (first !== 'issues') return NOT_FOUND;
  if (second === undefined) {
    if (method === 'GET') return { status: 200, body: listIssues(store, query).map(render) };
    if (method !== 'POST') return NOT_FOUND;
    if (typeof fields.title !== 'string' || fields.title === '') {
      return error(422, 'Validation Failed');
    }
    const issue = addIssue(store, {
      title: fields.title,
      body: typeof fields.body === 'string' ? fields.body : '',
      // GitHub drops labels that do not exist (for a token that may not create them).
      labels: knownLabels(store, fields.labels),
      author: actor,
    });
    return { status: 201, body: render(issue) };
  }
  if (second === 'comments' && third !== undefined && more.length === 0) {
    if (method !== 'DELETE') return NOT_FOUND;
    for (const issue of store.issues) {
      const at = issue.comments.findIndex((comment) => String(comment.id) === third);
      if (at === -1) continue;
      issue.comments.splice(at, 1);
      issue.deletedComments.push(Number(third));
      return { status: 204 };
    }
    return NOT_FOUND;
  }
  const issue = store.issues.find((item) => String(item.number) === second);
  if (!issue) return NOT_FOUND;
  if (third === undefined) {
    if (method === 'GET') return { status: 200, body: render(issue) };
    if (method !== 'PATCH') return NOT_FOUND;
    if (typeof fields.title === 'string') issue.title = fields.title;
    if (typeof fields.body === 'string') issue.body = fields.body;
    if (fields.state === 'open' || fields.state === 'closed') issue.state = fields.state;
    if (fields.labels !== undefined) issue.labels = knownLabels(store, fields.labels);
    return { status: 200, body: render(issue) };
  }
  if (third === 'comments' && more.length === 0) {
    if (method === 'GET') return { status: 200, body: issue.comments.map(commentBody) };
    if (method !== 'POST' || typeof fields.body !== 'string') return NOT_FOUND;
    const association = actor.type === 'Bot' ? 'NONE' : 'OWNER';
    const comment = addComment(issue, fields.body, association, actor.login);
    return { status: 201, body: commentBody(comment) };
  }
  if (third === 'labels' && more.length === 0 && method === 'POST') {
    const wanted = knownLabels(store, fields.labels);
    issue.labels = [...new Set([...issue.labels, ...wanted])];
    return { status: 200, body: issue.labels.map((name) => store.labels.get(name.toLowerCase())) };
  }
  return NOT_FOUND;
}

/** A new issue (or pull request) with the next number, as its author opened it. */
export function addIssue(
  store: IssueStore,
  fields: {
    title: string;
    body: string;
    labels: string[];
    author: SimAccount;
    pullRequest?: boolean;
  },
): SimIssue {
  const issue: SimIssue = {
    number: store.issues.length + 1,
    title: fields.title,
    body: fields.body,
    state: 'open',
    labels: fields.labels,
    comments: [],
    deletedComments: [],
    author: fields.author,
    pullRequest: fields.pullRequest ?? false,
  };
  store.issues.push(issue);
  return issue;
}

export function addComment(
  issue: SimIssue,
  body: string,
  authorAssociation: string,
  login: string,
): SimComment {
  nextId += 1;
  const comment = { id: nextId, body, authorAssociation, login };
  issue.comments.push(comment);
  return comment;
}

function createLabel(store: IssueStore, fields: Record<string, unknown>): Reply {
  if (typeof fields.name !== 'string' || fields.name === '') return error(422, 'Validation Failed');
  if (store.labels.has(fields.name.toLowerCase())) {
    return {
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
        documentation_url: DOCS,
      },
    };
  }
  const label = {
    name: fields.name,
    color: typeof fields.color === 'string' ? fields.color : 'ededed',
    description: typeof fields.description === 'string' ? fields.description : '',
  };
  store.labels.set(label.name.toLowerCase(), label);
  return { status: 201, body: label };
}

function knownLabels(store: IssueStore, labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return labels
    .map((label) => (typeof label === 'string' ? label : (label as { name?: unknown })?.name))
    .filter((name): name is string => typeof name === 'string')
    .map((name) => store.labels.get(name.toLowerCase())?.name)
    .filter((name): name is string => name !== undefined);
}

/** `state` (default open) and `labels` (comma separated, all must match), newest first. */
function listIssues(store: IssueStore, query: Record<string, string>): SimIssue[] {
  const state = query.state ?? 'open';
  const wanted = (query.labels ?? '')
    .split(',')
    .filter(Boolean)
    .map((l) => l.toLowerCase());
  return store.issues
    .filter((issue) => state === 'all' || issue.state === state)
    .filter((issue) => wanted.every((l) => issue.labels.some((n) => n.toLowerCase() === l)))
    .reverse();
}

function issueBody(store: IssueStore, repoUrl: string, issue: SimIssue, now: () => number) {
  const at = new Date(now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const { author } = issue;
  return {
    id: 700000 + issue.number,
    node_id: `I_sim${issue.number}`,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    labels: issue.labels.map((name) => ({ name, ...store.labels.get(name.toLowerCase()) })),
    comments: issue.comments.length,
    url: `${repoUrl}/issues/${issue.number}`,
    user: { login: author.login, id: accountId(author.login), type: author.type },
    performed_via_github_app: author.app === undefined ? null : appBody(author.app),
    ...(issue.pullRequest ? { pull_request: { url: `${repoUrl}/pulls/${issue.number}` } } : {}),
    created_at: at,
    updated_at: at,
    closed_at: issue.state === 'closed' ? at : null,
    author_association: author.type === 'Bot' ? 'NONE' : 'OWNER',
  };
}

/** A GitHub App as `performed_via_github_app` shows it. */
function appBody(slug: string) {
  const id = accountId(slug);
  return {
    id,
    slug,
    node_id: `A_sim${id}`,
    name: slug,
    owner: { login: slug === 'github-actions' ? 'github' : 'octo', id: 9919, type: 'Organization' },
    permissions: { issues: 'write', metadata: 'read' },
    events: [],
  };
}

/** A stable id per login, as GitHub's are. */
export function accountId(login: string): number {
  let hash = 7;
  for (const char of login) hash = (hash * 31 + char.charCodeAt(0)) % 90_000_000;
  return 10_000_000 + hash;
}

const commentBody = (comment: SimComment) => ({
  id: comment.id,
  body: comment.body,
  user: {
    login: comment.login,
    id: accountId(comment.login),
    type: comment.login.endsWith('[bot]') ? 'Bot' : 'User',
  },
  author_association: comment.authorAssociation,
});
