// GitHub REST API simulator for Actions secrets: every repository and environment has
// its own X25519 key pair, and every PUT is really opened with crypto_box_seal_open,
// so a value sealed with the wrong key or encoding fails loudly (422) instead of silently.
// Every token belongs to an account (a person, or a GitHub App's bot), which answers
// `GET /user` (people only, as GitHub does) and GraphQL's `viewer { login }`; every
// repository knows each person's role, for the collaborator-permission endpoint.
import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import sodium from 'libsodium-wrappers';
import { type Arrival, RequestRecorder } from './arrivals.js';
import { answerWithFaults, FaultQueue } from './faults.js';
import {
  accountId,
  addComment,
  addIssue,
  GITHUB_ACTIONS_BOT,
  type IssueStore,
  type IssuesAccess,
  issuesRoute,
  newIssueStore,
  type SimAccount,
  type SimComment,
  type SimIssue,
} from './github-issues.js';
import {
  BodyTooLargeError,
  type Reply,
  readBody,
  sendJson,
  sendReply,
  startServer,
} from './server.js';

export type { IssuesAccess, SimAccount, SimComment, SimIssue } from './github-issues.js';
export { GITHUB_ACTIONS_BOT } from './github-issues.js';

/** `internal`: visible to an enterprise's members (GitHub Enterprise), private to everyone else. */
export type RepositoryVisibility = 'private' | 'public' | 'internal';

/** A person's role on a repository, as GitHub names the built-in ones. */
export type RepositoryRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read';

/** The account a token without one of its own belongs to: `ghs_` tokens are GITHUB_TOKENs. */
const DEFAULT_PERSON: SimAccount = { login: 'octocat', type: 'User' };

/**
 * write: secrets read and write; read: secrets read only; metadata: sees the repository
 * but not its secrets (403); none: sees nothing (404, as GitHub hides what a token cannot see).
 */
export type TokenAccess = 'write' | 'read' | 'metadata' | 'none';

export interface SecretTarget {
  /** `owner/name` */
  repository: string;
  environment?: string;
}

/** One request as the simulator saw it. */
export interface GitHubRequest extends Arrival {
  method: string;
  /** Raw (still URL-encoded) path below the API base, without the query. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** The JSON body, parsed; undefined when empty or not JSON. */
  body: unknown;
  rawBody: string;
  /** When the request had fully arrived (epoch ms), to measure retry spacing. */
  receivedAt: number;
}

export interface GitHubSimOptions {
  /** Checks every request; messages go to `violations` and the request is answered 400. */
  validate?: (request: GitHubRequest) => string[];
  /** API base path, e.g. `/api/v3` to imitate GitHub Enterprise Server; default none. */
  basePath?: string;
  /** Clock in epoch ms, for created_at / updated_at. */
  now?: () => number;
}

export interface PublicKey {
  key_id: string;
  /** base64, ORIGINAL variant */
  key: string;
}

