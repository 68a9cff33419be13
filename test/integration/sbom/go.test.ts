/**
 * Go binaries compared with `go version -m`: one built here in module mode (offline: its one
 * dependency is a local `replace`), and Debian's docker-registry (built in GOPATH mode, so only
 * the main package path and the toolchain are recorded).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSbom, type SbomResult } from '../../../src/sbom/generate.js';
import type { Component } from '../../../src/sbom/model.js';
import { GZIP_LAYER, cached, ensureCommand, fileLayer } from './support/cache.js';

const REGISTRY_BINARY = '/usr/bin/docker-registry';
const IMAGE = { name: 'localhost/imprint/go-app', digest: 'sha256:' + '4'.repeat(64) };

interface GoVersionM {
  goVersion: string;
  lines: string[][];
}

function goVersionM(binary: string): GoVersionM {
  const [first, ...rest] = execFileSync('go', ['version', '-m', binary], {
    encoding: 'utf8',
  }).split('\n');
  return {
    goVersion: first!.split(': ')[1]!,
    lines: rest.map((line) => line.trim().split('\t')).filter((l) => l[0] !== ''),
  };
}

async function goLayer(): Promise<string> {
  ensureCommand('go', 'golang-go');
  ensureCommand('docker-registry', 'docker-registry');
  const dir = await cached('go-binaries-v1', (target) => {
    const src = join(target, 'src');
    mkdirSync(join(src, 'dep'), { recursive: true });
    mkdirSync(join(src, 'app'), { recursive: true });
    writeFileSync(join(src, 'dep', 'go.mod'), 'module example.com/dep\n\ngo 1.19\n');
    writeFileSync(
      join(src, 'dep', 'dep.go'),
      'package dep\n\nfunc Hello() string { return "hello" }\n',
    );
    writeFileSync(
      join(src, 'app', 'go.mod'),
      'module example.com/app\n\ngo 1.19\n\nrequire example.com/dep v1.2.3\n\nreplace example.com/dep v1.2.3 => ../dep\n',
    );
    writeFileSync(
      join(src, 'app', 'main.go'),
      'package main\n\nimport (\n\t"fmt"\n\n\t"example.com/dep"\n)\n\nfunc main() { fmt.Println(dep.Hello()) }\n',
    );
    mkdirSync(join(target, 'stage', 'usr', 'local', 'bin'), { recursive: true });
    execFileSync(
      'go',
      ['build', '-o', join(target, 'stage', 'usr', 'local', 'bin', 'hello'), '.'],
      {
        cwd: join(src, 'app'),
        stdio: 'ignore',
        env: {
          ...process.env,
          GOFLAGS: '-mod=mod',
          GOPROXY: 'off',
          GOCACHE: join(target, 'gocache'),
          HOME: target,
        },
      },
    );
  });
  const layer = join(dir, 'layer.tar.gz');
  execFileSync('tar', [
    '-czf',
    layer,
    '-C',
    join(dir, 'stage'),
    'usr/local/bin/hello',
    '-C',
    '/',
    REGISTRY_BINARY.slice(1),
  ]);
  return layer;
}

let result: SbomResult;
let dir: string;
let layerPath: string;
const at = (location: string): Component[] =>
  result.components.filter((c) => c.location === location);

beforeAll(async () => {
  layerPath = await goLayer();
  dir = join(layerPath, '..');
  result = await generateSbom({ image: IMAGE, layers: [fileLayer(layerPath, GZIP_LAYER)] });
}, 170_000);

describe('Go binaries', () => {
  it('reads the main module, dependencies and toolchain of a module-mode binary', () => {
    const truth = goVersionM(join(dir, 'stage', 'usr', 'local', 'bin', 'hello'));
    const mod = truth.lines.find((l) => l[0] === 'mod')!;
    const deps = truth.lines.filter((l) => l[0] === 'dep');
    const replacement = truth.lines.find((l) => l[0] === '=>')!;
    const components = at('/usr/local/bin/hello');
    const main = components.find((c) => c.kind === 'application')!;
    expect([main.name, main.version]).toEqual([mod[1], mod[2]]);
    expect(main.properties!['imprint:go:toolchain']).toBe(truth.goVersion);
    const ours = components.filter((c) => c.kind === 'library' && c.name !== 'stdlib');
    expect(ours.map((c) => [c.name, c.version])).toEqual(deps.map((l) => [l[1], l[2]]));
    expect(ours[0]!.properties).toEqual({ 'imprint:go:replaced-by': replacement[1] });
    expect(ours[0]!.purl).toBe(`pkg:golang/example.com/dep@${deps[0]![2]}`);
    const stdlib = components.find((c) => c.name === 'stdlib')!;
    expect(stdlib.version).toBe(truth.goVersion);
    expect(stdlib.purl).toBe(`pkg:golang/stdlib@${truth.goVersion.replace(/^go/, '')}`);
    expect(main.dependsOn).toEqual([ours[0]!.purl, stdlib.purl]);
  });

  it('reads the package path and toolchain of a GOPATH-mode binary (Debian docker-registry)', () => {
    const truth = goVersionM(REGISTRY_BINARY);
    const path = truth.lines.find((l) => l[0] === 'path')![1];
    const components = at(REGISTRY_BINARY);
    expect(components.map((c) => [c.kind, c.name, c.version])).toEqual([
      ['application', path, ''],
      ['library', 'stdlib', truth.goVersion],
    ]);
    expect(truth.lines.filter((l) => l[0] === 'dep')).toEqual([]);
  });

  it('reads binaries over the per-file limit as a stream, with the same result', async () => {
    const limited = await generateSbom({
      image: IMAGE,
      layers: [fileLayer(layerPath, GZIP_LAYER)],
      maxFileBytes: 1024 * 1024,
    });
    expect(limited.warnings).toEqual([]);
    const summary = (r: SbomResult) =>
      r.components.map((c) => [c.location, c.name, c.version, c.purl]);
    expect(summary(limited)).toEqual(summary(result));
  });
});
