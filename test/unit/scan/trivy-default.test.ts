/**
 * The Trivy the Action runs by default is the Trivy the peers tests run for real: their
 * `imprint publish --scan=true` with that release (test/peers/trivy/scan.test.ts) is what shows
 * that its JSON report, `trivy version --format json` and CLI flags are what src/scan reads and
 * passes. A new release moves both together: test/peers/tools.json, then DEFAULT_TRIVY_VERSION
 * (and the Dockerfile's pinned checksums, checked by test/unit/gitlab/dockerfile.test.ts).
 */
import { DEFAULT_TRIVY_VERSION } from '../../../src/inputs/tables/scan.js';
import { normalizeVersion } from '../../../src/scan/trivy-version.js';
import { peerEntry } from '../../peers/tools.js';

describe('DEFAULT_TRIVY_VERSION', () => {
  it('is the Trivy release the peers tests pin and run (test/peers/tools.json)', () => {
    expect(DEFAULT_TRIVY_VERSION).toBe(normalizeVersion(peerEntry('trivy').version));
  });

  it('is a plain release number, as trivy-version accepts and release asset names use', () => {
    expect(DEFAULT_TRIVY_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