export interface GitHubSim {
  /** The API base, e.g. `http://127.0.0.1:1234` (plus basePath). */
  url: string;
  /**
   * `issues` defaults to write for a secrets writer, read for the others, none for `none`.
   * `account` defaults to github-actions[bot] for a `ghs_` token (a job's GITHUB_TOKEN),
   * else to the person octocat.
   */
  addToken(token: string, access: TokenAccess, issues?: IssuesAccess, account?: SimAccount): void;
  /** A person's role on the repository (GET …/collaborators/{username}/permission); default none. */
  setRole(fullName: string, login: string, role: RepositoryRole | undefined): void;
  /** A private repository unless `visibility` says otherwise; its last push is now. */
  addRepo(fullName: string, visibility?: RepositoryVisibility): void;
  /** When the repository was last pushed to (its `pushed_at`), for the schedule's 60 days. */
  setPushedAt(fullName: string, pushedAt: string | Date): void;
  addEnvironment(fullName: string, environment: string): void;
  /**
   * The repository `from` was renamed to `to`: as GitHub does, requests to the old
   * name are redirected to the new one, 301 for GET and 307 for other methods.
   */
  renameRepo(from: string, to: string): void;
  addRun(fullName: string, runId: number, runStartedAt: string | Date): void;
  /** The decrypted value, or undefined when there is no such secret. */
  secretValue(target: SecretTarget, name: string): string | undefined;
  setSecret(target: SecretTarget, name: string, value: string, updatedAt?: string | Date): void;
  /** Stored (upper-case) names, sorted. */
  secretNames(target: SecretTarget): string[];
  publicKey(target: SecretTarget): PublicKey;
  /** The repository's issues, oldest first, with their comments (live objects). */
  issues(fullName: string): SimIssue[];
  /**
   * A person comments on an issue; the comment as GitHub stores it. `login` defaults to
   * the repository's owner (an admin) for association OWNER, `stranger` for NONE, else
   * `octocat`.
   */
  commentAs(
    fullName: string,
    issue: number,
    body: string,
    association: string,
    login?: string,
  ): SimComment;
  /** Someone (not through a token of this simulator) opens an issue, or a pull request. */
  openIssueAs(
    fullName: string,
    author: SimAccount,
    fields: { title: string; body: string; labels: string[]; pullRequest?: boolean },
  ): SimIssue;
  /** Every request, in the order they arrived. */
  readonly requests: GitHubRequest[];
  /** Resolves once `count` (default 1) more requests that `match` have arrived. */
  untilRequests(match: (request: GitHubRequest) => boolean, count?: number): Promise<void>;
  readonly violations: string[];
  readonly faults: FaultQueue;
  close(): Promise<void>;
}

interface StoredSecret {
  name: string;
  value: string;
  createdAt: string;
  updatedAt: string;
}

interface SecretScope {
  label: string;
  keyId: string;
  publicKey: Uint8Array;
  privateKey: Uint8Array;
  secrets: Map<string, StoredSecret>;
}

interface Environment extends SecretScope {
  id: number;
  name: string;
  createdAt: string;
}

interface Repo extends SecretScope {
  visibility: RepositoryVisibility;
  /** ISO 8601, seconds precision. */
  pushedAt: string;
  id: number;
  owner: string;
  name: string;
  environments: Map<string, Environment>;
  runs: Map<number, string>;
  issues: IssueStore;
  /** Lower-case login → role. */
  roles: Map<string, RepositoryRole>;
}

interface SimToken {
  access: TokenAccess;
  issues: IssuesAccess;
  account: SimAccount;
  used: number;
}

/** The legacy `permission` GitHub derives from a role: maintain counts as write, triage as read. */
const LEGACY_PERMISSION: Record<RepositoryRole, string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
};

const DOCS = 'https://docs.github.com/rest';
const SECRET_DOCS = 'https://docs.github.com/rest/actions/secrets';
const API_VERSIONS = new Set(['2022-11-28', '2026-03-10']);
const MAX_SECRET_BYTES = 48 * 1024;
const MAX_SECRETS = 100;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})$/;
const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const ghError = (status: number, message: string, documentationUrl = DOCS): Reply => ({
  status,
  body: { message, documentation_url: documentationUrl, status: String(status) },
});
const NOT_FOUND = ghError(404, 'Not Found');
const invalid = (detail: string) => ghError(422, `Invalid request.\n\n${detail}`, SECRET_DOCS);

/** GitHub's timestamps: ISO 8601, seconds precision. */
const isoSeconds = (time: number | string | Date) =>
  new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');

const secretNameProblem = (name: string): string | undefined => {
  if (!SECRET_NAME.test(name)) {
    return 'Secret names can only contain alphanumeric characters ([a-z], [A-Z], [0-9]) or underscores (_), and must not start with a number.';
  }
  if (/^GITHUB_/i.test(name)) return 'Secret names must not start with GITHUB_.';
  return undefined;
};

