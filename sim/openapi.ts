// Checks requests against GitHub's official OpenAPI description (@octokit/openapi), so the
// GitHub simulator flags any call GitHub does not document or any body it would reject.
// The 73 MB description is boiled down to a small operation index once per test run
// (test/global-setup.ts), or once per process outside vitest.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

export interface OpenApiRequest {
  method: string;
  /** Path below the API base, still URL-encoded; a query is ignored. */
  path: string;
  /** Parsed JSON body; undefined when there is none. */
  body?: unknown;
}

export type OpenApiValidate = (request: OpenApiRequest) => string[];

interface IndexedParam {
  name: string;
  /** `x-multi-segment`: the value may contain `/` (refs, file paths). */
  multi: boolean;
  schema: unknown;
}

export interface IndexedOperation {
  method: string;
  path: string;
  id: string;
  params: IndexedParam[];
  body?: { required: boolean; contentTypes: string[]; schema?: unknown };
}

/** Set by test/global-setup.ts: a file holding the operation index, built once per test run. */
export const OPERATIONS_FILE_VARIABLE = 'FTK_GITHUB_OPERATIONS_FILE';

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'];

let loaded: Promise<IndexedOperation[]> | undefined;

/**
 * The validator. Under vitest the index comes from the file the global setup
 * wrote; elsewhere (the demo, the benchmark) it is built from the description.
 */
export async function loadGitHubOpenApiValidator(): Promise<OpenApiValidate> {
  const file = process.env[OPERATIONS_FILE_VARIABLE];
  loaded ??= file
    ? readFile(file, 'utf8').then((text) => JSON.parse(text) as IndexedOperation[])
    : buildOperationIndex();
  return makeValidator(await loaded);
}

/** Boils GitHub's 73 MB description (@octokit/openapi, api.github.com, deref'd) down to its operations. */
export async function buildOperationIndex(): Promise<IndexedOperation[]> {
  const specFile = createRequire(import.meta.url).resolve(
    '@octokit/openapi/generated/api.github.com.deref.json',
  );
  return buildIndex(JSON.parse(await readFile(specFile, 'utf8')));
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function buildIndex(spec: unknown): IndexedOperation[] {
  const paths = isObject(spec) && isObject(spec.paths) ? spec.paths : {};
  const operations: IndexedOperation[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const own = Array.isArray(op.parameters) ? op.parameters : [];
      const params = [...shared, ...own]
        .filter((p): p is Json => isObject(p) && p.in === 'path' && typeof p.name === 'string')
        .map((p) => ({
          name: p.name as string,
          multi: p['x-multi-segment'] === true,
          schema: compactSchema(p.schema),
        }));
      const entry: IndexedOperation = {
        method: method.toUpperCase(),
        path,
        id: typeof op.operationId === 'string' ? op.operationId : `${method} ${path}`,
        params,
      };
      const body = op.requestBody;
      if (isObject(body) && isObject(body.content)) {
        const json = body.content['application/json'];
        entry.body = {
          required: body.required === true,
          contentTypes: Object.keys(body.content),
          ...(isObject(json) && json.schema !== undefined
            ? { schema: compactSchema(json.schema) }
            : {}),
        };
      }
      operations.push(entry);
    }
  }
  return operations;
}

/** Validation keywords kept as they are; everything else (docs, examples) is dropped. */
const KEEP = new Set([
  'type',
  'required',
  'enum',
  'const',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
]);

/** OpenAPI 3.0 schema → compact JSON Schema that ajv understands (`nullable` rewritten). */
function compactSchema(schema: unknown): unknown {
  if (typeof schema === 'boolean') return schema;
  if (!isObject(schema)) return {};
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (KEEP.has(key)) out[key] = value;
    else if ((key === 'properties' || key === 'patternProperties') && isObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, compactSchema(sub)]),
      );
    } else if (key === 'items' || key === 'additionalProperties' || key === 'not') {
      out[key] = Array.isArray(value) ? value.map(compactSchema) : compactSchema(value);
    } else if ((key === 'allOf' || key === 'anyOf' || key === 'oneOf') && Array.isArray(value)) {
      out[key] = value.map(compactSchema);
    }
  }
  // OpenAPI 3.0 writes exclusive bounds as booleans next to minimum/maximum.
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof out[flag] !== 'boolean') continue;
    if (out[flag] === true) out[flag] = out[bound];
    else delete out[flag];
    if (out[flag] !== undefined) delete out[bound];
  }
  // nullable: null is allowed besides whatever the rest of the schema allows.
  return schema.nullable === true ? { anyOf: [{ type: 'null' }, out] } : out;
}

interface Template {
  op: IndexedOperation;
  segments: Array<
    { literal: string } | { param: IndexedParam } | { pattern: RegExp; names: string[] }
  >;
  literals: number;
}

