import { chooseBuilder, createBuilder } from '../../../src/builders/builder.js';

const none = { buildx: false, docker: false, buildah: false };
const multi = ['linux/amd64', 'linux/arm64'];

describe('chooseBuilder', () => {
  it('auto prefers buildx whenever it works', () => {
    expect(chooseBuilder('auto', { buildx: true, docker: true, buildah: true }, multi)).toBe(
      'buildx',
    );
    expect(chooseBuilder('auto', { ...none, buildx: true })).toBe('buildx');
  });

  it('auto takes buildah for several platforms without buildx', () => {
    expect(chooseBuilder('auto', { ...none, docker: true, buildah: true }, multi)).toBe('buildah');
  });

  it('auto takes buildah when docker is missing', () => {
    expect(chooseBuilder('auto', { ...none, buildah: true }, ['linux/amd64'])).toBe('buildah');
  });

  it('auto takes docker for one platform when buildx is missing', () => {
    expect(chooseBuilder('auto', { ...none, docker: true, buildah: true }, ['linux/amd64'])).toBe(
      'docker',
    );
    expect(chooseBuilder('auto', { ...none, docker: true })).toBe('docker');
  });

  it('auto refuses several platforms with only the legacy docker builder, naming what to install', () => {
    expect(() => chooseBuilder('auto', { ...none, docker: true }, multi)).toThrow(
      expect.objectContaining({
        code: 'BUILDER_UNAVAILABLE',
        message:
          'a multi-platform build (linux/amd64, linux/arm64) needs docker buildx or buildah; only the legacy docker builder was found',
        hint: expect.stringMatching(/setup-buildx-action.*apt-get install buildah/),
      }),
    );
  });

  it('auto with nothing installed names all three', () => {
    expect(() => chooseBuilder('auto', none)).toThrow(
      expect.objectContaining({
        code: 'BUILDER_UNAVAILABLE',
        message: 'no image builder found: neither docker buildx, docker nor buildah works here',
      }),
    );
  });

  it.each([
    ['buildx', /docker buildx plugin/],
    ['docker', /docker CLI/],
    ['buildah', /install buildah/],
  ] as const)('an explicit %s that is missing fails naming what to install', (name, hint) => {
    expect(() =>
      chooseBuilder(name, { buildx: true, docker: true, buildah: true, [name]: false }),
    ).toThrow(
      expect.objectContaining({
        code: 'BUILDER_UNAVAILABLE',
        message: `builder "${name}" is not available here`,
        hint: expect.stringMatching(hint),
      }),
    );
  });

  it('an explicit choice that works is taken, whatever else exists', () => {
    expect(chooseBuilder('docker', { ...none, docker: true, buildx: true }, multi)).toBe('docker');
  });
});

describe('createBuilder', () => {
  it('makes the named builder', () => {
    expect(createBuilder('buildx').name).toBe('buildx');
    expect(createBuilder('docker').name).toBe('docker');
    expect(createBuilder('buildah', { buildah: { storageDriver: 'vfs' } }).name).toBe('buildah');
  });
});
