/** `imprint sbom IMAGE` against a real registry: an image pushed by the Docker engine. */
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
