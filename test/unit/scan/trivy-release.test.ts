import { isImprintError } from '../../../src/errors.js';
import { parseChecksums, releaseAssetName, trivyRelease } from '../../../src/scan/trivy-release.js';

describe('Trivy release layout', () => {
  it.each([
    ['linux', 'x64', 'trivy_0.58.1_Linux-64bit.tar.gz'],
    ['linux', 'arm64', 'trivy_0.58.1_Linux-ARM64.tar.gz'],
    ['darwin', 'arm64', 'trivy_0.58.1_macOS-ARM64.tar.gz'],
    ['darwin', 'x64', 'trivy_0.58.1_macOS-64bit.tar.gz'],
  ] as const)('%s/%s → %s', (platform, arch, name) => {
    expect(releaseAssetName('0.58.1', platform, arch)).toBe(name);
  });

  it('refuses a machine Trivy publishes nothing for, saying how to get Trivy instead', () => {
    let thrown: unknown;
    try {
      releaseAssetName('0.58.1', 'win32', 'x64');
    } catch (error) {
      thrown = error;
    }
    expect(isImprintError(thrown, 'SCANNER_MISSING')).toBe(true);
    expect((thrown as Error).message).toBe('Trivy publishes no release archive for win32/x64');
  });

  it('puts the archive and its checksums file in the release folder', () => {
    expect(trivyRelease('0.58.1', 'linux', 'x64', 'http://127.0.0.1:9/dl/')).toEqual({
      version: '0.58.1',
      assetName: 'trivy_0.58.1_Linux-64bit.tar.gz',
      assetUrl: 'http://127.0.0.1:9/dl/v0.58.1/trivy_0.58.1_Linux-64bit.tar.gz',
      checksumsName: 'trivy_0.58.1_checksums.txt',
      checksumsUrl: 'http://127.0.0.1:9/dl/v0.58.1/trivy_0.58.1_checksums.txt',
    });
  });

  it('reads sha256sum lines, text and binary mode, and skips anything else', () => {
    const a = 'a'.repeat(64);
    const b = 'B'.repeat(64);
    const sums = parseChecksums(
      `${a}  trivy_0.58.1_Linux-64bit.tar.gz\r\n${b} *trivy_0.58.1_Linux-ARM64.tar.gz\nnot a line\n\n`,
    );
    expect([...sums]).toEqual([
      ['trivy_0.58.1_Linux-64bit.tar.gz', a],
      ['trivy_0.58.1_Linux-ARM64.tar.gz', 'b'.repeat(64)],
    ]);
  });
});
