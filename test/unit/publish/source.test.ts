import { readPublishOptions } from '../../../src/publish/options.js';
import { isPushed, reportedTags, resolveSource } from '../../../src/publish/target.js';

const DIGEST = `sha256:${'c'.repeat(64)}`;

function options(values: Record<string, string>) {
  return readPublishOptions((name) => values[name]);
}

describe('resolveSource: what a publish run publishes', () => {
  it('a build pushes every tag into the repository of "image"', () => {
    const source = resolveSource(
      options({ image: 'registry.example/team/app', tags: '1.2.3, latest', builder: 'docker' }),
    );
    expect(source).toMatchObject({ kind: 'build', push: true });
    expect(isPushed(source)).toBe(true);
    expect(reportedTags(source)).toEqual([
      'registry.example/team/app:1.2.3',
      'registry.example/team/app:latest',
    ]);
  });

  it('a build with push: false puts nothing in the registry', () => {
    const source = resolveSource(
      options({ image: 'registry.example/team/app', builder: 'docker', push: 'false' }),
    );
    expect(isPushed(source)).toBe(false);
    expect(reportedTags(source)).toEqual(['registry.example/team/app:latest']);
  });

  it('builder none publishes the image named by tag, whatever push and tags say', () => {
    const source = resolveSource(
      options({
        image: 'registry.example/team/app:1.2.3',
        tags: 'ignored',
        builder: 'none',
        push: 'false',
      }),
    );
    expect(source).toMatchObject({
      kind: 'existing',
      repository: { registry: 'registry.example', repository: 'team/app' },
    });
    expect(isPushed(source)).toBe(true);
    expect(reportedTags(source)).toEqual(['registry.example/team/app:1.2.3']);
  });

  it('builder none by digest reports no tag', () => {
    const source = resolveSource(
      options({ image: `registry.example/team/app@${DIGEST}`, builder: 'none' }),
    );
    expect(source).toMatchObject({ kind: 'existing', reference: { digest: DIGEST } });
    expect(reportedTags(source)).toEqual([]);
  });

  it('builder none refuses a repository with neither tag nor digest, with an example', () => {
    expect(() =>
      resolveSource(options({ image: 'registry.example/team/app', builder: 'none' })),
    ).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message:
          'with builder none, "image" must name an existing image by tag or digest; got "registry.example/team/app"',
        hint: 'e.g. ghcr.io/acme/app:1.2.3 or ghcr.io/acme/app@sha256:…',
      }),
    );
  });

  it('a build refuses a digest in "image": the build gives the digest', () => {
    expect(() =>
      resolveSource(options({ image: `registry.example/team/app@${DIGEST}`, builder: 'docker' })),
    ).toThrow('input "image" has a digest');
  });
});
