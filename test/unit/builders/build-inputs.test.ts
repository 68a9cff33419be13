/**
 * The build inputs of real pipelines, per builder: the exact arguments each one gets, and the
 * message for each input a builder cannot honour.
 */
import { readFileSync, rmSync } from 'node:fs';
import { buildahBuildArguments } from '../../../src/builders/buildah.js';
import { buildxArguments } from '../../../src/builders/buildx.js';
import { actionsCacheEnvironment, parseCacheSpec } from '../../../src/builders/cache.js';
import { DockerBuilder, dockerBuildArguments } from '../../../src/builders/docker.js';
import type { BuildRequest, BuilderName } from '../../../src/builders/model.js';
import { parseAnnotation } from '../../../src/builders/request.js';
import {
  type BuildInputName,
  checkSupported,
  SUPPORTED_INPUTS,
  usedInputs,
} from '../../../src/builders/support.js';
import { GitHubPlatform } from '../../../src/ci/github.js';
import { LocalPlatform } from '../../../src/ci/local.js';
import { isImprintError } from '../../../src/errors.js';
import { validatedBuild } from './build-fixture.js';
import { recordingLog } from './log-recorder.js';

const MOUNTS = [
  { id: 'npmrc', src: '/run/secrets-dir/secret-0' },
  { id: 'token', env: 'GIT_AUTH_TOKEN' },
];

/** One request using each input once, in the form each builder accepts. */
const EVERY_INPUT: Partial<BuildRequest> = {
  cacheFrom: ['type=registry,ref=127.0.0.1:5000/team/cache'],
  cacheTo: ['type=registry,ref=127.0.0.1:5000/team/cache,mode=max'],
  secrets: [{ id: 'npmrc', kind: 'value', value: 'never-on-argv' }],
  ssh: ['default', 'github=/home/me/.ssh/id_ed25519'],
  pull: true,
  noCache: true,
  annotations: ['org.opencontainers.image.description=My app'],
  buildContexts: { shared: '../shared', alpine: 'docker-image://alpine:3.20' },
};

/** Each optional input alone, as a request uses it. */
const ONE_INPUT: Record<BuildInputName, Partial<BuildRequest>> = {
  'cache-from': { cacheFrom: ['type=local,src=/tmp/cache'] },
  'cache-to': { cacheTo: ['type=local,dest=/tmp/cache'] },
  secrets: { secrets: [{ id: 'npmrc', kind: 'file', path: '/home/me/.npmrc' }] },
  ssh: { ssh: ['default'] },
  pull: { pull: true },
  'no-cache': { noCache: true },
  annotations: { annotations: ['a=b'] },
  'build-contexts': { buildContexts: { shared: '../shared' } },
  'buildx-provenance': { buildkitAttestations: { provenance: 'mode=max', sbom: false } },
  'buildx-sbom': { buildkitAttestations: { provenance: 'false', sbom: true } },
};

function thrown(call: () => unknown): { code: string; text: string } {
  try {
    call();
  } catch (error) {
    if (!isImprintError(error)) throw error;
    return { code: error.code, text: error.describe() };
  }
  throw new Error('expected an ImprintError');
}

function withBuild<T>(
  overrides: Partial<BuildRequest>,
  use: (b: ReturnType<typeof validatedBuild>) => T,
): T {
  const build = validatedBuild(overrides);
  try {
    return use(build);
  } finally {
    rmSync(build.context, { recursive: true });
  }
}

describe('buildx gets every input as buildx spells it', () => {
  it('passes caches, secrets by path or name, ssh, pull, no-cache, annotations and contexts', () => {
    withBuild(EVERY_INPUT, (build) => {
      const args = buildxArguments(build, '/m.json', MOUNTS);
      expect(args.slice(2, 5)).toEqual([
        '--metadata-file=/m.json',
        '--provenance=false',
        '--sbom=false',
      ]);
      expect(args.slice(6, -4)).toEqual([
        '--annotation=org.opencontainers.image.description=My app',
        '--cache-from=type=registry,ref=127.0.0.1:5000/team/cache',
        '--cache-to=type=registry,ref=127.0.0.1:5000/team/cache,mode=max',
        '--secret=id=npmrc,src=/run/secrets-dir/secret-0',
        '--secret=id=token,env=GIT_AUTH_TOKEN',
        '--ssh=default',
        '--ssh=github=/home/me/.ssh/id_ed25519',
        '--build-context=shared=../shared',
        '--build-context=alpine=docker-image://alpine:3.20',
        '--pull',
        '--no-cache',
      ]);
      expect(args.join(' ')).not.toContain('never-on-argv');
    });
  });

  it('passes BuildKit provenance and SBOM through when asked, off otherwise', () => {
    withBuild({ buildkitAttestations: { provenance: 'mode=max', sbom: true } }, (build) => {
      const args = buildxArguments(build, '/m.json');
      expect(args).toContain('--provenance=mode=max');
      expect(args).toContain('--sbom=true');
      expect(args).not.toContain('--provenance=false');
    });
    withBuild({}, (build) => {
      const args = buildxArguments(build, '/m.json');
      expect(args).toEqual(expect.arrayContaining(['--provenance=false', '--sbom=false']));
      expect(
        args.some((arg) =>
          /^--(cache|secret|ssh|annotation|build-context|pull|no-cache)/.test(arg),
        ),
      ).toBe(false);
    });
  });
});

