/**
 * Credential lookup. Docker configs are real files in a temp folder; credential helpers are
 * a real program (`docker-credential-imprinttest`, a POSIX shell script speaking the
 * docker-credential-helpers protocol) put first on the PATH given to the lookup.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveCredentials } from '../../../src/registry/credentials.js';
import {
  type InstalledHelper,
  installCredentialHelper,
  TEST_HELPER_NAME,
} from '../../harness/registry-credential-helper.js';

describe('resolveCredentials', () => {
  let dir: string;
  let home: string;
  let helper: InstalledHelper;
  let env: Record<string, string | undefined>;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'imprint-creds-'));
    home = join(dir, 'home');
    mkdirSync(join(home, '.docker'), { recursive: true });
    helper = installCredentialHelper(dir);
    env = { PATH: `${helper.binDir}:${process.env.PATH ?? ''}` };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const writeConfig = (config: unknown, folder = join(home, '.docker')): string => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'config.json'), JSON.stringify(config));
    return join(folder, 'config.json');
  };
  const basicAuth = (user: string, pass: string): string =>
    Buffer.from(`${user}:${pass}`).toString('base64');
  const resolve = (registry: string, explicit?: { username?: string; password?: string }) =>
    resolveCredentials(registry, { env, homeDir: home, ...(explicit ? { explicit } : {}) });

  it('is anonymous when nothing is configured', async () => {
    expect(await resolve('ghcr.io')).toBeUndefined();
  });

  it('prefers explicit registry-username/registry-password over everything else', async () => {
    writeConfig({ auths: { 'ghcr.io': { auth: basicAuth('cfg', 'cfg-pass') } } });
    env.GITHUB_TOKEN = 'gh-token';
    expect(await resolve('ghcr.io', { username: 'me', password: 'pw' })).toEqual({
      username: 'me',
      password: 'pw',
      source: 'registry-username/registry-password',
    });
  });

  it('rejects half of an explicit pair', async () => {
    await expect(resolve('ghcr.io', { username: 'me', password: '' })).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      message: 'registry-username is set but registry-password is empty; set both or neither.',
    });
    await expect(resolve('ghcr.io', { password: 'pw' })).rejects.toThrow(
      'registry-password is set but registry-username is empty; set both or neither.',
    );
  });

  it('uses GitLab CI variables when CI_REGISTRY names this host', async () => {
    Object.assign(env, {
      CI_REGISTRY: 'gitlab.example.com:5050',
      CI_REGISTRY_USER: 'gitlab-ci-token',
      CI_REGISTRY_PASSWORD: 'job-token',
    });
    expect(await resolve('gitlab.example.com:5050')).toEqual({
      username: 'gitlab-ci-token',
      password: 'job-token',
      source: 'CI_REGISTRY_USER/CI_REGISTRY_PASSWORD',
    });
    expect(await resolve('registry.gitlab.com')).toBeUndefined();
  });

  it('reads auths from ~/.docker/config.json, matching keys with a scheme', async () => {
    const path = writeConfig({
      auths: { 'https://registry.example.com': { auth: basicAuth('alice', 'p:ss') } },
    });
    expect(await resolve('registry.example.com')).toEqual({
      username: 'alice',
      password: 'p:ss',
      source: `auths in ${path}`,
    });
  });

  it("finds Docker Hub credentials under Docker's https://index.docker.io/v1/ key", async () => {
    writeConfig({
      auths: { 'https://index.docker.io/v1/': { auth: basicAuth('hubuser', 'hubpass') } },
    });
    expect(await resolve('docker.io')).toMatchObject({ username: 'hubuser', password: 'hubpass' });
  });

  it('honours DOCKER_CONFIG over the home folder', async () => {
    writeConfig({ auths: { 'ghcr.io': { auth: basicAuth('home', 'x') } } });
    const path = writeConfig(
      { auths: { 'ghcr.io': { auth: basicAuth('elsewhere', 'y') } } },
      join(dir, 'cfg'),
    );
    env.DOCKER_CONFIG = join(dir, 'cfg');
    expect(await resolve('ghcr.io')).toEqual({
      username: 'elsewhere',
      password: 'y',
      source: `auths in ${path}`,
    });
  });

  it('passes an identitytoken through as an OAuth2 refresh token', async () => {
    writeConfig({ auths: { 'myregistry.azurecr.io': { identitytoken: 'refresh-abc' } } });
    expect(await resolve('myregistry.azurecr.io')).toMatchObject({ identityToken: 'refresh-abc' });
  });

  it('asks the credHelpers helper for its host first, sending the host on stdin', async () => {
    const path = writeConfig({
      credHelpers: { 'registry.example.com': TEST_HELPER_NAME },
      auths: { 'registry.example.com': { auth: basicAuth('from-auths', 'x') } },
    });
    helper.store('registry.example.com', 'helper-user', 'helper-secret');
    expect(await resolve('registry.example.com')).toEqual({
      username: 'helper-user',
      password: 'helper-secret',
      source: `docker-credential-${TEST_HELPER_NAME} (credHelpers in ${path})`,
    });
    expect(helper.requests()).toEqual(['registry.example.com']);
  });

  it('asks credsStore with https://index.docker.io/v1/ for Docker Hub, and reads <token> as an identity token', async () => {
    writeConfig({ credsStore: TEST_HELPER_NAME });
    helper.store('https://index.docker.io/v1/', '<token>', 'identity-xyz');
    expect(await resolve('docker.io')).toMatchObject({ identityToken: 'identity-xyz' });
    expect(helper.requests()).toEqual(['https://index.docker.io/v1/']);
  });

  it('falls back to auths when the helper has nothing stored', async () => {
    writeConfig({
      credsStore: TEST_HELPER_NAME,
      auths: { 'ghcr.io': { auth: basicAuth('fallback', 'pw') } },
    });
    expect(await resolve('ghcr.io')).toMatchObject({ username: 'fallback', password: 'pw' });
    expect(helper.requests()).toEqual(['ghcr.io']);
  });

  it('fails with CREDENTIALS_HELPER_FAILED naming the helper and host when the helper fails', async () => {
    writeConfig({ credHelpers: { 'ghcr.io': TEST_HELPER_NAME } });
    helper.failFor('ghcr.io', 'keychain locked\nmore detail');
    const failure = resolve('ghcr.io');
    await expect(failure).rejects.toMatchObject({
      code: 'CREDENTIALS_HELPER_FAILED',
      message: `The docker credential helper "docker-credential-${TEST_HELPER_NAME}" failed for registry ghcr.io: it exited with 3: keychain locked.`,
    });
  });

  it('fails with CREDENTIALS_HELPER_FAILED when the helper program is not installed', async () => {
    writeConfig({ credHelpers: { 'ghcr.io': 'notinstalled' } });
    const failure = resolve('ghcr.io');
    await expect(failure).rejects.toMatchObject({ code: 'CREDENTIALS_HELPER_FAILED' });
    await expect(failure).rejects.toThrow(
      'The docker credential helper "docker-credential-notinstalled" failed for registry ghcr.io: docker-credential-notinstalled was not found on PATH.',
    );
  });

  it('refuses a helper name that could escape to another program', async () => {
    writeConfig({ credsStore: '../../bin/sh' });
    await expect(resolve('ghcr.io')).rejects.toThrow('"../../bin/sh" is not a valid helper name');
  });

  it('reports a docker config that is not JSON, and an auth entry that is not user:pass', async () => {
    mkdirSync(join(home, '.docker'), { recursive: true });
    writeFileSync(join(home, '.docker', 'config.json'), '{ not json');
    await expect(resolve('ghcr.io')).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      message: expect.stringContaining(
        `The docker config ${join(home, '.docker', 'config.json')} is not valid JSON`,
      ) as unknown,
    });
    const path = writeConfig({
      auths: { 'ghcr.io': { auth: Buffer.from('no-colon').toString('base64') } },
    });
    await expect(resolve('ghcr.io')).rejects.toThrow(
      `The "auth" entry for ghcr.io in ${path} is not base64 of "username:password".`,
    );
  });

  it('uses GITHUB_TOKEN for ghcr.io only, as GITHUB_ACTOR or x-access-token', async () => {
    env.GITHUB_TOKEN = 'ghs_token';
    expect(await resolve('ghcr.io')).toEqual({
      username: 'x-access-token',
      password: 'ghs_token',
      source: 'GITHUB_TOKEN',
    });
    env.GITHUB_ACTOR = 'octocat';
    expect(await resolve('ghcr.io')).toMatchObject({ username: 'octocat' });
    expect(await resolve('docker.io')).toBeUndefined();
  });

  it('prefers the docker config over GITHUB_TOKEN', async () => {
    env.GITHUB_TOKEN = 'ghs_token';
    writeConfig({ auths: { 'ghcr.io': { auth: basicAuth('pat-user', 'pat') } } });
    expect(await resolve('ghcr.io')).toMatchObject({ username: 'pat-user', password: 'pat' });
  });
});
