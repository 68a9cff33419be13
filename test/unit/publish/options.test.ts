import { readPublishOptions, publishSecrets } from '../../../src/publish/options.js';
import { actionInputSource } from '../../../src/inputs/spec.js';

const source = (values: Record<string, string>) => (name: string) => values[name];

describe('readPublishOptions', () => {
  it('reads the build inputs line by line, commas kept, and masks inline secret values', () => {
    const values = {
      image: 'ghcr.io/acme/app',
      'cache-from': 'type=registry,ref=ghcr.io/acme/app:cache\ntype=gha,scope=app',
      'cache-to': 'type=gha,mode=max',
      secrets: 'id=npmrc,src=.npmrc\nid=token,env=GIT_TOKEN\nINLINE=s3cr3t,with=commas\n',
      'secret-files': 'cert=certs/ca.pem',
      ssh: 'default\ngithub=/keys/a,/keys/b',
      pull: 'true',
      'no-cache': 'true',
      annotations: 'org.opencontainers.image.description=An app, with commas',
      'build-contexts': 'shared=../shared',
      'buildx-provenance': 'mode=max',
      'buildx-sbom': 'true',
    };
    expect(readPublishOptions(source(values)).buildInputs).toEqual({
      cacheFrom: ['type=registry,ref=ghcr.io/acme/app:cache', 'type=gha,scope=app'],
      cacheTo: ['type=gha,mode=max'],
      secrets: [
        { id: 'npmrc', kind: 'file', path: '.npmrc' },
        { id: 'token', kind: 'env', variable: 'GIT_TOKEN' },
        { id: 'INLINE', kind: 'value', value: 's3cr3t,with=commas' },
        { id: 'cert', kind: 'file', path: 'certs/ca.pem' },
      ],
      ssh: ['default', 'github=/keys/a,/keys/b'],
      pull: true,
      noCache: true,
      annotations: ['org.opencontainers.image.description=An app, with commas'],
      buildContexts: { shared: '../shared' },
      buildkitAttestations: { provenance: 'mode=max', sbom: true },
    });
    // The whole text (a secret input) and each inline value alone.
    expect(publishSecrets(source(values))).toEqual([values.secrets, 's3cr3t,with=commas']);
  });

  it('refuses a malformed secret line before anything runs, without its text', () => {
    expect(() =>
      readPublishOptions(source({ image: 'ghcr.io/acme/app', secrets: 'ok=1\nnot-a-pair' })),
    ).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message: 'input "secrets" line 2 is not ID=VALUE',
      }),
    );
  });

  it('maps every input to a typed option, with defaults', () => {
    const options = readPublishOptions(
      source({
        image: 'ghcr.io/acme/app',
        tags: '1.2.3, latest\nedge',
        'build-args': 'VERSION=1.2.3\nQUOTE=$(touch /tmp/x); echo `id`',
        labels: 'org.opencontainers.image.source=https://github.com/acme/app',
        platforms: 'linux/amd64,linux/arm64/v8',
        'registry-username': 'u',
        'registry-password': 'p',
        target: 'runtime',
        file: 'docker/Dockerfile',
      }),
    );
    expect(options).toEqual({
      image: 'ghcr.io/acme/app',
      tags: ['1.2.3', 'latest', 'edge'],
      context: '.',
      file: 'docker/Dockerfile',
      target: 'runtime',
      buildArgs: { VERSION: '1.2.3', QUOTE: '$(touch /tmp/x); echo `id`' },
      labels: { 'org.opencontainers.image.source': 'https://github.com/acme/app' },
      buildInputs: {
        cacheFrom: [],
        cacheTo: [],
        secrets: [],
        ssh: [],
        pull: false,
        noCache: false,
        annotations: [],
        buildContexts: {},
        buildkitAttestations: { provenance: 'false', sbom: false },
      },
      platforms: ['linux/amd64', 'linux/arm64/v8'],
      builder: 'auto',
      push: true,
      credentials: { username: 'u', password: 'p' },
      insecureRegistries: [],
      sign: {
        enabled: true,
        signing: 'keyless',
        sigstore: 'auto',
        tlogUpload: true,
        provenance: true,
        provenanceExplicit: false,
        attestationFormat: 'bundle',
      },
      github: { attestations: 'auto' },
      sbom: { enabled: true, format: 'cyclonedx' },
      scan: {
        mode: 'auto',
        trivy: {
          trivyVersion: '0.74.0',
          target: 'image',
          dbRepositories: ['mirror.gcr.io/aquasec/trivy-db:2', 'ghcr.io/aquasecurity/trivy-db:2'],
          failOnSeverity: 'NONE',
          ignoreUnfixed: false,
          ignore: [],
          reportPath: 'vulnerability-report.json',
          downloadBaseUrl: 'https://github.com/aquasecurity/trivy/releases/download',
        },
      },
      predicates: [],
      vex: [],
      summary: true,
    });
  });

  it('reads the evidence inputs: sbom-path, scan false and the gate settings', () => {
    const options = readPublishOptions(
      source({
        image: 'a/b',
        'sbom-path': 'out/sbom',
        scan: 'false',
        'fail-on-severity': 'high',
        'vuln-ignore': '- {id: CVE-2024-1, expires: 2030-01-31, reason: not reachable}',
      }),
    );
    expect(options.sbom).toEqual({ enabled: true, format: 'cyclonedx', directory: 'out/sbom' });
    expect(options.scan.mode).toBe('false');
    expect(options.scan.trivy.failOnSeverity).toBe('HIGH');
    expect(options.scan.trivy.ignore).toEqual([
      { id: 'CVE-2024-1', expires: '2030-01-31', reason: 'not reachable' },
    ]);
  });

  it('rejects a scan value that is not auto, true or false', () => {
    expect(() => readPublishOptions(source({ image: 'a/b', scan: 'yes' }))).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message: 'input "scan" must be one of auto, true, false; got "yes"',
      }),
    );
  });

  it('rejects scanning the SBOM when there is no SBOM', () => {
    expect(() =>
      readPublishOptions(source({ image: 'a/b', sbom: 'false', 'scan-target': 'sbom' })),
    ).toThrow(
      expect.objectContaining({
        code: 'INPUT_CONFLICT',
        message: 'scan-target is sbom but sbom is false',
        hint: expect.stringContaining('sbom: true'),
      }),
    );
  });

  it('reads sbom-format, and refuses a value that is not cyclonedx, spdx or both', () => {
    for (const format of ['cyclonedx', 'spdx', 'both'])
      expect(readPublishOptions(source({ image: 'a/b', 'sbom-format': format })).sbom.format).toBe(
        format,
      );
    expect(() => readPublishOptions(source({ image: 'a/b', 'sbom-format': 'swid' }))).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message: 'input "sbom-format" must be one of cyclonedx, spdx, both; got "swid"',
      }),
    );
  });

  it('rejects scanning the SBOM when only SPDX is written (Trivy is handed the CycloneDX one)', () => {
    expect(() =>
      readPublishOptions(
        source({ image: 'a/b', 'sbom-format': 'spdx', scan: 'true', 'scan-target': 'sbom' }),
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'INPUT_CONFLICT',
        message: 'scan-target is sbom but sbom-format is spdx',
        hint: expect.stringContaining('sbom-format: both'),
      }),
    );
    expect(
      readPublishOptions(
        source({ image: 'a/b', 'sbom-format': 'both', scan: 'true', 'scan-target': 'sbom' }),
      ).sbom.format,
    ).toBe('both');
  });

  it('requires image, and says how to set it', () => {
    expect(() => readPublishOptions(source({}))).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message: 'input "image" is required',
        hint: expect.stringContaining('ghcr.io/acme/app'),
      }),
    );
  });

  it('rejects a builder it does not know, naming the choices', () => {
    expect(() => readPublishOptions(source({ image: 'a/b', builder: 'kaniko' }))).toThrow(
      'input "builder" must be one of auto, buildx, docker, buildah, none; got "kaniko"',
    );
  });

  it('rejects half a credential pair', () => {
    expect(() => readPublishOptions(source({ image: 'a/b', 'registry-username': 'u' }))).toThrow(
      expect.objectContaining({
        code: 'INPUT_CONFLICT',
        message: 'registry-username and registry-password must be given together',
      }),
    );
  });

  it('rejects a malformed platform and a malformed build-arg line', () => {
    expect(() => readPublishOptions(source({ image: 'a/b', platforms: 'linux-amd64' }))).toThrow(
      'input "platforms": "linux-amd64" is not a platform',
    );
    expect(() =>
      readPublishOptions(source({ image: 'a/b', 'build-args': 'A=1\nnot a pair' })),
    ).toThrow('input "build-args" line 2 must be KEY=VALUE; got "not a pair"');
    expect(() => readPublishOptions(source({ image: 'a/b', push: 'yes' }))).toThrow(
      'input "push" must be true or false; got "yes"',
    );
  });

  it('reads GitHub INPUT_* variables and lists the secrets to mask', () => {
    const env = {
      INPUT_IMAGE: 'ghcr.io/acme/app',
      'INPUT_REGISTRY-PASSWORD': 'hunter2hunter2',
      'INPUT_REGISTRY-USERNAME': 'me',
    };
    const actionSource = actionInputSource(env);
    expect(readPublishOptions(actionSource).credentials).toEqual({
      username: 'me',
      password: 'hunter2hunter2',
    });
    expect(publishSecrets(actionSource)).toEqual(['hunter2hunter2']);
  });
});