export async function startGitHubSim(options: GitHubSimOptions = {}): Promise<GitHubSim> {
  await sodium.ready;
  const now = options.now ?? Date.now;
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const tokens = new Map<string, SimToken>();
  const repos = new Map<string, Repo>(); // lower-case full name, as GitHub ignores case
  const faults = new FaultQueue();
  const renamed = new Map<string, string>();
  const requests = new RequestRecorder<GitHubRequest>();
  const violations: string[] = [];
  const rateReset = String(Math.floor(Date.now() / 1000) + 3600);
  let counter = 0;

  /** A scope's own key pair and a key_id unique across the simulator. */
  function newScope(label: string): SecretScope {
    const pair = sodium.crypto_box_keypair();
    counter += 1;
    return {
      label,
      keyId: `56825016724254${String(counter).padStart(4, '0')}`,
      publicKey: pair.publicKey,
      privateKey: pair.privateKey,
      secrets: new Map(),
    };
  }

  function repoOf(fullName: string): Repo | undefined {
    return repos.get(fullName.toLowerCase());
  }

  function repoOrThrow(fullName: string): Repo {
    const repo = repoOf(fullName);
    if (!repo) throw new Error(`github sim: unknown repository ${fullName}`);
    return repo;
  }

  /** For the test-facing helpers: unknown targets are a test bug, so throw. */
  function scopeOf(target: SecretTarget): SecretScope {
    const repo = repoOf(target.repository);
    if (!repo) throw new Error(`github sim: unknown repository ${target.repository}`);
    if (target.environment === undefined) return repo;
    const env = repo.environments.get(target.environment.toLowerCase());
    if (!env) throw new Error(`github sim: unknown environment ${target.environment}`);
    return env;
  }

  function allScopes(): SecretScope[] {
    return [...repos.values()].flatMap((repo) => [repo, ...repo.environments.values()]);
  }

  function storeSecret(scope: SecretScope, name: string, value: string, at: string): boolean {
    const key = name.toUpperCase();
    const existing = scope.secrets.get(key);
    scope.secrets.set(key, {
      name: key,
      value,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
    });
    return existing === undefined;
  }

  const permissionsOf = (access: TokenAccess) => ({
    admin: access === 'write',
    maintain: access === 'write',
    push: access === 'write',
    triage: access === 'write',
    pull: access !== 'none',
  });

  function repoBody(repo: Repo, access: TokenAccess) {
    const fullName = `${repo.owner}/${repo.name}`;
    return {
      id: repo.id,
      node_id: `R_sim${repo.id}`,
      name: repo.name,
      full_name: fullName,
      private: repo.visibility !== 'public',
      visibility: repo.visibility,
      pushed_at: repo.pushedAt,
      owner: { login: repo.owner, id: repo.id + 1, type: 'User' },
      html_url: `https://github.com/${fullName}`,
      url: `${sim.url}/repos/${fullName}`,
      default_branch: 'main',
      permissions: permissionsOf(access),
    };
  }

  function putSecret(scope: SecretScope, name: string, body: unknown): Reply {
    const nameProblem = secretNameProblem(name);
    if (nameProblem) return ghError(422, `Failed to add secret. ${nameProblem}`, SECRET_DOCS);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return invalid('The request body must be a JSON object.');
    }
    const { encrypted_value: sealed, key_id: keyId } = body as Record<string, unknown>;
    if (sealed === undefined) return invalid('"encrypted_value" wasn\'t supplied.');
    if (keyId === undefined) return invalid('"key_id" wasn\'t supplied.');
    if (typeof sealed !== 'string') {
      return invalid("For 'properties/encrypted_value', it is not a string.");
    }
    if (typeof keyId !== 'string') return invalid("For 'properties/key_id', it is not a string.");
    if (!BASE64.test(sealed)) {
      return invalid("For 'properties/encrypted_value', it is not standard base64 with padding.");
    }
    if (keyId !== scope.keyId) {
      const owner = allScopes().find((s) => s.keyId === keyId);
      return invalid(
        owner
          ? `key_id ${keyId} is the key of ${owner.label}, not of ${scope.label}.`
          : `key_id ${keyId} is not a known public key.`,
      );
    }
    let value: string;
    try {
      const opened = sodium.crypto_box_seal_open(
        sodium.from_base64(sealed, sodium.base64_variants.ORIGINAL),
        scope.publicKey,
        scope.privateKey,
      );
      if (opened.length > MAX_SECRET_BYTES) {
        return invalid('The secret value is larger than 48 KB.');
      }
      value = new TextDecoder('utf-8', { fatal: true }).decode(opened);
    } catch {
      return invalid(`encrypted_value cannot be opened with the key of ${scope.label}.`);
    }
    const upper = name.toUpperCase();
    if (!scope.secrets.has(upper) && scope.secrets.size >= MAX_SECRETS) {
      return invalid(`${scope.label} already has ${MAX_SECRETS} secrets.`);
    }
    const created = storeSecret(scope, upper, value, isoSeconds(now()));
    return created ? { status: 201, body: {} } : { status: 204 };
  }

  function listSecrets(scope: SecretScope, query: Record<string, string>): Reply {
    const perPage = Math.min(Math.max(Number(query.per_page ?? 30) || 30, 1), 100);
    const page = Math.max(Number(query.page ?? 1) || 1, 1);
    const all = [...scope.secrets.values()].sort((a, b) => a.name.localeCompare(b.name));
    return {
      status: 200,
      body: {
        total_count: all.length,
        secrets: all.slice((page - 1) * perPage, page * perPage).map(secretMeta),
      },
    };
  }

  const secretMeta = (s: StoredSecret) => ({
    name: s.name,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
  });

  /** `…/secrets`, `…/secrets/public-key`, `…/secrets/{name}` of one scope. */
  function secretsRoute(
    scope: SecretScope,
    rest: string[],
    access: TokenAccess,
    request: GitHubRequest,
  ): Reply {
    const method = request.method;
    if (access === 'metadata' || (method !== 'GET' && access !== 'write')) {
      return ghError(403, 'Resource not accessible by personal access token', SECRET_DOCS);
    }
    const [name, extra] = rest;
    if (extra !== undefined) return NOT_FOUND;
    if (name === undefined) return method === 'GET' ? listSecrets(scope, request.query) : NOT_FOUND;
    if (name === 'public-key' && method === 'GET') {
      return {
        status: 200,
        body: {
          key_id: scope.keyId,
          key: sodium.to_base64(scope.publicKey, sodium.base64_variants.ORIGINAL),
        },
      };
    }
    const stored = scope.secrets.get(name.toUpperCase());
    if (method === 'GET') {
      return stored ? { status: 200, body: secretMeta(stored) } : NOT_FOUND;
    }
    if (method === 'DELETE') {
      if (!stored) return NOT_FOUND;
      scope.secrets.delete(stored.name);
      return { status: 204 };
    }
    if (method === 'PUT') return putSecret(scope, name, request.body);
    return NOT_FOUND;
  }

  /** Everything below `/repos/{owner}/{repo}`. */
  function repoRoute(repo: Repo, token: SimToken, rest: string[], request: GitHubRequest): Reply {
    const { access } = token;
    const method = request.method;
    const [first, second, third, ...more] = rest;
    if (first === 'issues' || first === 'labels') {
      const repoUrl = `${sim.url}/repos/${repo.owner}/${repo.name}`;
      const { query, body } = request;
      const { issues, account } = token;
      return issuesRoute(repo.issues, repoUrl, issues, account, rest, method, query, body, now);
    }
    if (first === 'collaborators' && third === 'permission' && more.length === 0) {
      return method === 'GET' && second !== undefined ? permissionOf(repo, second) : NOT_FOUND;
    }
    if (first === undefined) {
      return method === 'GET' ? { status: 200, body: repoBody(repo, access) } : NOT_FOUND;
    }
    if (first === 'actions' && second === 'runs' && third !== undefined && more.length === 0) {
      const started = repo.runs.get(Number(third));
      if (method !== 'GET' || !/^\d+$/.test(third) || started === undefined) return NOT_FOUND;
      return { status: 200, body: runBody(repo, Number(third), started) };
    }
    if (first === 'actions' && second === 'secrets') {
      return secretsRoute(repo, rest.slice(2), access, request);
    }
    if (first === 'environments' && second !== undefined) {
      const env = repo.environments.get(second.toLowerCase());
      if (!env) return NOT_FOUND;
      if (third === undefined) {
        return method === 'GET' ? { status: 200, body: envBody(repo, env) } : NOT_FOUND;
      }
      if (third === 'secrets') return secretsRoute(env, more, access, request);
    }
    return NOT_FOUND;
  }

  /** GET …/collaborators/{username}/permission: the person's role, and the legacy permission. */
  function permissionOf(repo: Repo, login: string): Reply {
    const role = repo.roles.get(login.toLowerCase());
    return {
      status: 200,
      body: {
        permission: role === undefined ? 'none' : LEGACY_PERMISSION[role],
        role_name: role ?? 'none',
        user: role === undefined ? null : userBody({ login, type: 'User' }),
      },
    };
  }

  function userBody(account: SimAccount) {
    return {
      login: account.login,
      id: accountId(account.login),
      node_id: `U_sim${accountId(account.login)}`,
      type: account.type,
      site_admin: false,
      url: `${sim.url}/users/${encodeURIComponent(account.login)}`,
      html_url: `https://github.com/${account.login}`,
    };
  }

  /** GET /user: a person's token says whose it is; an installation token may not ask. */
  function authenticatedUser(token: SimToken): Reply {
    if (token.account.type === 'Bot') {
      return {
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
          status: '403',
        },
      };
    }
    return { status: 200, body: { ...userBody(token.account), name: null, email: null } };
  }

  function runBody(repo: Repo, id: number, started: string) {
    return {
      id,
      name: 'token keeper',
      run_number: 1,
      run_attempt: 1,
      status: 'in_progress',
      conclusion: null,
      created_at: started,
      updated_at: started,
      run_started_at: started,
      html_url: `https://github.com/${repo.owner}/${repo.name}/actions/runs/${id}`,
      repository: { id: repo.id, full_name: `${repo.owner}/${repo.name}` },
    };
  }

  function envBody(repo: Repo, env: Environment) {
    return {
      id: env.id,
      node_id: `EN_sim${env.id}`,
      name: env.name,
      url: `${sim.url}/repos/${repo.owner}/${repo.name}/environments/${encodeURIComponent(env.name)}`,
      html_url: `https://github.com/${repo.owner}/${repo.name}/deployments/activity_log?environments_filter=${encodeURIComponent(env.name)}`,
      created_at: env.createdAt,
      updated_at: env.createdAt,
      protection_rules: [],
      deployment_branch_policy: null,
    };
  }

  /** Headers, credentials, then the route: in the order GitHub rejects things. */
  function route(request: GitHubRequest, bodyIsJson: boolean): Reply {
    const { headers } = request;
    if (!headers['user-agent']) {
      return {
        status: 403,
        body: 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required). Check https://developer.github.com for other possible causes.\n',
      };
    }
    const version = headers['x-github-api-version'];
    if (typeof version === 'string' && !API_VERSIONS.has(version)) {
      return ghError(410, `API version ${version} is not supported.`);
    }
    const auth = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
    if (!auth?.[1]) return ghError(401, 'Requires authentication');
    const token = tokens.get(auth[1]);
    if (!token) return ghError(401, 'Bad credentials');
    token.used += 1;
    if (request.rawBody.trim() !== '' && !bodyIsJson) return ghError(400, 'Problems parsing JSON');
    let segments: string[];
    try {
      segments = request.path.split('/').slice(1).map(decodeURIComponent);
    } catch {
      return NOT_FOUND;
    }
    const [root, owner, name, ...rest] = segments;
    if (root === 'user' && owner === undefined && request.method === 'GET') {
      return authenticatedUser(token);
    }
    if (root !== 'repos' || !owner || !name || token.access === 'none') return NOT_FOUND;
    const repo = repoOf(`${owner}/${name}`);
    return repo ? repoRoute(repo, token, rest, request) : NOT_FOUND;
  }

  function rateHeaders(authorization: string | undefined): Record<string, string> {
    const token = tokens.get(/^(?:token|bearer)\s+(\S+)/i.exec(authorization ?? '')?.[1] ?? '');
    const used = token?.used ?? 0;
    const limit = token ? 5000 : 60;
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(limit - used, 0)),
      'x-ratelimit-used': String(used),
      'x-ratelimit-reset': rateReset,
      'x-ratelimit-resource': 'core',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
    };
  }

  const server = await startServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    let rawBody: string;
    try {
      rawBody = await readBody(req, 1024 * 1024);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      sendJson(res, 413, { message: 'Payload too large' }, { connection: 'close' });
      return;
    }
    let body: unknown;
    let bodyIsJson = false;
    try {
      body = rawBody.trim() === '' ? undefined : JSON.parse(rawBody);
      bodyIsJson = body !== undefined;
    } catch {
      body = undefined;
    }
    const inBase = basePath === '' || url.pathname.startsWith(`${basePath}/`);
    const request = requests.record(
      {
        method,
        path: inBase ? url.pathname.slice(basePath.length) : url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: { ...req.headers },
        body,
        rawBody,
        receivedAt: Date.now(),
      },
      res,
    );
    if (url.pathname === graphqlPath) {
      sendReply(res, { ...graphql(request), headers: rateHeaders(req.headers.authorization) });
      return;
    }
    const found = options.validate?.(request) ?? [];
    if (found.length > 0) {
      violations.push(...found);
      sendJson(res, 400, {
        message: 'The request does not match the GitHub OpenAPI description.',
        violations: found,
        documentation_url: DOCS,
      });
      return;
    }
    const movedTo = renamedPath(request.path);
    if (movedTo !== undefined) {
      sendReply(res, {
        status: method === 'GET' || method === 'HEAD' ? 301 : 307,
        headers: { location: `${server.url}${basePath}${movedTo}` },
        body: { message: 'Moved Permanently', url: movedTo, documentation_url: DOCS },
      });
      return;
    }
    await answerWithFaults(faults, method, request.path, res, () => {
      const reply = inBase ? route(request, bodyIsJson) : NOT_FOUND;
      return { ...reply, headers: { ...rateHeaders(req.headers.authorization), ...reply.headers } };
    });
  });

  /** GitHub Enterprise Server serves GraphQL at /api/graphql beside its REST /api/v3. */
  const graphqlPath = `${basePath.replace(/\/v3$/, '')}/graphql`;

  /**
   * GraphQL is not part of the REST description the other requests are checked
   * against; the simulator knows one query, `viewer { login }`, which answers for
   * people's and installation tokens alike, and answers anything else as GitHub
   * answers a query it cannot parse.
   */
  function graphql(request: GitHubRequest): Reply {
    const auth = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    const token = tokens.get(auth?.[1] ?? '');
    if (!token) return ghError(401, 'Bad credentials');
    token.used += 1;
    const query = (request.body as { query?: unknown } | undefined)?.query;
    const compact = typeof query === 'string' ? query.replace(/\s+/g, ' ').trim() : '';
    if (
      request.method !== 'POST' ||
      !/^(query( \w+)? )?\{ ?viewer ?\{ ?login ?\} ?\}$/.test(compact)
    ) {
      return {
        status: 200,
        body: { errors: [{ message: 'The simulator knows only the query { viewer { login } }' }] },
      };
    }
    return { status: 200, body: { data: { viewer: { login: token.account.login } } } };
  }

  function renamedPath(path: string): string | undefined {
    for (const [from, to] of renamed) {
      if (path.startsWith(from)) return `${to}${path.slice(from.length)}`;
    }
    return undefined;
  }

  const sim: GitHubSim = {
    url: `${server.url}${basePath}`,
    addToken(token, access, issues, account) {
      const byDefault = access === 'write' ? 'write' : access === 'none' ? 'none' : 'read';
      const owner = account ?? (token.startsWith('ghs_') ? GITHUB_ACTIONS_BOT : DEFAULT_PERSON);
      tokens.set(token, { access, issues: issues ?? byDefault, account: owner, used: 0 });
    },
    setRole(fullName, login, role) {
      const { roles } = repoOrThrow(fullName);
      if (role === undefined) roles.delete(login.toLowerCase());
      else roles.set(login.toLowerCase(), role);
    },
    addRepo(fullName, visibility = 'private') {
      const [owner, name, extra] = fullName.split('/');
      if (!owner || !name || extra !== undefined) {
        throw new Error(`github sim: bad repo ${fullName}`);
      }
      if (repoOf(fullName)) return;
      repos.set(fullName.toLowerCase(), {
        visibility,
        pushedAt: isoSeconds(now()),
        ...newScope(`repository ${fullName}`),
        id: 100000 + counter,
        owner,
        name,
        environments: new Map(),
        runs: new Map(),
        issues: newIssueStore(),
        roles: new Map([[owner.toLowerCase(), 'admin']]),
      });
    },
    setPushedAt(fullName, pushedAt) {
      repoOrThrow(fullName).pushedAt = isoSeconds(pushedAt);
    },
    addEnvironment(fullName, environment) {
      const repo = repoOf(fullName);
      if (!repo) throw new Error(`github sim: unknown repository ${fullName}`);
      if (repo.environments.has(environment.toLowerCase())) return;
      repo.environments.set(environment.toLowerCase(), {
        ...newScope(`environment ${environment} of ${fullName}`),
        id: 200000 + counter,
        name: environment,
        createdAt: isoSeconds(now()),
      });
    },
    renameRepo(from, to) {
      renamed.set(`/repos/${from}/`, `/repos/${to}/`);
    },
    addRun(fullName, runId, runStartedAt) {
      const repo = repoOf(fullName);
      if (!repo) throw new Error(`github sim: unknown repository ${fullName}`);
      repo.runs.set(runId, isoSeconds(runStartedAt));
    },
    secretValue: (target, name) => scopeOf(target).secrets.get(name.toUpperCase())?.value,
    setSecret(target, name, value, updatedAt) {
      storeSecret(scopeOf(target), name, value, isoSeconds(updatedAt ?? now()));
    },
    secretNames: (target) => [...scopeOf(target).secrets.keys()].sort(),
    publicKey(target) {
      const scope = scopeOf(target);
      return {
        key_id: scope.keyId,
        key: sodium.to_base64(scope.publicKey, sodium.base64_variants.ORIGINAL),
      };
    },
    issues: (fullName) => repoOrThrow(fullName).issues.issues,
    commentAs(fullName, number, body, association, login) {
      const repo = repoOrThrow(fullName);
      const issue = repo.issues.issues.find((item) => item.number === number);
      if (!issue) throw new Error(`github sim: no issue #${number} in ${fullName}`);
      const byDefault =
        { OWNER: repo.owner, NONE: 'stranger' }[association] ?? DEFAULT_PERSON.login;
      const author = login ?? byDefault;
      return addComment(issue, body, association, author);
    },
    openIssueAs: (fullName, author, fields) =>
      addIssue(repoOrThrow(fullName).issues, { ...fields, author }),
    requests: requests.list,
    untilRequests: (match, count) => requests.until(match, count),
    violations,
    faults,
    close: () => server.close(),
  };
  return sim;
}
