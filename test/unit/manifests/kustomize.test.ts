import {
  applyOverrides,
  type ImageOverride,
  isRemoteResource,
  overrideImage,
  splitImage,
} from '../../../src/manifests/kustomize.js';

const DIGEST = `sha256:${'c'.repeat(64)}`;

describe('splitImage (kustomize image.Split)', () => {
  it.each([
    ['nginx', { name: 'nginx' }],
    ['nginx:1.25', { name: 'nginx', tag: '1.25' }],
    [`nginx@${DIGEST}`, { name: 'nginx', digest: DIGEST }],
    [`ghcr.io/acme/app:1.0@${DIGEST}`, { name: 'ghcr.io/acme/app', tag: '1.0', digest: DIGEST }],
    ['localhost:5000/app', { name: 'localhost:5000/app' }],
    ['localhost:5000/app:2', { name: 'localhost:5000/app', tag: '2' }],
  ])('%s', (reference, expected) => {
    expect(splitImage(reference)).toEqual(expected);
  });
});

describe('applyOverrides (kustomize imagetag updater)', () => {
  const override = (fields: Partial<ImageOverride>): ImageOverride => ({
    name: 'ghcr.io/acme/app',
    line: 7,
    ...fields,
  });

  it('newTag replaces tag and digest', () => {
    const result = applyOverrides(`ghcr.io/acme/app:old@${DIGEST}`, [
      override({ newTag: '1.2.3' }),
    ]);
    expect(result.reference).toBe('ghcr.io/acme/app:1.2.3');
    expect(result.override?.line).toBe(7);
  });

  it('digest replaces tag and digest', () => {
    expect(applyOverrides('ghcr.io/acme/app:old', [override({ digest: DIGEST })]).reference).toBe(
      `ghcr.io/acme/app@${DIGEST}`,
    );
  });

  it('newTag with digest keeps both', () => {
    expect(
      applyOverrides('ghcr.io/acme/app', [override({ newTag: '2', digest: DIGEST })]).reference,
    ).toBe(`ghcr.io/acme/app:2@${DIGEST}`);
  });

  it('newName keeps the tag', () => {
    expect(
      applyOverrides('ghcr.io/acme/app:5', [override({ newName: 'registry.example.com/app' })])
        .reference,
    ).toBe('registry.example.com/app:5');
  });

  it('matches the name exactly as written, not a prefix or a normalised form', () => {
    const overrides = [override({ name: 'nginx', newTag: '2' })];
    expect(applyOverrides('nginx-extra:1', overrides)).toEqual({ reference: 'nginx-extra:1' });
    expect(applyOverrides('docker.io/library/nginx:1', overrides)).toEqual({
      reference: 'docker.io/library/nginx:1',
    });
    expect(applyOverrides('nginx:1', overrides).reference).toBe('nginx:2');
  });

  it('an override no image matched still names an image', () => {
    expect(overrideImage(override({ newName: 'ghcr.io/acme/renamed', newTag: '9' }))).toBe(
      'ghcr.io/acme/renamed:9',
    );
    expect(overrideImage(override({}))).toBe('ghcr.io/acme/app');
  });
});

describe('isRemoteResource', () => {
  it.each([
    ['https://github.com/acme/k8s//base?ref=v1', true],
    ['github.com/acme/k8s/base?ref=v1', true],
    ['git@github.com:acme/k8s.git', true],
    ['../base', false],
    ['deployment.yaml', false],
  ])('%s → %s', (path, remote) => {
    expect(isRemoteResource(path)).toBe(remote);
  });
});
