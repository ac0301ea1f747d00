/**
 * A baseline of `npm run bench`, not part of the product: a write-only peer's
 * whole job, as the actions that only set a secret do it (read the public
 * key, seal, write one secret) with @actions/core, @actions/github and
 * libsodium, bundled by ncc as dist/ is. What the same packages cost for the
 * same two requests, without anything of ours.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import sodium from 'libsodium-wrappers';

const [owner = '', repo = ''] = core.getInput('repository', { required: true }).split('/');
const octokit = getOctokit(core.getInput('github-token', { required: true }), {
  baseUrl: core.getInput('github-api-url'),
});
const { data: key } = await octokit.rest.actions.getRepoPublicKey({ owner, repo });
await sodium.ready;
const { ORIGINAL } = sodium.base64_variants;
const sealed = sodium.crypto_box_seal(
  sodium.from_string(core.getInput('value')),
  sodium.from_base64(key.key, ORIGINAL),
);
await octokit.rest.actions.createOrUpdateRepoSecret({
  owner,
  repo,
  secret_name: core.getInput('secret-name'),
  encrypted_value: sodium.to_base64(sealed, ORIGINAL),
  key_id: key.key_id,
});
core.info('written');
