/**
 * Ground truth from the tools that own the data: a real debootstrap root, catalogued from one
 * gzip layer, compared with what dpkg-query, Python's importlib.metadata, `gem list` and the
 * jars' own pom.properties say inside that root.
 */
import * as CDX from '@cyclonedx/cyclonedx-library';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { generateSbom, type SbomResult } from '../../../src/sbom/generate.js';
import type { Component } from '../../../src/sbom/model.js';
import { bomJson, dependencyMap } from '../../unit/sbom/support/bom-json.js';
import { GZIP_LAYER, ensureCommand, fileLayer } from './support/cache.js';
import { debianRoot, inRoot, type DebianRoot } from './support/debian-root.js';

let root: DebianRoot;
let result: SbomResult;
let layerDigest: string;

const IMAGE = {
  name: '127.0.0.1:5000/imprint/debian:bookworm',
  digest: 'sha256:' + 'e'.repeat(64),
};

let war: string;
const scratchDirs: string[] = [];
let warLayerDigest: string;

/** A second layer: a .war made with `zip`, holding the root's real jars in WEB-INF/lib. */
function warLayer(): string {
  ensureCommand('zip', 'zip');
  const stage = mkdtempSync(join(tmpdir(), 'imprint-war-'));
  scratchDirs.push(stage);
  const lib = join(stage, 'WEB-INF', 'lib');
  mkdirSync(lib, { recursive: true });
  for (const jar of jarsIn(root.rootfs)) copyFileSync(jar, join(lib, basename(jar)));
  mkdirSync(join(stage, 'layer', 'srv'), { recursive: true });
  war = join(stage, 'layer', 'srv', 'app.war');
  execFileSync('zip', ['-q', '-r', war, 'WEB-INF'], { cwd: stage });
  execFileSync('tar', ['-C', join(stage, 'layer'), '-czf', join(stage, 'war.tar.gz'), '.']);
  return join(stage, 'war.tar.gz');
}

function jarsIn(dir: string): string[] {
  return execFileSync('find', [dir, '-type', 'f', '-name', '*.jar'], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l !== '');
}

/** `location\tgroup:artifact@version` for every pom.properties in a jar, read with unzip. */
function pomLines(jar: string, location: string): string[] {
  return execFileSync('unzip', ['-Z1', jar], { encoding: 'utf8' })
    .split('\n')
    .filter((n) => n.endsWith('/pom.properties'))
    .map((pom) => {
      const text = execFileSync('unzip', ['-p', jar, pom], { encoding: 'utf8' });
      const value = (key: string) => new RegExp(`^${key}=(.*)$`, 'm').exec(text)![1]!.trim();
      return `${location}\t${value('groupId')}:${value('artifactId')}@${value('version')}`;
    });
}

beforeAll(async () => {
  root = await debianRoot();
  const layer = fileLayer(root.tarball, GZIP_LAYER);
  const second = fileLayer(warLayer(), GZIP_LAYER);
  layerDigest = layer.digest;
  warLayerDigest = second.digest;
  result = await generateSbom({ image: IMAGE, layers: [layer, second] });
}, 360_000);

afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

const of = (ecosystem: string): Component[] =>
  result.components.filter((c) => c.ecosystem === ecosystem);
const lines = (text: string): string[] =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .sort();

