import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImprintError } from '../../../src/errors.js';
import {
  trivyFamilyOf,
  trivySbomInput,
  writeTrivySbomInput,
} from '../../../src/scan/sbom-input.js';

const os = (name: string, version = '8.9') => ({ type: 'operating-system', name, version });
const library = {
  type: 'library',
  name: 'openssl-libs',
  purl: 'pkg:rpm/rhel/openssl-libs@1.1.1k-7',
};

describe("Trivy's view of the SBOM", () => {
  it.each([
    ['rhel', 'redhat'],
    ['almalinux', 'alma'],
    ['ol', 'oracle'],
    ['amzn', 'amazon'],
    ['mariner', 'cbl-mariner'],
    ['sle-micro', 'slem'],
    ['debian', 'debian'],
    ['alpine', 'alpine'],
    ['rocky', 'rocky'],
  ])('names os-release ID %s as Trivy family %s', (id, family) => {
    expect(trivyFamilyOf(id)).toBe(family);
  });

  it('renames only the operating-system component and says so', () => {
    const document = { bomFormat: 'CycloneDX', components: [os('rhel'), library] };
    const input = trivySbomInput(document);
    expect(input.document.components).toEqual([os('redhat'), library]);
    expect(input.changes).toEqual(["operating system rhel is Trivy's redhat"]);
    // The SBOM given is left as it was.
    expect(document.components[0]).toEqual(os('rhel'));
  });

  it('leaves out language packages an OS package installed, and their dependency edges', () => {
    const owned = {
      type: 'library',
      name: 'idna',
      'bom-ref': 'pkg:pypi/idna@3.3',
      purl: 'pkg:pypi/idna@3.3',
      properties: [{ name: 'imprint:installed-by', value: 'pkg:deb/debian/python3-idna@3.3-1' }],
    };
    const own = { type: 'library', name: 'six', 'bom-ref': 'pkg:pypi/six@1.16.0' };
    const input = trivySbomInput({
      bomFormat: 'CycloneDX',
      components: [os('debian', '12'), owned, own],
      dependencies: [
        { ref: 'pkg:pypi/idna@3.3', dependsOn: [] },
        { ref: 'pkg:pypi/six@1.16.0', dependsOn: ['pkg:pypi/idna@3.3'] },
      ],
    });
    expect(input.document.components).toEqual([os('debian', '12'), own]);
    expect(input.document.dependencies).toEqual([{ ref: 'pkg:pypi/six@1.16.0', dependsOn: [] }]);
    expect(input.changes).toEqual([
      '1 language packages installed by OS packages left out, as trivy image leaves them out',
    ]);
  });

  it('changes nothing for an OS Trivy already names alike, or for no OS at all', () => {
    expect(trivySbomInput({ components: [os('debian', '12'), library] }).changes).toEqual([]);
    expect(trivySbomInput({ bomFormat: 'CycloneDX' })).toEqual({
      document: { bomFormat: 'CycloneDX', components: [] },
      changes: [],
    });
  });
});

describe('writeTrivySbomInput', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'imprint-sbom-input-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes Trivy's copy beside the SBOM", () => {
    const sbom = join(dir, 'sbom.cdx.json');
    writeFileSync(sbom, JSON.stringify({ bomFormat: 'CycloneDX', components: [os('amzn', '2')] }));
    const changes = writeTrivySbomInput(sbom, join(dir, 'trivy.cdx.json'));
    expect(changes).toEqual(["operating system amzn is Trivy's amazon"]);
    expect(JSON.parse(readFileSync(join(dir, 'trivy.cdx.json'), 'utf8')).components).toEqual([
      os('amazon', '2'),
    ]);
  });

  function failure(run: () => unknown): ImprintError {
    try {
      run();
    } catch (error) {
      if (error instanceof ImprintError) return error;
      throw error;
    }
    throw new Error('expected an ImprintError');
  }

  it('a missing SBOM file is SCAN_FAILED naming it', () => {
    const sbom = join(dir, 'missing.cdx.json');
    const error = failure(() => writeTrivySbomInput(sbom, join(dir, 'out.json')));
    expect(error.code).toBe('SCAN_FAILED');
    expect(error.message).toContain(`cannot read the SBOM to scan, ${sbom}: `);
    expect(error.message).toContain('ENOENT');
  });

  it('a file that is not JSON is SCAN_FAILED naming it', () => {
    const sbom = join(dir, 'broken.cdx.json');
    writeFileSync(sbom, '{"bomFormat": "CycloneDX",');
    const error = failure(() => writeTrivySbomInput(sbom, join(dir, 'out.json')));
    expect(error.code).toBe('SCAN_FAILED');
    expect(error.message).toMatch(
      new RegExp(`^cannot read the SBOM to scan, .*broken\\.cdx\\.json: SyntaxError`),
    );
  });
});
