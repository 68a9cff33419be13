import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  createAuthFile,
  createDockerConfigDir,
  mergeAuthFiles,
  seedDockerConfig,
  userContainersAuthFiles,
  userDockerConfigDir,
} from '../../../src/builders/credentials.js';
import { detectPlatform } from '../../../src/ci/choose-platform.js';

describe('seedDockerConfig', () => {
  const userConfig = {
    auths: {
      'ghcr.io': { auth: 'b2xkOm9sZA==' },
      'quay.io': { auth: 'cTpx' },
      'https://index.docker.io/v1/': { auth: 'aHViOmh1Yg==' },
    },
    credHelpers: { 'ghcr.io': 'gh', 'gcr.io': 'gcloud' },
    credsStore: 'desktop',
    proxies: { default: { httpProxy: 'http://proxy:3128' } },
  };

  it('keeps only the registries the build pulls from, none logged in to, no credsStore', () => {
    const { config, droppedCredsStore } = seedDockerConfig(
      userConfig,
      ['ghcr.io', 'docker.io'],
      ['gcr.io', 'docker.io', 'QUAY.io'],
    );
    expect(config).toEqual({
      auths: { 'quay.io': { auth: 'cTpx' } },
      credHelpers: { 'gcr.io': 'gcloud' },
      proxies: { default: { httpProxy: 'http://proxy:3128' } },
    });
    expect(droppedCredsStore).toBe('desktop');
    expect(userConfig.auths['ghcr.io']).toBeDefined(); // the input is not modified
  });

  it('copies no credentials at all when the build pulls from no other registry', () => {
    const { config } = seedDockerConfig(userConfig, ['ghcr.io']);
    expect(config).toEqual({
      auths: {},
      credHelpers: {},
      proxies: { default: { httpProxy: 'http://proxy:3128' } },
    });
  });

  it('recognises Docker Hub however the config spells it', () => {
    const { config } = seedDockerConfig(userConfig, [], ['index.docker.io']);
    expect(config.auths).toEqual({ 'https://index.docker.io/v1/': { auth: 'aHViOmh1Yg==' } });
  });

  it('starts empty from nothing or from something that is not a config object', () => {
    expect(seedDockerConfig(undefined, ['ghcr.io'])).toEqual({ config: {} });
    expect(seedDockerConfig([1, 2], ['ghcr.io'])).toEqual({ config: {} });
  });
});

describe('mergeAuthFiles', () => {
  it('lets earlier files win, as containers/image looks them up', () => {
    const first = { auths: { 'ghcr.io': { auth: 'Zmlyc3Q=' } } };
    const second = {
      auths: { 'ghcr.io': { auth: 'c2Vjb25k' }, 'quay.io': { auth: 'cQ==' } },
      credHelpers: { 'gcr.io': 'gcloud' },
    };
    expect(mergeAuthFiles([first, undefined, second])).toEqual({
      auths: { 'ghcr.io': { auth: 'Zmlyc3Q=' }, 'quay.io': { auth: 'cQ==' } },
      credHelpers: { 'gcr.io': 'gcloud' },
    });
  });
});

describe('where user credentials live', () => {
  it('follows DOCKER_CONFIG and REGISTRY_AUTH_FILE', () => {
    expect(userDockerConfigDir({ DOCKER_CONFIG: '/cfg' })).toBe('/cfg');
    expect(userDockerConfigDir({})).toMatch(/\.docker$/);
    expect(userContainersAuthFiles({ REGISTRY_AUTH_FILE: '/a.json' })).toEqual(['/a.json']);
    expect(
      userContainersAuthFiles({ XDG_RUNTIME_DIR: '/run/user/1', DOCKER_CONFIG: '/cfg' }),
    ).toEqual([
      '/run/user/1/containers/auth.json',
      expect.stringMatching(/\.config\/containers\/auth\.json$/),
      '/cfg/config.json',
    ]);
  });
});

