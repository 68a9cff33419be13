import { choosePlatform } from '../../../src/sbom/image-sbom.js';

const INDEX = [
  { digest: 'sha256:arm', platform: 'linux/arm64' },
  { digest: 'sha256:amd', platform: 'linux/amd64' },
];

describe('choosePlatform', () => {
  it('takes the platform asked for', () => {
    expect(choosePlatform('app:1', INDEX, 'linux/arm64')).toEqual(INDEX[0]);
  });

  it('takes linux/amd64 of a multi-platform image when none is asked for', () => {
    expect(choosePlatform('app:1', INDEX, undefined)).toEqual(INDEX[1]);
  });

  it('takes the one manifest of a single-platform image', () => {
    const single = [{ digest: 'sha256:one' }];
    expect(choosePlatform('app:1', single, undefined)).toEqual(single[0]);
  });

  it('names the platforms there are when the one asked for is missing', () => {
    expect(() => choosePlatform('app:1', INDEX, 'linux/s390x')).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message: 'image app:1 has no platform linux/s390x',
        hint: 'choose one with --platform: linux/arm64, linux/amd64',
      }),
    );
  });
});