describe('buildah gets the inputs it has', () => {
  it('caches with --layers in one repository, and passes the rest one to one', () => {
    withBuild(EVERY_INPUT, (build) => {
      const args = buildahBuildArguments(build, { isolation: 'chroot', secrets: MOUNTS });
      const start = args.indexOf(`--file=${build.dockerfile}`) + 1;
      expect(args.slice(start, args.indexOf('--tag=127.0.0.1:5000/team/app:1'))).toEqual([
        '--layers',
        '--cache-from=127.0.0.1:5000/team/cache',
        '--cache-to=127.0.0.1:5000/team/cache',
        '--secret=id=npmrc,src=/run/secrets-dir/secret-0',
        '--secret=id=token,env=GIT_AUTH_TOKEN',
        '--ssh=default',
        '--ssh=github=/home/me/.ssh/id_ed25519',
        '--pull=always',
        '--no-cache',
        '--annotation=org.opencontainers.image.description=My app',
        '--build-context=shared=../shared',
        '--build-context=alpine=docker-image://alpine:3.20',
      ]);
      expect(args.join(' ')).not.toContain('never-on-argv');
    });
  });

  it('takes a bare reference as a registry cache and a manifest: annotation as the default', () => {
    withBuild(
      { cacheFrom: ['127.0.0.1:5000/team/cache'], annotations: ['manifest:a=b=c'] },
      (build) => {
        const args = buildahBuildArguments(build, { isolation: 'chroot', insecure: true });
        expect(args).toEqual(
          expect.arrayContaining([
            '--layers',
            '--cache-from=127.0.0.1:5000/team/cache',
            '--annotation=a=b=c',
            '--tls-verify=false',
          ]),
        );
        expect(args.some((arg) => arg.startsWith('--cache-to'))).toBe(false);
      },
    );
  });

  it.each([
    [
      { cacheFrom: ['type=local,src=/tmp/cache'] },
      'input "cache-from": "type=local,src=/tmp/cache" is a type=local cache; buildah caches only in a registry repository',
      'write type=registry,ref=REGISTRY/REPO (buildah keeps one tag per layer there), or use builder: buildx',
    ],
    [
      { cacheTo: ['type=gha,mode=max'] },
      'input "cache-to": "type=gha,mode=max" is a type=gha cache; buildah caches only in a registry repository',
      'write type=registry,ref=REGISTRY/REPO (buildah keeps one tag per layer there), or use builder: buildx',
    ],
    [
      { cacheTo: ['type=registry,ref=ghcr.io/acme/app:buildcache'] },
      'input "cache-to": "type=registry,ref=ghcr.io/acme/app:buildcache" names a tag or digest; buildah caches every layer under its own tag in the repository',
      'write the repository alone: ref=ghcr.io/acme/app',
    ],
    [
      { cacheFrom: ['ghcr.io/acme/cache-a', 'ghcr.io/acme/cache-b'] },
      'input "cache-from": names several caches; buildah 1.28 takes one repository',
      'keep one line',
    ],
    [
      { annotations: ['index:org.opencontainers.image.description=x'] },
      'input "annotations": "index:org.opencontainers.image.description=x" targets index; buildah annotates the image manifests only',
      'write key=value (or manifest:key=value), or use builder: buildx for index and descriptor annotations',
    ],
    [
      { annotations: ['manifest[linux/amd64]:a=b'] },
      'input "annotations": "manifest[linux/amd64]:a=b" targets manifest, linux/amd64; buildah annotates the image manifests only',
      'write key=value (or manifest:key=value), or use builder: buildx for index and descriptor annotations',
    ],
  ])('refuses what buildah cannot do: %j', (overrides, message, hint) => {
    withBuild(overrides, (build) => {
      expect(thrown(() => buildahBuildArguments(build, { isolation: 'chroot' }))).toEqual({
        code: 'INPUT_CONFLICT',
        text: `${message}\n  hint: ${hint}`,
      });
    });
  });
});

