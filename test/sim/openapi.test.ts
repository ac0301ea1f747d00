import sodium from 'libsodium-wrappers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubSim, startGitHubSim } from '../../sim/github.js';
import { loadGitHubOpenApiValidator, type OpenApiValidate } from '../../sim/openapi.js';

const PUT_PATH = '/repos/octo/health/actions/secrets/FITBIT_REFRESH_TOKEN';

let validate: OpenApiValidate;
beforeAll(async () => {
  validate = await loadGitHubOpenApiValidator();
}, 120_000);

describe('GitHub OpenAPI validator', () => {
  it('accepts a correct secret PUT body and the calls the action makes', () => {
    expect(
      validate({
        method: 'PUT',
        path: PUT_PATH,
        body: { encrypted_value: 'c2VjcmV0', key_id: '568250167242549743' },
      }),
    ).toEqual([]);
    expect(
      validate({ method: 'GET', path: '/repos/octo/health/actions/secrets/public-key' }),
    ).toEqual([]);
    expect(validate({ method: 'DELETE', path: PUT_PATH })).toEqual([]);
    expect(validate({ method: 'GET', path: '/repos/octo/health' })).toEqual([]);
    expect(
      validate({
        method: 'GET',
        path: '/repos/octo/health/actions/runs/123?exclude_pull_requests=true',
      }),
    ).toEqual([]);
  });

  it('decodes path parameters, such as an environment name with %2F', () => {
    const path = '/repos/octo/health/environments/prod%2Feu/secrets/TOKEN';
    expect(
      validate({ method: 'PUT', path, body: { encrypted_value: 'c2VjcmV0', key_id: '1' } }),
    ).toEqual([]);
    expect(
      validate({
        method: 'GET',
        path: '/repos/octo/health/environments/bad%ZZ/secrets/public-key',
      }),
    ).toEqual([expect.stringContaining('environment_name')]);
    expect(validate({ method: 'GET', path: '/repos/octo/health/actions/runs/latest' })).toEqual([
      expect.stringContaining('run_id'),
    ]);
  });

  it('flags a body without key_id, a body of the wrong shape and a missing body', () => {
    expect(
      validate({ method: 'PUT', path: PUT_PATH, body: { encrypted_value: 'c2VjcmV0' } }),
    ).toEqual([expect.stringContaining("must have required property 'key_id'")]);
    const wrong = validate({
      method: 'PUT',
      path: PUT_PATH,
      body: { encrypted_value: 'not base64!', key_id: 7 },
    });
    expect(wrong).toHaveLength(2);
    expect(validate({ method: 'PUT', path: PUT_PATH })).toEqual([
      expect.stringContaining('body is required'),
    ]);
  });

  it('flags unknown paths and undocumented methods', () => {
    expect(
      validate({ method: 'GET', path: '/repositories/1/environments/prod/secrets/public-key' }),
    ).toEqual([expect.stringContaining('no operation')]);
    expect(validate({ method: 'POST', path: PUT_PATH, body: {} })).toEqual([
      expect.stringContaining('documents only'),
    ]);
  });
});

describe('GitHub simulator with the OpenAPI validator', () => {
  let sim: GitHubSim;
  beforeAll(async () => {
    await sodium.ready;
    sim = await startGitHubSim({ validate });
    sim.addRepo('octo/health');
    sim.addToken('ghp_w', 'write');
  });
  afterAll(async () => {
    await sim?.close();
  });

  const put = (body: unknown) =>
    fetch(`${sim.url}${PUT_PATH}`, {
      method: 'PUT',
      headers: { authorization: 'token ghp_w', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('lets a documented request through and answers 400 to one the description rejects', async () => {
    const { key, key_id } = sim.publicKey({ repository: 'octo/health' });
    const sealed = sodium.to_base64(
      sodium.crypto_box_seal('v', sodium.from_base64(key, sodium.base64_variants.ORIGINAL)),
      sodium.base64_variants.ORIGINAL,
    );
    expect((await put({ encrypted_value: sealed, key_id })).status).toBe(201);
    expect(sim.violations).toEqual([]);

    const res = await put({ encrypted_value: sealed });
    expect(res.status).toBe(400);
    expect(sim.violations).toEqual([expect.stringContaining('key_id')]);
    expect(
      (
        await fetch(`${sim.url}/repos/octo/health/nope`, {
          headers: { authorization: 'token ghp_w' },
        })
      ).status,
    ).toBe(400);
    expect(sim.violations).toHaveLength(2);
  });
});
