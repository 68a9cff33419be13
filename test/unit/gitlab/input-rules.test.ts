/**
 * The `options` and `regex` of both components: defaults pass them (GitLab checks defaults
 * too), the regexes stay inside what GitLab's RE2 understands, and they accept and refuse
 * what their descriptions promise.
 */
import { COMPONENTS, readComponent } from './template-files.js';

const inputsOf = (name: (typeof COMPONENTS)[number]) => readComponent(name).header.spec.inputs;

function matches(component: (typeof COMPONENTS)[number], input: string, value: string): boolean {
  const regex = inputsOf(component)[input]?.regex;
  if (regex === undefined) throw new Error(`${component}: ${input} has no regex`);
  return new RegExp(regex).test(value);
}

describe.each(COMPONENTS)('%s inputs', (name) => {
  const inputs = Object.entries(inputsOf(name));
  const withDefaults = inputs.filter(([, spec]) => 'default' in spec);

  it.each(withDefaults)('%s: the default passes its own regex and options', (_input, spec) => {
    expect(new RegExp(spec.regex ?? '').test(String(spec.default))).toBe(true);
    expect(spec.options ?? [spec.default]).toContain(spec.default);
  });

  it('use regexes RE2 accepts (no look-around, no back-references)', () => {
    for (const [input, spec] of inputs) {
      if (spec.regex === undefined) continue;
      expect(`${input}: ${spec.regex}`).not.toMatch(/\(\?[=!<]|\\[1-9]/);
    }
  });

  it('name their job after job-prefix, which refuses what a job name cannot start with', () => {
    expect(matches(name, 'job-prefix', 'imprint')).toBe(true);
    expect(matches(name, 'job-prefix', 'app-2')).toBe(true);
    expect(matches(name, 'job-prefix', 'Imprint Job')).toBe(false);
    expect(matches(name, 'job-prefix', '-leading')).toBe(false);
  });
});

describe('publish regexes', () => {
  it('platforms: os/arch[/variant] lists, comma or newline separated', () => {
    expect(matches('publish', 'platforms', 'linux/amd64,linux/arm64')).toBe(true);
    expect(matches('publish', 'platforms', 'linux/amd64\nlinux/arm/v7\n')).toBe(true);
    expect(matches('publish', 'platforms', 'linux/amd64, linux/arm64')).toBe(true);
    expect(matches('publish', 'platforms', 'amd64')).toBe(false);
    expect(matches('publish', 'platforms', 'linux/amd64;rm -rf /')).toBe(false);
  });

  it('image: one reference or variable, no spaces', () => {
    expect(matches('publish', 'image', '$CI_REGISTRY_IMAGE')).toBe(true);
    expect(matches('publish', 'image', 'registry.example.com/team/app')).toBe(true);
    expect(matches('publish', 'image', 'two words')).toBe(false);
    expect(matches('publish', 'image', '')).toBe(false);
  });
});

describe('publish secret inputs take a variable reference, never the secret', () => {
  it.each(['registry-password', 'key-password', 'identity-token'])('%s', (input) => {
    expect(matches('publish', input, '$COSIGN_PASSWORD')).toBe(true);
    expect(matches('publish', input, '${COSIGN_PASSWORD}')).toBe(true);
    expect(matches('publish', input, '')).toBe(true);
    expect(matches('publish', input, 'hunter2')).toBe(false);
    expect(matches('publish', input, '$COSIGN_PASSWORD-and-more')).toBe(false);
    expect(matches('publish', input, 'eyJhbGciOiJFUzI1NiJ9.e30.sig')).toBe(false);
  });
});

describe('publish Sigstore URLs', () => {
  it.each(['fulcio-url', 'rekor-url', 'tsa-url'])('%s: an http(s) URL or a variable', (input) => {
    expect(matches('publish', input, 'https://fulcio.sigstore.example')).toBe(true);
    expect(matches('publish', input, 'http://127.0.0.1:8080')).toBe(true);
    expect(matches('publish', input, '$FULCIO_URL')).toBe(true);
    expect(matches('publish', input, 'fulcio.example')).toBe(false);
    expect(matches('publish', input, 'https://a.example; echo x')).toBe(false);
  });
});

describe('verify regexes', () => {
  it('require-attestations: sbom, vuln, provenance, comma separated', () => {
    expect(matches('verify', 'require-attestations', 'sbom,vuln,provenance')).toBe(true);
    expect(matches('verify', 'require-attestations', 'sbom, provenance')).toBe(true);
    expect(matches('verify', 'require-attestations', 'spdx')).toBe(false);
  });

  it('identity and issuer: an https URL or a variable', () => {
    const identity = 'https://gitlab.com/acme/app//.gitlab-ci.yml@refs/heads/main';
    expect(matches('verify', 'certificate-identity', identity)).toBe(true);
    expect(matches('verify', 'certificate-oidc-issuer', '$CI_SERVER_URL')).toBe(true);
    expect(matches('verify', 'certificate-oidc-issuer', 'http://gitlab.com')).toBe(false);
    expect(matches('verify', 'certificate-identity', 'gitlab.com/acme/app')).toBe(false);
  });
});
