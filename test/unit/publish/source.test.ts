import { readPublishOptions } from '../../../src/publish/options.js';
import { formatReference } from '../../../src/registry/reference.js';
import { copyTargets, isPushed, reportedTags, resolveSource } from '../../../src/publish/target.js';

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

describe('resolveSource: several repositories in "image"', () => {
  const two = 'registry.example/team/app\nother.example:5000/mirror/app';

  it('builds for the first and copies to the others; bare tags go to every repository', () => {
    const source = resolveSource(options({ image: two, tags: '1.2.3, latest', builder: 'docker' }));
    expect(source).toMatchObject({
      kind: 'build',
      repository: { registry: 'registry.example', repository: 'team/app' },
    });
    expect(reportedTags(source)).toEqual([
      'registry.example/team/app:1.2.3',
      'registry.example/team/app:latest',
    ]);
    expect(
      copyTargets(source).map((target) => target.tagged.map((tag) => formatReference(tag))),
    ).toEqual([['other.example:5000/mirror/app:1.2.3', 'other.example:5000/mirror/app:latest']]);
  });

  it('reads a YAML list as the Action hands it over, and comma-separated entries too', () => {
    const listed = options({ image: 'a.example/x\nb.example/y, c.example/z\n', builder: 'docker' });
    expect([listed.image, ...(listed.moreImages ?? [])]).toEqual([
      'a.example/x',
      'b.example/y',
      'c.example/z',
    ]);
    expect(options({ image: 'a.example/x', builder: 'docker' }).moreImages).toBeUndefined();
  });

  it('a full reference in "tags" goes to the repository it names only; a tag on an image line to that line', () => {
    const source = resolveSource(
      options({
        image: 'registry.example/team/app:edge\nother.example/mirror/app',
        tags: 'other.example/mirror/app:stable, 1.0',
        builder: 'docker',
      }),
    );
    expect(reportedTags(source)).toEqual([
      'registry.example/team/app:edge',
      'registry.example/team/app:1.0',
    ]);
    expect(copyTargets(source)[0]!.tagged.map((tag) => tag.tag)).toEqual(['stable', '1.0']);
  });

  it('a repository left without a tag gets the default one', () => {
    const source = resolveSource(
      options({
        image: 'registry.example/team/app\nother.example/mirror/app',
        tags: 'registry.example/team/app:1.0',
        builder: 'docker',
      }),
    );
    expect(copyTargets(source)[0]!.tagged.map((tag) => tag.tag)).toEqual(['latest']);
  });

  it('refuses a repository listed twice, also when only a tag differs', () => {
    expect(() =>
      resolveSource(
        options({
          image: 'registry.example/team/app:1\nregistry.example/team/app:2',
          builder: 'docker',
        }),
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message: 'input "image" lists registry.example/team/app twice',
      }),
    );
  });

  it('refuses Docker Hub written two ways as the same repository', () => {
    expect(() =>
      resolveSource(options({ image: 'acme/app\ndocker.io/acme/app', builder: 'docker' })),
    ).toThrow('input "image" lists docker.io/acme/app twice');
  });

  it('refuses a bad line with a message naming the input and the line', () => {
    expect(() =>
      resolveSource(
        options({ image: 'registry.example/team/app\nOther/Bad Name', builder: 'docker' }),
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message: expect.stringMatching(/^input "image": Invalid image reference "Other\/Bad Name"/),
      }),
    );
  });

  it('refuses a tag naming a repository that is not in "image", listing those that are', () => {
    expect(() =>
      resolveSource(options({ image: two, tags: 'third.example/app:1.0', builder: 'docker' })),
    ).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message:
          'tag "third.example/app:1.0" names third.example/app, which is not among the repositories of "image" (registry.example/team/app, other.example:5000/mirror/app)',
      }),
    );
  });

  it('refuses a digest on any line', () => {
    expect(() =>
      resolveSource(
        options({
          image: `registry.example/team/app\nother.example/app@${DIGEST}`,
          builder: 'docker',
        }),
      ),
    ).toThrow(`input "image" has a digest (other.example/app@${DIGEST})`);
  });

  it('builder none copies the existing image to the further lines, under their tag or its own', () => {
    const source = resolveSource(
      options({
        image: 'registry.example/team/app:1.2\nother.example/mirror/app\nthird.example/app:stable',
        builder: 'none',
      }),
    );
    expect(
      copyTargets(source).map((target) => target.tagged.map((tag) => formatReference(tag))),
    ).toEqual([['other.example/mirror/app:1.2'], ['third.example/app:stable']]);
  });

  it('builder none by digest copies by digest, and refuses its own repository again', () => {
    const byDigest = resolveSource(
      options({ image: `registry.example/team/app@${DIGEST}\nother.example/app`, builder: 'none' }),
    );
    expect(copyTargets(byDigest)).toEqual([
      { repository: { registry: 'other.example', repository: 'app' }, tagged: [] },
    ]);
    expect(() =>
      resolveSource(
        options({
          image: 'registry.example/team/app:1\nregistry.example/team/app',
          builder: 'none',
        }),
      ),
    ).toThrow('input "image" lists registry.example/team/app twice');
    expect(() =>
      resolveSource(
        options({
          image: `registry.example/team/app:1\nother.example/app@${DIGEST}`,
          builder: 'none',
        }),
      ),
    ).toThrow(
      `input "image" has a digest on a further line (other.example/app@${DIGEST}), but the image copied there has the digest of the first line`,
    );
  });

  it('push: false copies nothing', () => {
    const source = resolveSource(options({ image: two, builder: 'docker', push: 'false' }));
    expect(copyTargets(source)).toEqual([]);
  });
});
