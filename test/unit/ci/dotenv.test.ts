import { DOTENV_MAX_BYTES, dotenvKey, toDotenv } from '../../../src/ci/dotenv.js';

describe('toDotenv', () => {
  it('writes IMPRINT_ keys of [A-Z0-9_] only', () => {
    expect(dotenvKey('image-ref')).toBe('IMPRINT_IMAGE_REF');
    const { text, dropped } = toDotenv({
      digest: 'sha256:ab',
      'platform-digests': '{"linux/amd64":"sha256:cd"}',
    });
    expect(text).toBe(
      'IMPRINT_DIGEST=sha256:ab\nIMPRINT_PLATFORM_DIGESTS={"linux/amd64":"sha256:cd"}\n',
    );
    expect(dropped).toEqual([]);
    for (const line of text.trim().split('\n')) expect(line).toMatch(/^[A-Za-z0-9_]+=/);
  });

  it('joins newline lists with commas and drops whatever would pass 5 KB', () => {
    const { text, dropped } = toDotenv({
      tags: 'r/a:1\nr/a:2\n',
      big: 'x'.repeat(DOTENV_MAX_BYTES),
      digest: 'sha256:ab',
    });
    expect(dropped).toEqual(['big']);
    expect(text).toBe('IMPRINT_TAGS=r/a:1,r/a:2\nIMPRINT_DIGEST=sha256:ab\n');
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(DOTENV_MAX_BYTES);
  });
});
