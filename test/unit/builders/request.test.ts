import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildRequest } from '../../../src/builders/model.js';
import {
  isInsecureRegistry,
  loginSecrets,
  validateBuildRequest,
} from '../../../src/builders/request.js';

describe('validateBuildRequest', () => {
  let context: string;
  const request = (overrides: Partial<BuildRequest> = {}): BuildRequest => ({
    context,
    tags: ['127.0.0.1:5000/team/app:1'],
    platforms: [],
    buildArgs: {},
    labels: {},
    push: true,
    tempRoot: tmpdir(),
    ...overrides,
  });

  beforeEach(() => {
    context = mkdtempSync(join(tmpdir(), 'imprint-request-'));
    writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\n');
  });
  afterEach(() => rmSync(context, { recursive: true, force: true }));

  it('resolves the context, the default Dockerfile and the tags', () => {
    const build = validateBuildRequest(
      request({ tags: ['127.0.0.1:5000/team/app:1', 'ghcr.io/o/a:2', 'user/app:3'] }),
    );
    expect(build.context).toBe(context);
    expect(build.dockerfile).toBe(join(context, 'Dockerfile'));
    expect(build.references).toEqual([
      { registry: '127.0.0.1:5000', repository: 'team/app', tag: '1' },
      { registry: 'ghcr.io', repository: 'o/a', tag: '2' },
      { registry: 'docker.io', repository: 'user/app', tag: '3' },
    ]);
    expect(build.multiPlatform).toBe(false);
  });

  it('takes a Dockerfile elsewhere when `file` names it', () => {
    mkdirSync(join(context, 'docker'));
    writeFileSync(join(context, 'docker', 'app.Dockerfile'), 'FROM scratch\n');
    const build = validateBuildRequest(
      request({ file: join(context, 'docker', 'app.Dockerfile') }),
    );
    expect(build.dockerfile).toBe(join(context, 'docker', 'app.Dockerfile'));
  });

  it('fails with BUILD_CONTEXT_MISSING naming a context that does not exist', () => {
    const missing = join(context, 'nope');
    expect(() => validateBuildRequest(request({ context: missing }))).toThrow(
      expect.objectContaining({
        code: 'BUILD_CONTEXT_MISSING',
        message: `build context "${missing}" does not exist or is not a directory`,
      }),
    );
  });

  it('fails with BUILD_CONTEXT_MISSING when the context is a file', () => {
    const file = join(context, 'Dockerfile');
    expect(() => validateBuildRequest(request({ context: file }))).toThrow(
      expect.objectContaining({
        code: 'BUILD_CONTEXT_MISSING',
        message: expect.stringContaining(file),
      }),
    );
  });

  it('fails with BUILD_FILE_MISSING naming the path and saying how to set `file`', () => {
    rmSync(join(context, 'Dockerfile'));
    let error: unknown;
    try {
      validateBuildRequest(request());
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({
      code: 'BUILD_FILE_MISSING',
      message: `Dockerfile not found at "${join(context, 'Dockerfile')}"`,
      hint: expect.stringContaining('set file to the Dockerfile path'),
    });
  });

  it('fails with BUILD_FILE_MISSING for a named file that does not exist', () => {
    const file = join(context, 'Containerfile');
    expect(() => validateBuildRequest(request({ file }))).toThrow(
      expect.objectContaining({
        code: 'BUILD_FILE_MISSING',
        message: `Dockerfile not found at "${file}"`,
      }),
    );
  });

  it('needs at least one tag', () => {
    expect(() => validateBuildRequest(request({ tags: [] }))).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message: 'no tags given: a build needs at least one tag',
      }),
    );
  });

  it.each([
    ['127.0.0.1:5000/app:$(touch /tmp/pwned)', 'it contains whitespace'],
    ['127.0.0.1:5000/app:1;rm', 'the tag "1;rm" is not valid'],
    ['127.0.0.1:5000/`id`:1', 'the path component "`id`"'],
  ])('rejects the tag %s with REFERENCE_INVALID before any process sees it', (tag, reason) => {
    expect(() => validateBuildRequest(request({ tags: ['ghcr.io/o/a:1', tag] }))).toThrow(
      expect.objectContaining({
        code: 'REFERENCE_INVALID',
        message: expect.stringContaining(`Invalid image reference "${tag}": ${reason}`),
      }),
    );
  });

  it.each(['ghcr.io/o/a', `ghcr.io/o/a:1@sha256:${'a'.repeat(64)}`, ' ghcr.io/o/a:1'])(
    'rejects %s: a build pushes to tags, without digests',
    (tag) => {
      expect(() => validateBuildRequest(request({ tags: [tag] }))).toThrow(
        expect.objectContaining({
          code: 'REFERENCE_INVALID',
          message: `tag "${tag}" is not a tagged reference: a build pushes to host/repository:tag, without a digest`,
        }),
      );
    },
  );

  it('rejects a platform that is not os/arch[/variant]', () => {
    expect(() => validateBuildRequest(request({ platforms: ['linux/amd64', 'amd64'] }))).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message:
          'platform "amd64" is not of the form os/arch[/variant] (e.g. linux/amd64, linux/arm/v7)',
      }),
    );
  });

  it.each([
    ['buildArgs', 'build-args', 'A=B'],
    ['labels', 'labels', 'has space'],
    ['labels', 'labels', ''],
  ] as const)('rejects a %s key that cannot be written as KEY=value', (field, name, key) => {
    expect(() => validateBuildRequest(request({ [field]: { [key]: 'v' } }))).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message: `${name} key "${key}" is not usable: keys must be non-empty and hold no "=" or whitespace`,
      }),
    );
  });

  it('accepts any value, metacharacters included', () => {
    const build = validateBuildRequest(request({ buildArgs: { X: '$(touch /tmp/pwned); `id`' } }));
    expect(build.request.buildArgs.X).toBe('$(touch /tmp/pwned); `id`');
  });

  it('refuses a multi-platform build that is not pushed', () => {
    expect(() =>
      validateBuildRequest(request({ platforms: ['linux/amd64', 'linux/arm64'], push: false })),
    ).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message:
          'a multi-platform image (linux/amd64, linux/arm64) can only be kept in a registry, but push is false',
      }),
    );
  });

  it('refuses a login without a password', () => {
    const registryAuth = [{ registry: 'ghcr.io', username: 'me', password: '' }];
    expect(() => validateBuildRequest(request({ registryAuth }))).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message: 'registry credentials for "ghcr.io" need a registry, a username and a password',
      }),
    );
  });

  it('collects the passwords and their Basic encodings as secrets', () => {
    const registryAuth = [{ registry: 'ghcr.io', username: 'me', password: 'pw' }];
    expect(validateBuildRequest(request({ registryAuth })).secrets).toEqual(['pw', 'bWU6cHc=']);
    expect(loginSecrets([])).toEqual([]);
  });
});

describe('isInsecureRegistry', () => {
  it('is true only for hosts listed as insecure', () => {
    const request = { insecureRegistries: ['127.0.0.1:5000'] } as BuildRequest;
    expect(isInsecureRegistry(request, '127.0.0.1:5000')).toBe(true);
    expect(isInsecureRegistry(request, 'ghcr.io')).toBe(false);
    expect(isInsecureRegistry({} as BuildRequest, '127.0.0.1:5000')).toBe(false);
  });
});