describe('a debootstrap Debian root', () => {
  it('lists exactly the packages dpkg-query lists, with name, version and architecture', () => {
    const truth = lines(
      inRoot(root, 'dpkg-query', ['-W', '-f', '${Package}\t${Version}\t${Architecture}\n']),
    );
    const ours = of('deb')
      .map((c) => `${c.name}\t${c.version}\t${c.properties!['imprint:deb:arch']}`)
      .sort();
    expect(truth.length).toBeGreaterThan(80);
    expect(ours).toEqual(truth);
    for (const component of of('deb')) {
      expect(component.layerDigest).toBe(layerDigest);
      expect(component.location).toBe('/var/lib/dpkg/status');
    }
  });

  it("gives every package the source dpkg-query names, in Trivy's Src properties", () => {
    const truth = lines(
      inRoot(root, 'dpkg-query', [
        '-W',
        '-f',
        '${Package}\t${source:Package}\t${source:Version}\n',
      ]),
    );
    const ours = of('deb')
      .map((c) => {
        const property = (name: string) => c.properties![`aquasecurity:trivy:${name}`];
        const epoch = property('SrcEpoch');
        const release = property('SrcRelease');
        const version = `${epoch ? `${epoch}:` : ''}${property('SrcVersion')}${release ? `-${release}` : ''}`;
        return `${c.name}\t${property('SrcName')}\t${version}`;
      })
      .sort();
    expect(ours).toEqual(truth);
    // The case the properties exist for: binaries named apart from their source (libc6 ← glibc).
    const renamed = truth.filter((line) => line.split('\t')[0] !== line.split('\t')[1]);
    expect(renamed.length).toBeGreaterThan(20);
  });

  it('names the operating system from os-release and puts it in every deb purl', () => {
    const osRelease = readFileSync(`${root.rootfs}/usr/lib/os-release`, 'utf8');
    const versionId = /^VERSION_ID="?([^"\n]+)"?$/m.exec(osRelease)![1];
    expect(of('os')).toEqual([
      expect.objectContaining({
        name: 'debian',
        version: versionId,
        location: '/usr/lib/os-release',
      }),
    ]);
    const libc6 = of('deb').find((c) => c.name === 'libc6')!;
    expect(libc6.purl).toBe(
      `pkg:deb/debian/libc6@${libc6.version.replace(/\+/g, '%2B')}?arch=amd64&distro=debian-${versionId}&upstream=glibc`,
    );
  });

  it('reads licences from machine-readable copyright files, through doc-directory symlinks too', () => {
    const docDir = `${root.rootfs}/usr/share/doc`;
    for (const component of of('deb')) {
      let copyright: string;
      try {
        copyright = readFileSync(`${docDir}/${component.name}/copyright`, 'utf8');
      } catch {
        continue;
      }
      // Every DEP-5 file that has a License field must give at least one licence.
      if (
        /^Format: https?:\/\/www\.debian\.org\/doc\/packaging-manuals\/copyright-format\//m.test(
          copyright,
        ) &&
        /^License:\s*\S/m.test(copyright)
      ) {
        expect({ name: component.name, licences: component.licences.length > 0 }).toEqual({
          name: component.name,
          licences: true,
        });
      }
    }
    // libgcc-s1's doc directory is a symlink to gcc-12-base's.
    const libgcc = of('deb').find((c) => c.name === 'libgcc-s1')!;
    const base = of('deb').find((c) => c.name === 'gcc-12-base')!;
    expect(base.licences.length).toBeGreaterThan(0);
    expect(libgcc.licences).toEqual(base.licences);
  });

  it('records Depends as dependencies in the document', () => {
    const bom = bomJson(result.bom);
    const truth = inRoot(root, 'dpkg-query', ['-W', '-f', '${Depends}', 'bash']);
    const refs = new Map(bom.components.map((c) => [c['bom-ref'], c.name]));
    const bash = bom.components.find((c) => c.name === 'bash')!;
    const dependsOn = dependencyMap(bom)[bash['bom-ref']]!.map((ref) => refs.get(ref));
    for (const name of truth.split(',').map((clause) => clause.trim().split(/[\s(|]/)[0])) {
      expect(dependsOn).toContain(name);
    }
  });

  it('lists the Python distributions importlib.metadata finds', () => {
    const script =
      'import importlib.metadata as m\nfor d in m.distributions(): print(d.metadata["Name"] + "\\t" + d.version)';
    const truth = lines(inRoot(root, 'python3', ['-c', script]));
    expect(truth.length).toBeGreaterThanOrEqual(2);
    expect(
      of('pypi')
        .map((c) => `${c.name}\t${c.version}`)
        .sort(),
    ).toEqual(truth);
    for (const component of of('pypi'))
      expect(component.purl).toBe(`pkg:pypi/${component.name.toLowerCase()}@${component.version}`);
  });

  it('lists the Maven artifacts named by the pom.properties inside each jar', () => {
    const truth = jarsIn(root.rootfs).flatMap((jar) =>
      pomLines(jar, jar.slice(root.rootfs.length)),
    );
    expect(truth.length).toBeGreaterThanOrEqual(2);
    const ours = of('maven')
      .filter((c) => !c.location.startsWith('/srv/'))
      .map((c) => `${c.location}\t${c.group}:${c.name}@${c.version}`);
    expect(ours.sort()).toEqual(truth.sort());
    for (const component of of('maven')) {
      expect(component.purl).toBe(
        `pkg:maven/${component.group}/${component.name}@${component.version}`,
      );
    }
  });

  it('opens the jars nested in a war from a later layer', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'imprint-war-check-'));
    scratchDirs.push(scratch);
    const truth = execFileSync('unzip', ['-Z1', war], { encoding: 'utf8' })
      .split('\n')
      .filter((name) => name.endsWith('.jar'))
      .flatMap((inner) => {
        const extracted = join(scratch, basename(inner));
        writeFileSync(
          extracted,
          execFileSync('unzip', ['-p', war, inner], { maxBuffer: 64 * 1024 * 1024 }),
        );
        return pomLines(extracted, `/srv/app.war!/${inner}`);
      });
    expect(truth.length).toBeGreaterThanOrEqual(2);
    const nested = of('maven').filter((c) => c.location.startsWith('/srv/'));
    expect(nested.map((c) => `${c.location}\t${c.group}:${c.name}@${c.version}`).sort()).toEqual(
      truth.sort(),
    );
    expect(new Set(nested.map((c) => c.layerDigest))).toEqual(new Set([warLayerDigest]));
  });

  it('lists the gems `gem list` knows', () => {
    const truth = new Set<string>();
    for (const line of lines(inRoot(root, 'gem', ['list', '--local']))) {
      const [, name, versions] = /^(\S+) \((.*)\)$/.exec(line)!;
      for (const version of versions!.split(', '))
        truth.add(`${name}@${version.replace(/^default: /, '')}`);
    }
    expect(truth.size).toBeGreaterThan(50);
    expect(new Set(of('gem').map((c) => `${c.name}@${c.version}`))).toEqual(truth);
  });

  it('writes a document the CycloneDX 1.6 schema accepts', async () => {
    const validator = new CDX.Validation.JsonStrictValidator(CDX.Spec.Version.v1dot6);
    expect(await validator.validate(JSON.stringify(result.bom))).toBeNull();
  });
});