describe('the legacy docker builder', () => {
  it('passes pull and no-cache, the two it has', () => {
    withBuild({ pull: true, noCache: true }, (build) => {
      expect(dockerBuildArguments(build)).toEqual(expect.arrayContaining(['--pull', '--no-cache']));
    });
  });

  const unsupported = (Object.keys(ONE_INPUT) as BuildInputName[]).filter(
    (input) => !SUPPORTED_INPUTS.docker.has(input),
  );

  it.each(unsupported)(
    'refuses %s before anything runs, naming the builders that have it',
    async (input) => {
      const named = input === 'secrets' ? 'secrets / secret-files' : input;
      const others = input.startsWith('buildx-')
        ? 'builder: buildx'
        : 'builder: buildx or builder: buildah';
      await withBuild({}, async (build) => {
        // A binary that does not exist: the refusal must come first.
        const builder = new DockerBuilder({ binary: '/nonexistent/docker' });
        const refused = builder.build({ ...build.request, ...ONE_INPUT[input] }, recordingLog());
        await expect(refused).rejects.toMatchObject({
          code: 'INPUT_CONFLICT',
          message: `builder docker (the legacy \`docker build\`, without BuildKit) does not support the input "${named}"`,
          hint: `use ${others}, or remove "${named}"`,
        });
      });
    },
  );
});

describe('which builder honours which input', () => {
  it.each(Object.keys(ONE_INPUT) as BuildInputName[])('%s is seen as used', (input) => {
    expect(usedInputs({ ...validatedBuild().request, ...ONE_INPUT[input] })).toEqual([input]);
  });

  it('buildah refuses only BuildKit’s own attestations', () => {
    const request = validatedBuild().request;
    const refused = (Object.keys(ONE_INPUT) as BuildInputName[]).filter((input) => {
      try {
        checkSupported('buildah', { ...request, ...ONE_INPUT[input] });
        return false;
      } catch {
        return true;
      }
    });
    expect(refused).toEqual(['buildx-provenance', 'buildx-sbom']);
    expect(() =>
      checkSupported('buildx', { ...request, ...EVERY_INPUT, ...ONE_INPUT['buildx-sbom'] }),
    ).not.toThrow();
  });

  it('is the matrix the README shows', () => {
    const readme = readFileSync('README.md', 'utf8').split('\n');
    const start = readme.indexOf('### Which builder takes which input');
    expect(start).toBeGreaterThan(0);
    const rows = new Map<string, string[]>();
    for (const line of readme.slice(start + 1)) {
      if (!line.startsWith('|')) {
        if (rows.size > 0) break;
        continue;
      }
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim());
      const input = /^`([a-z-]+)`$/.exec(cells[0] ?? '')?.[1];
      if (input) rows.set(input, cells.slice(1));
    }
    const builders: BuilderName[] = ['buildx', 'buildah', 'docker'];
    const mark = (builder: BuilderName, input: BuildInputName) =>
      SUPPORTED_INPUTS[builder].has(input) ? 'yes' : 'no';
    const inputs = Object.keys(ONE_INPUT) as BuildInputName[];
    expect([...rows.keys()].sort()).toEqual(inputs.sort());
    for (const input of inputs) {
      expect({ input, cells: rows.get(input)!.map((cell) => cell.split(/[\s(]/)[0]) }).toEqual({
        input,
        cells: builders.map((builder) => mark(builder, input)),
      });
    }
  });
});

