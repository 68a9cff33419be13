import { scanArguments } from '../../../src/scan/run.js';
import { tailLines } from '../../../src/scan/process.js';

describe('scanArguments', () => {
  it('scans an image from the registry only, vulnerabilities only, with the cached DB', () => {
    expect(
      scanArguments(
        {
          kind: 'image',
          reference: 'ghcr.io/acme/app@sha256:abc',
          platform: 'linux/arm64',
          credentials: { username: 'u', password: 'hunter22' },
        },
        '/tmp/r.json',
        '/cache',
      ),
    ).toEqual([
      'image',
      '--scanners',
      'vuln',
      '--image-src',
      'remote',
      '--platform',
      'linux/arm64',
      '--format',
      'json',
      '--output',
      '/tmp/r.json',
      '--cache-dir',
      '/cache',
      '--skip-db-update',
      'ghcr.io/acme/app@sha256:abc',
    ]);
  });

  it('adds --insecure only for registries listed as insecure', () => {
    const args = scanArguments(
      { kind: 'image', reference: '127.0.0.1:5000/app@sha256:abc', insecure: true },
      '/o',
      '/c',
    );
    expect(args).toContain('--insecure');
    expect(args).not.toContain('--platform');
  });

  it('hands Trivy each VEX file, and keeps what they suppress in the report', () => {
    const args = scanArguments(
      { kind: 'image', reference: '127.0.0.1:5000/app@sha256:abc' },
      '/o',
      '/c',
      ['/w/vex-1.openvex.json', '/w/vex-2.openvex.json'],
    );
    expect(args.slice(args.indexOf('--skip-db-update') + 1)).toEqual([
      '--vex',
      '/w/vex-1.openvex.json',
      '--vex',
      '/w/vex-2.openvex.json',
      '--show-suppressed',
      '127.0.0.1:5000/app@sha256:abc',
    ]);
    expect(scanArguments({ kind: 'sbom', path: '/s' }, '/o', '/c')).not.toContain('--vex');
  });

  it('scans an SBOM file with the same report options', () => {
    expect(scanArguments({ kind: 'sbom', path: '/tmp/app.cdx.json' }, '/o', '/c')).toEqual([
      'sbom',
      '--scanners',
      'vuln',
      '--format',
      'json',
      '--output',
      '/o',
      '--cache-dir',
      '/c',
      '--skip-db-update',
      '/tmp/app.cdx.json',
    ]);
  });
});

describe('tailLines', () => {
  it('keeps the last lines, and the end of a very long one', () => {
    const text = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n') + '\n\n';
    expect(tailLines(text, 3)).toBe('line 27\nline 28\nline 29');
    expect(tailLines('x'.repeat(5000), 15, 100)).toBe(`…${'x'.repeat(100)}`);
  });
});