function compileTemplate(op: IndexedOperation): Template {
  const byName = new Map(op.params.map((p) => [p.name, p]));
  let literals = 0;
  const segments = op.path
    .split('/')
    .slice(1)
    .map((segment) => {
      const whole = /^\{([^}]+)\}$/.exec(segment);
      if (whole?.[1]) {
        return { param: byName.get(whole[1]) ?? { name: whole[1], multi: false, schema: {} } };
      }
      if (!segment.includes('{')) {
        literals += 1;
        return { literal: segment };
      }
      // A segment mixing text and parameters, such as `{base}...{head}`.
      const names: string[] = [];
      const source = segment
        .split(/(\{[^}]+\})/)
        .map((piece) => {
          const name = /^\{([^}]+)\}$/.exec(piece)?.[1];
          if (!name) return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(name);
          return '(.+?)';
        })
        .join('');
      literals += 0.5;
      return { pattern: new RegExp(`^${source}$`), names };
    });
  return { op, segments, literals };
}

/** Raw path segments → decoded parameter values, or undefined when the template does not fit. */
function matchTemplate(template: Template, raw: string[]): Map<string, string> | undefined {
  const values = new Map<string, string>();
  const walk = (t: number, p: number): boolean => {
    const segment = template.segments[t];
    if (segment === undefined) return p === raw.length;
    const here = raw[p];
    if (here === undefined) return false;
    if ('literal' in segment) return segment.literal === here && walk(t + 1, p + 1);
    if ('pattern' in segment) {
      const found = segment.pattern.exec(here);
      if (!found) return false;
      segment.names.forEach((name, i) => {
        values.set(name, found[i + 1] ?? '');
      });
      return walk(t + 1, p + 1);
    }
    if (here === '') return false;
    const longest = segment.param.multi ? raw.length - p : 1;
    for (let take = longest; take >= 1; take--) {
      values.set(segment.param.name, raw.slice(p, p + take).join('/'));
      if (walk(t + 1, p + take)) return true;
    }
    return false;
  };
  return walk(0, 0) ? values : undefined;
}

function makeValidator(operations: IndexedOperation[]): OpenApiValidate {
  const templates = operations.map(compileTemplate);
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false });
  // Path parameters arrive as text: coerce "123" for integer parameters.
  const paramAjv = new Ajv({
    strict: false,
    coerceTypes: true,
    validateFormats: false,
    logger: false,
  });
  const bodyValidators = new Map<IndexedOperation, ValidateFunction>();
  const paramValidators = new Map<string, ValidateFunction>();

  const paramValidator = (schema: unknown) => {
    const key = JSON.stringify(schema);
    let validate = paramValidators.get(key);
    if (!validate) {
      validate = paramAjv.compile({ type: 'object', properties: { value: schema } });
      paramValidators.set(key, validate);
    }
    return validate;
  };

  return (request) => {
    const method = request.method.toUpperCase();
    const path = request.path.split('?')[0] ?? '';
    const raw = path.split('/').slice(1);
    const candidates = templates
      .map((template) => ({ template, values: matchTemplate(template, raw) }))
      .filter(
        (c): c is { template: Template; values: Map<string, string> } => c.values !== undefined,
      )
      .sort((a, b) => b.template.literals - a.template.literals);
    const best = candidates.filter((c) => c.template.op.method === method)[0];
    if (!best) {
      const others = [...new Set(candidates.map((c) => c.template.op.method))];
      return [
        others.length > 0
          ? `${method} ${path}: GitHub documents only ${others.join(', ')} for ${candidates[0]?.template.op.path}`
          : `${method} ${path}: no operation in GitHub's OpenAPI description matches this path`,
      ];
    }
    const { op } = best.template;
    const where = `${method} ${op.path} (${op.id})`;
    const problems: string[] = [];
    for (const param of op.params) {
      const encoded = best.values.get(param.name);
      if (encoded === undefined) continue;
      let value: string;
      try {
        value = encoded.split('/').map(decodeURIComponent).join('/');
      } catch {
        problems.push(`${where}: path parameter ${param.name} is not valid URL encoding`);
        continue;
      }
      const check = paramValidator(param.schema);
      if (!check({ value })) {
        problems.push(
          `${where}: path parameter ${param.name}=${JSON.stringify(value)} ${check.errors?.[0]?.message ?? 'is invalid'}`,
        );
      }
    }
    problems.push(...checkBody(op, request.body, where));
    return problems;
  };

  function checkBody(op: IndexedOperation, body: unknown, where: string): string[] {
    if (!op.body)
      return body === undefined ? [] : [`${where}: this operation takes no request body`];
    if (body === undefined) return op.body.required ? [`${where}: a request body is required`] : [];
    if (op.body.schema === undefined) {
      return [`${where}: expects ${op.body.contentTypes.join(' or ')}, not JSON`];
    }
    let validate = bodyValidators.get(op);
    if (!validate) {
      try {
        validate = ajv.compile(op.body.schema as object);
      } catch (error) {
        return [`${where}: cannot compile its body schema: ${(error as Error).message}`];
      }
      bodyValidators.set(op, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${where}: ${describeError(e)}`);
  }
}

/** "body/key_id must be string", "body must have required property 'key_id'", … */
function describeError(error: ErrorObject): string {
  const extra =
    error.keyword === 'additionalProperties' ? ` (${String(error.params.additionalProperty)})` : '';
  return `body${error.instancePath} ${error.message ?? 'is invalid'}${extra}`;
}
