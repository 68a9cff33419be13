import { MergedFilesystem, SymlinkLoopError } from '../../../src/sbom/filesystem.js';
import type { LayerEntry, LayerScan } from '../../../src/sbom/walk-layer.js';

function file(path: string, body: string, wantedBy = ['c']): LayerEntry {
  return {
    path,
    kind: 'file',
    size: body.length,
    mode: 0o644,
    content: Buffer.from(body),
    wantedBy,
  };
}
function dir(path: string): LayerEntry {
  return { path, kind: 'directory', size: 0, mode: 0o755 };
}
function link(path: string, target: string): LayerEntry {
  return { path, kind: 'symlink', size: 0, mode: 0o777, linkTarget: target };
}
function layer(
  digest: string,
  entries: LayerEntry[],
  removed: string[] = [],
  opaqueDirs: string[] = [],
): LayerScan {
  return {
    digest,
    entries: new Map(entries.map((e) => [e.path, e])),
    removed,
    opaqueDirs,
    warnings: [],
  };
}
const paths = (fs: MergedFilesystem) =>
  fs.filesFor('c').map((f) => `${f.path}@${f.layerDigest}=${f.content.toString()}`);

describe('MergedFilesystem', () => {
  it('lets an upper layer replace a file and remembers which layer brought each file', () => {
    const fs = MergedFilesystem.fromLayers([
      layer('L1', [dir('etc'), file('etc/a', 'one'), file('etc/b', 'b')]),
      layer('L2', [file('etc/a', 'two')]),
    ]);
    expect(paths(fs)).toEqual(['etc/a@L2=two', 'etc/b@L1=b']);
  });

  it('applies a whiteout to lower layers only, before the layer adds its own entries', () => {
    const fs = MergedFilesystem.fromLayers([
      layer('L1', [file('etc/gone', 'x'), file('var/lib/db/x', 'x'), file('var/lib/db/y', 'y')]),
      layer('L2', [file('etc/new', 'n')], ['etc/gone', 'var/lib/db']),
      layer('L3', [file('var/lib/db/z', 'z')]),
    ]);
    expect(paths(fs)).toEqual(['etc/new@L2=n', 'var/lib/db/z@L3=z']);
  });

  it('hides everything below an opaque directory but keeps what the same layer adds', () => {
    const fs = MergedFilesystem.fromLayers([
      layer('L1', [file('opt/app/old', 'o'), file('opt/keep', 'k')]),
      layer('L2', [dir('opt/app'), file('opt/app/new', 'n')], [], ['opt/app']),
    ]);
    expect(paths(fs)).toEqual(['opt/app/new@L2=n', 'opt/keep@L1=k']);
  });

  it('replaces a directory by a file and a file by a directory', () => {
    const fs = MergedFilesystem.fromLayers([
      layer('L1', [file('a/inner', 'i'), file('b', 'file')]),
      layer('L2', [file('a', 'now a file'), file('b/inner', 'now a dir')]),
    ]);
    expect(paths(fs)).toEqual(['a@L2=now a file', 'b/inner@L2=now a dir']);
  });

  it('follows a symlinked parent when a later layer writes through it', () => {
    const fs = MergedFilesystem.fromLayers([
      layer('L1', [dir('usr/lib'), link('lib', 'usr/lib')]),
      layer('L2', [file('lib/x', 'x')]),
    ]);
    expect(paths(fs)).toEqual(['usr/lib/x@L2=x']);
    expect(fs.kindAt('lib')).toBe('symlink');
  });

  it('looks up through relative, absolute and parent-directory symlinks', () => {
    const fs = MergedFilesystem.fromLayers([
      layer('L1', [
        file('usr/lib/os-release', 'ID=debian'),
        link('etc/os-release', '../usr/lib/os-release'),
        file('usr/share/doc/gcc-12-base/copyright', 'C'),
        link('usr/share/doc/libgcc-s1', 'gcc-12-base'),
        link('abs', '/usr/lib/os-release'),
      ]),
    ]);
    expect(fs.lookup('etc/os-release')).toEqual({
      path: 'usr/lib/os-release',
      content: Buffer.from('ID=debian'),
      layerDigest: 'L1',
    });
    expect(fs.lookup('/usr/share/doc/libgcc-s1/copyright')!.path).toBe(
      'usr/share/doc/gcc-12-base/copyright',
    );
    expect(fs.lookup('abs')!.path).toBe('usr/lib/os-release');
    expect(fs.lookup('etc/missing')).toBeUndefined();
  });

  it('never climbs above the root through ..', () => {
    const fs = MergedFilesystem.fromLayers([
      layer('L1', [file('etc/passwd', 'root'), link('up', '../../../etc/passwd')]),
    ]);
    expect(fs.lookup('up')!.path).toBe('etc/passwd');
  });

  it('stops at a symlink loop with a typed error', () => {
    const fs = MergedFilesystem.fromLayers([
      layer('L1', [link('a', 'b'), link('b', 'a'), link('self', 'self/x')]),
    ]);
    expect(() => fs.lookup('a')).toThrow(SymlinkLoopError);
    expect(() => fs.lookup('a')).toThrow(
      'following symbolic links from /a took more than 40 steps (a link loop)',
    );
    expect(() => fs.lookup('self/y')).toThrow(SymlinkLoopError);
  });

  it('gives each cataloger its own reduced bytes', () => {
    const entry: LayerEntry = {
      path: 'bin/tool',
      kind: 'file',
      size: 4,
      mode: 0o755,
      reduced: new Map([['go', Buffer.from('info')]]),
      wantedBy: ['go'],
    };
    const fs = MergedFilesystem.fromLayers([layer('L1', [entry])]);
    expect(fs.filesFor('go').map((f) => f.content.toString())).toEqual(['info']);
    expect(fs.filesFor('c')).toEqual([]);
    expect(fs.lookup('bin/tool')).toBeUndefined();
  });

  it('sorts each cataloger its own files, and sees a layer applied after a first listing', () => {
    const fs = MergedFilesystem.fromLayers([
      layer('L1', [
        file('z/both', 'zb', ['c', 'd']),
        file('a/c-only', 'a'),
        file('m/d', 'm', ['d']),
      ]),
    ]);
    expect(paths(fs)).toEqual(['a/c-only@L1=a', 'z/both@L1=zb']);
    expect(fs.filesFor('d').map((f) => f.path)).toEqual(['m/d', 'z/both']);
    fs.filesFor('c').pop(); // a caller's changes to its list stay its own
    expect(paths(fs)).toEqual(['a/c-only@L1=a', 'z/both@L1=zb']);
    fs.apply(layer('L2', [file('b/new', 'n')], ['z/both']));
    expect(paths(fs)).toEqual(['a/c-only@L1=a', 'b/new@L2=n']);
    expect(fs.filesFor('d').map((f) => f.path)).toEqual(['m/d']);
  });
});
