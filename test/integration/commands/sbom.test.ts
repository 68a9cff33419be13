/** `imprint sbom IMAGE` against a real registry: an image pushed by the Docker engine. */
import { jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { EXIT_OK, EXIT_USAGE, runCli } from '../../../src/cli.js';
import { scratchContext } from '../../harness/image.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';

let registry: TestRegistry;
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  await registry?.stop();
});

function io() {
  let out = '';
  return { stdout: (text: string) => (out += text), env: {}, read: () => out };
}

describe('imprint sbom', () => {
  it('prints a CycloneDX document of an image, with its operating system', async () => {
    const context = scratchContext({
      'etc/os-release': 'ID=imprint-test\nVERSION_ID=7\nPRETTY_NAME="imprint test"\n',
      'hello.txt': 'hi\n',
    });
    const tag = `${registry.host}/sbom/app:1`;
    execFileSync('docker', ['build', '-q', '-t', tag, context]);
    execFileSync('docker', ['push', '-q', tag]);
    const capture = io();
    expect(await runCli(['sbom', tag, '--insecure-registries', registry.host], capture)).toBe(
      EXIT_OK,
    );
    const bom = JSON.parse(capture.read()) as {
      bomFormat: string;
      specVersion: string;
      metadata: { component: { name: string; version: string } };
      components: { type: string; name: string; version: string }[];
    };
    expect(bom.bomFormat).toBe('CycloneDX');
    expect(bom.specVersion).toBe('1.6');
    expect(bom.metadata.component.version).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(bom.components).toContainEqual(
      expect.objectContaining({ type: 'operating-system', name: 'imprint-test', version: '7' }),
    );
  });

  it('prints SPDX 2.3 of the same catalogue with --format spdx, and refuses other formats', async () => {
    const capture = io();
    const tag = `${registry.host}/sbom/app:1`;
    expect(
      await runCli(
        ['sbom', tag, '--format', 'spdx', '--insecure-registries', registry.host],
        capture,
      ),
    ).toBe(EXIT_OK);
    const document = JSON.parse(capture.read()) as {
      spdxVersion: string;
      packages: { name: string; versionInfo?: string; primaryPackagePurpose: string }[];
      relationships: { relationshipType: string }[];
    };
    expect(document.spdxVersion).toBe('SPDX-2.3');
    expect(document.packages).toContainEqual(
      expect.objectContaining({
        name: 'imprint-test',
        versionInfo: '7',
        primaryPackagePurpose: 'OPERATING_SYSTEM',
      }),
    );
    expect(document.relationships[0]).toMatchObject({ relationshipType: 'DESCRIBES' });
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await runCli(['sbom', tag, '--format', 'swid'], io())).toBe(EXIT_USAGE);
      expect(String(stderr.mock.calls[0]?.[0])).toContain(
        '--format must be one of cyclonedx, spdx; got "swid"',
      );
    } finally {
      stderr.mockRestore();
    }
  });

  it('reads a registry on 127.0.0.1 that speaks plain HTTP without --insecure-registries', async () => {
    const capture = io();
    expect(await runCli(['sbom', `${registry.host}/sbom/app:1`], capture)).toBe(EXIT_OK);
    const bom = JSON.parse(capture.read()) as { components: { type: string; name: string }[] };
    expect(bom.components).toContainEqual(
      expect.objectContaining({ type: 'operating-system', name: 'imprint-test' }),
    );
  });

  it('says which platforms exist when asked for one that does not', async () => {
    expect(
      await runCli(
        [
          'sbom',
          `${registry.host}/sbom/app:1`,
          '--platform',
          'linux/s390x',
          '--insecure-registries',
          registry.host,
        ],
        io(),
      ),
    ).toBe(EXIT_USAGE);
  });
});
