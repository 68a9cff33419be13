import { sbomFileName, sbomTargets } from '../../../src/publish/sbom-step.js';

const AMD64 = `sha256:${'a'.repeat(64)}`;
const ARM64 = `sha256:${'b'.repeat(64)}`;
const INDEX = `sha256:${'1'.repeat(64)}`;

describe('SBOM targets and file names', () => {
  it('one SBOM per platform of an index, named after the platform', () => {
    const pinned = {
      digest: INDEX,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      imageRef: `r/a@${INDEX}`,
      platformDigests: { 'linux/amd64': AMD64, 'linux/arm64/v8': ARM64 },
    };
    expect(sbomTargets(pinned)).toEqual([
      { digest: AMD64, platform: 'linux/amd64' },
      { digest: ARM64, platform: 'linux/arm64/v8' },
    ]);
    expect(sbomFileName('linux/arm64/v8')).toBe('linux-arm64-v8.cdx.json');
  });

  it('a single manifest gets image.cdx.json', () => {
    const pinned = { digest: AMD64, mediaType: 'm', imageRef: `r/a@${AMD64}`, platformDigests: {} };
    expect(sbomTargets(pinned)).toEqual([{ digest: AMD64 }]);
    expect(sbomFileName(undefined)).toBe('image.cdx.json');
    expect(sbomFileName(undefined, 'spdx')).toBe('image.spdx.json');
    expect(sbomFileName('linux/arm/v7', 'spdx')).toBe('linux-arm-v7.spdx.json');
  });
});