describe('temporary credential files', () => {
  let userDir: string;
  const saved = {
    DOCKER_CONFIG: process.env.DOCKER_CONFIG,
    REGISTRY_AUTH_FILE: process.env.REGISTRY_AUTH_FILE,
  };

  beforeEach(() => {
    userDir = mkdtempSync(join(tmpdir(), 'imprint-user-docker-'));
    mkdirSync(join(userDir, 'buildx'));
    writeFileSync(
      join(userDir, 'config.json'),
      JSON.stringify({
        auths: { 'ghcr.io': { auth: 'b2xk' }, 'quay.io': { auth: 'cTpx' } },
        credsStore: 'pass',
      }),
    );
    process.env.DOCKER_CONFIG = userDir;
    process.env.REGISTRY_AUTH_FILE = join(userDir, 'config.json');
  });
  afterEach(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    rmSync(userDir, { recursive: true, force: true });
  });

  it("puts them in the platform's temp directory: RUNNER_TEMP, CI_BUILDS_DIR, else the system's", () => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'imprint-runner-temp-'));
    const buildsDir = mkdtempSync(join(tmpdir(), 'imprint-builds-dir-'));
    const env = { RUNNER_TEMP: runnerTemp, CI_BUILDS_DIR: buildsDir };
    const tempRoot = (platform: Record<string, string>) =>
      detectPlatform({ ...env, ...platform }).tempRoot;
    try {
      const onRunner = createAuthFile(['quay.io'], [], tempRoot({ GITHUB_ACTIONS: 'true' }));
      expect(dirname(onRunner.path)).toBe(runnerTemp);
      onRunner.remove();
      const onGitLab = createAuthFile(['quay.io'], [], tempRoot({ GITLAB_CI: 'true' }));
      expect(dirname(onGitLab.path)).toBe(buildsDir);
      onGitLab.remove();
      const elsewhere = createAuthFile(['quay.io'], [], tempRoot({}));
      expect(dirname(elsewhere.path)).toBe(tmpdir());
      elsewhere.remove();
    } finally {
      rmSync(runnerTemp, { recursive: true, force: true });
      rmSync(buildsDir, { recursive: true, force: true });
    }
  });

  it('makes a private DOCKER_CONFIG seeded from the user one, with buildx state linked in', () => {
    const dropped: string[] = [];
    const dir = createDockerConfigDir(
      ['ghcr.io'],
      ['quay.io'],
      (store) => dropped.push(store),
      tmpdir(),
    );
    const config = join(dir.path, 'config.json');
    expect(JSON.parse(readFileSync(config, 'utf8'))).toEqual({
      auths: { 'quay.io': { auth: 'cTpx' } },
    });
    expect(statSync(config).mode & 0o777).toBe(0o600);
    expect(statSync(dir.path).mode & 0o777).toBe(0o700);
    expect(lstatSync(join(dir.path, 'buildx')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir.path, 'buildx'))).toBe(join(userDir, 'buildx'));
    expect(dropped).toEqual(['pass']);
    dir.remove();
    expect(existsSync(dir.path)).toBe(false);
    // the user's own config is untouched
    expect(JSON.parse(readFileSync(join(userDir, 'config.json'), 'utf8')).auths['ghcr.io']).toEqual(
      { auth: 'b2xk' },
    );
  });

  it('makes a 0600 buildah auth file seeded from the user auth file', () => {
    const auth = createAuthFile(['quay.io'], ['ghcr.io', 'quay.io'], tmpdir());
    expect(JSON.parse(readFileSync(auth.file, 'utf8'))).toEqual({
      auths: { 'ghcr.io': { auth: 'b2xk' } },
      credHelpers: {},
    });
    expect(statSync(auth.file).mode & 0o777).toBe(0o600);
    auth.remove();
    expect(existsSync(auth.path)).toBe(false);
  });
});