describe('caches', () => {
  it('reads a cache line: a bare reference is a registry cache', () => {
    expect(parseCacheSpec('ghcr.io/acme/app:cache', 'cache-from')).toEqual({
      type: 'registry',
      attributes: { ref: 'ghcr.io/acme/app:cache' },
    });
    expect(parseCacheSpec('type=gha,scope=app,mode=max', 'cache-to')).toEqual({
      type: 'gha',
      attributes: { scope: 'app', mode: 'max' },
    });
    expect(thrown(() => parseCacheSpec('type=local,src', 'cache-from'))).toEqual({
      code: 'INPUT_INVALID',
      text: 'input "cache-from": "type=local,src" has a field "src" that is not key=value\n  hint: write e.g. type=registry,ref=ghcr.io/OWNER/APP:cache or type=local,src=DIR',
    });
  });

  const GITHUB_ENV = {
    GITHUB_ACTIONS: 'true',
    ACTIONS_RUNTIME_TOKEN: 'runtime-token-xyz',
    ACTIONS_CACHE_URL: 'https://artifactcache.actions.githubusercontent.com/abc/',
    ACTIONS_RESULTS_URL: 'https://results-receiver.actions.githubusercontent.com/',
    ACTIONS_CACHE_SERVICE_V2: 'True',
  };

  it('hands a type=gha cache the Actions cache service variables from the GitHub platform', () => {
    const request = {
      ...validatedBuild().request,
      cacheTo: ['type=gha,mode=max'],
      actionsCache: new GitHubPlatform(GITHUB_ENV).actionsCacheService,
    };
    expect(actionsCacheEnvironment(request)).toEqual({
      ACTIONS_RUNTIME_TOKEN: 'runtime-token-xyz',
      ACTIONS_CACHE_URL: 'https://artifactcache.actions.githubusercontent.com/abc/',
      ACTIONS_RESULTS_URL: 'https://results-receiver.actions.githubusercontent.com/',
      ACTIONS_CACHE_SERVICE_V2: 'True',
    });
    expect(actionsCacheEnvironment({ ...request, cacheTo: ['type=local,dest=/c'] })).toEqual({});
  });

  it('refuses type=gha outside GitHub, and in a GitHub run: step without the variables', () => {
    const request = { ...validatedBuild().request, cacheFrom: ['type=gha'] };
    expect(
      thrown(() =>
        actionsCacheEnvironment({
          ...request,
          actionsCache: new LocalPlatform().actionsCacheService,
        }),
      ),
    ).toEqual({
      code: 'INPUT_INVALID',
      text:
        'input "cache-from" asks for a type=gha cache, but type=gha caches live in the GitHub Actions cache service, which only GitHub Actions jobs reach\n' +
        '  hint: cache in a registry (type=registry,ref=REGISTRY/REPO:cache) or a directory (type=local,src=DIR / type=local,dest=DIR)',
    });
    const runStep = new GitHubPlatform({ GITHUB_ACTIONS: 'true' }).actionsCacheService;
    expect(thrown(() => actionsCacheEnvironment({ ...request, actionsCache: runStep })).text).toBe(
      'input "cache-from" asks for a type=gha cache, but ACTIONS_RUNTIME_TOKEN and ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL are not set: GitHub hands them to actions, not to run: steps\n' +
        '  hint: use the imprint Action (uses:) rather than the CLI in a run: step, or expose them to the step first (crazy-max/ghaction-github-runtime)',
    );
  });
});

describe('malformed build inputs', () => {
  it.each([
    [{ ssh: ['id = path'] }, 'input "ssh": "id = path" is not default or ID=PATH'],
    [{ ssh: ['=x'] }, 'input "ssh": "=x" is not default or ID=PATH'],
    [
      { annotations: ['no-equals'] },
      'input "annotations": "no-equals" is not [type:]key=value (type: manifest, index, manifest-descriptor or index-descriptor)',
    ],
    [
      { annotations: ['layer:a=b'] },
      'input "annotations": "layer:a=b" is not [type:]key=value (type: manifest, index, manifest-descriptor or index-descriptor)',
    ],
    [
      { buildContexts: { 'bad name': 'x' } },
      'input "build-contexts": "bad name=x" is not NAME=SOURCE',
    ],
    [{ buildContexts: { shared: ' ' } }, 'input "build-contexts": "shared= " is not NAME=SOURCE'],
    [
      { buildkitAttestations: { provenance: 'min', sbom: false } },
      'input "buildx-provenance": "min" is not false, true, mode=min or mode=max',
    ],
  ])('refuses %j, naming the input', (overrides, message) => {
    const error = thrown(() => validatedBuild(overrides));
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.text.split('\n')[0]).toBe(message);
  });

  it('reads every annotation form buildx has', () => {
    expect(parseAnnotation('index,manifest[linux/arm64]:org.example.k=v=w')).toEqual({
      types: ['index', 'manifest'],
      platform: 'linux/arm64',
      key: 'org.example.k',
      value: 'v=w',
    });
    expect(parseAnnotation('org.example.k=')).toEqual({
      types: [],
      key: 'org.example.k',
      value: '',
    });
  });
});
