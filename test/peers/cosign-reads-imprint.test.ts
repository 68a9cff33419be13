/**
 * Real cosign (v3 and v2, built by scripts/peers.sh) reads what `imprint publish` wrote: a
 * distribution registry with Basic auth (cosign gets the credentials from DOCKER_CONFIG), the
 * loopback Sigstore stack (cosign gets its trusted_root.json), keyless GitHub and GitLab
 * identities and a key, each attestation format, a single image and a two-platform index.
 * Exit codes and output are checked; tampered copies must fail in cosign too.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_OK, runCli } from '../../src/cli.js';
import { generateKeyPair } from '../../src/sigstore/sign/index.js';
import { SOURCE_SHA } from '../harness/sigstore/claims.js';
import { pasteReadyCommands, withValues } from './paste-ready.js';
import { editPredicate, moveBundles } from './tamper.js';
import { describeRun, type PeerRun, runPeer } from './tools.js';
import { classicTrustEnv } from './trust.js';
import {
  GITHUB_ISSUER,
  GITHUB_SAN,
  GITLAB_ISSUER,
  GITLAB_SAN,
  githubEnv,
  gitlabEnv,
  publish,
  type Published,
  pushImage,
  startWorld,
  type World,
} from './world.js';

const CYCLONEDX = 'https://cyclonedx.org/bom';
const COSIGN_TYPES = ['cyclonedx', 'vuln', 'slsaprovenance1'] as const;
const KEY_PASSWORD = 'peers';

let world: World;
let keyDir: string;
/** Published images by name: what the publish said and the digests it was given. */
const images: Record<string, Published & { repo: string; ref: string }> = {};

beforeAll(async () => {
  process.env.STORAGE_DRIVER ??= 'vfs';
  world = await startWorld();
  keyDir = mkdtempSync(join(world.work, 'key-'));
  const pair = await generateKeyPair(KEY_PASSWORD);
  writeFileSync(join(keyDir, 'cosign.key'), pair.privateKeyPem);
  writeFileSync(join(keyDir, 'cosign.pub'), pair.publicKeyPem);
  const keyInputs = {
    signing: 'key',
    key: join(keyDir, 'cosign.key'),
    'key-password': KEY_PASSWORD,
  };
  // name, platforms, inputs, CI: the identities and formats every check below reads.
  const plan: [string, string[], Record<string, string>, 'github' | 'gitlab'][] = [
    ['gh-both', [], { 'attestation-format': 'both' }, 'github'],
    ['gh-index', ['linux/amd64', 'linux/arm64'], {}, 'github'],
    ['gl-classic', [], { 'attestation-format': 'cosign-classic' }, 'gitlab'],
    ['key-both', [], { 'attestation-format': 'both', ...keyInputs }, 'github'],
    ['key-classic', [], { 'attestation-format': 'cosign-classic', ...keyInputs }, 'github'],
    ['tamper', [], {}, 'github'],
  ];
  for (const [name, platforms, inputs, ci] of plan) {
    const repo = `peers/${name}`;
    await pushImage(world, repo, 'v1', platforms);
    const env = ci === 'github' ? githubEnv(world) : await gitlabEnv(world);
    const run = await publish(
      world,
      { image: `${world.registry.host}/${repo}:v1`, ...inputs },
      env,
    );
    images[name] = { ...run, repo, ref: run.outputs['image-ref']! };
  }
});
afterAll(async () => {
  await world?.stop();
});

// ---------------------------------------------------------------- running cosign

type Cosign = 'cosign' | 'cosign-v2';

/** cosign with the plain-HTTP registry; credentials from DOCKER_CONFIG. */
function cosign(tool: Cosign, args: string[], env: NodeJS.ProcessEnv = {}): Promise<PeerRun> {
  return runPeer(tool, [...args, '--allow-http-registry', '--allow-insecure-registry'], {
    DOCKER_CONFIG: world.dockerConfig,
    // A fresh home: no TUF cache of the public-good instance to fall back on.
    HOME: world.work,
    ...env,
  });
}

/** cosign v2 on classic tags: the loopback trust in SIGSTORE_* variables (see trust.ts). */
function cosignV2Classic(args: string[]): Promise<PeerRun> {
  const dir = mkdtempSync(join(world.work, 'v2-trust-'));
  return cosign('cosign-v2', args, classicTrustEnv(world.stack.trustedRootPath, dir));
}
const githubV2 = () => [
  '--certificate-identity',
  GITHUB_SAN,
  '--certificate-oidc-issuer',
  GITHUB_ISSUER,
];
const gitlabV2 = () => [
  '--certificate-identity',
  GITLAB_SAN,
  '--certificate-oidc-issuer',
  GITLAB_ISSUER,
];
const keyV2 = () => ['--key', join(keyDir, 'cosign.pub')];

const trust = () => ['--trusted-root', world.stack.trustedRootPath];
const github = () => [
  '--certificate-identity',
  GITHUB_SAN,
  '--certificate-oidc-issuer',
  GITHUB_ISSUER,
  ...trust(),
];
const gitlab = () => [
  '--certificate-identity',
  GITLAB_SAN,
  '--certificate-oidc-issuer',
  GITLAB_ISSUER,
  ...trust(),
];
const key = () => ['--key', join(keyDir, 'cosign.pub'), ...trust()];

async function passes(run: Promise<PeerRun>): Promise<PeerRun> {
  const done = await run;
  if (done.code !== 0) throw new Error(`expected success:\n${describeRun(done)}`);
  expect(done.stderr).toContain('The cosign claims were validated');
  return done;
}

async function fails(run: Promise<PeerRun>, message: string | RegExp): Promise<PeerRun> {
  const done = await run;
  if (done.code === 0) throw new Error(`expected failure:\n${describeRun(done)}`);
  expect(done.stderr).toMatch(message);
  return done;
}

/** The payloads cosign prints on stdout: one JSON array (verify) or JSON lines (attestations). */
function payloadTypes(run: PeerRun): string[] {
  const text = run.stdout.trim();
  if (text.startsWith('[')) {
    return (JSON.parse(text) as { critical: { type: string } }[]).map((p) => p.critical.type);
  }
  return text.split('\n').map((line) => {
    const { payload } = JSON.parse(line) as { payload: string };
    return (JSON.parse(Buffer.from(payload, 'base64').toString()) as { predicateType: string })
      .predicateType;
  });
}

// ---------------------------------------------------------------- cosign v3

describe('cosign v3 verify', () => {
  it('keyless GitHub, bundle + classic: identity, issuer and every GitHub claim flag', async () => {
    const run = await passes(
      cosign('cosign', [
        'verify',
        images['gh-both']!.ref,
        ...github(),
        '--certificate-github-workflow-repository',
        'acme/app',
        '--certificate-github-workflow-ref',
        'refs/heads/main',
        '--certificate-github-workflow-sha',
        SOURCE_SHA,
        '--certificate-github-workflow-trigger',
        'push',
        '--certificate-github-workflow-name',
        'release',
      ]),
    );
    expect(payloadTypes(run)).toContain('https://sigstore.dev/cosign/sign/v1');
  });

  it('keyless GitHub with --certificate-identity-regexp', async () => {
    await passes(
      cosign('cosign', [
        'verify',
        images['gh-both']!.ref,
        '--certificate-identity-regexp',
        '^https://github\\.com/acme/app/\\.github/workflows/.+@refs/heads/main$',
        '--certificate-oidc-issuer',
        GITHUB_ISSUER,
        ...trust(),
      ]),
    );
  });

  it('keyless GitLab, cosign-classic tags only', async () => {
    await passes(cosign('cosign', ['verify', images['gl-classic']!.ref, ...gitlab()]));
  });

  it('key-signed through the loopback Rekor, bundle + classic and classic only', async () => {
    await passes(cosign('cosign', ['verify', images['key-both']!.ref, ...key()]));
    await passes(cosign('cosign', ['verify', images['key-classic']!.ref, ...key()]));
  });

  it('a two-platform index: the index digest and each platform digest', async () => {
    const index = images['gh-index']!;
    const platforms = Object.values(JSON.parse(index.outputs['platform-digests']!) as object);
    expect(platforms).toHaveLength(2);
    for (const digest of [index.outputs.digest!, ...(platforms as string[])]) {
      await passes(
        cosign('cosign', ['verify', `${world.registry.host}/${index.repo}@${digest}`, ...github()]),
      );
    }
  });
});

describe('cosign v3 verify-attestation', () => {
  it.each(['gh-both', 'gl-classic', 'key-both', 'key-classic'])(
    '%s: cyclonedx, vuln and slsaprovenance1',
    async (name) => {
      const image = images[name]!;
      const signer = name.startsWith('key') ? key() : name.startsWith('gl') ? gitlab() : github();
      for (const type of COSIGN_TYPES) {
        if (
          name.startsWith('key') &&
          type === 'slsaprovenance1' &&
          !image.outputs['provenance-ref']
        )
          continue;
        await passes(
          cosign('cosign', ['verify-attestation', image.ref, '--type', type, ...signer]),
        );
      }
    },
  );

  it('a two-platform index: every type on the index digest and on each platform', async () => {
    const index = images['gh-index']!;
    const platforms = Object.values(JSON.parse(index.outputs['platform-digests']!) as object);
    for (const digest of [index.outputs.digest!, ...(platforms as string[])]) {
      for (const type of COSIGN_TYPES) {
        await passes(
          cosign('cosign', [
            'verify-attestation',
            `${world.registry.host}/${index.repo}@${digest}`,
            '--type',
            type,
            ...github(),
          ]),
        );
      }
    }
  });

  it('--policy: a Rego and a CUE check on the SBOM pass; one the SBOM breaks fails', async () => {
    const dir = mkdtempSync(join(world.work, 'policy-'));
    const rego = join(dir, 'sbom.rego');
    writeFileSync(
      rego,
      [
        'package signature',
        'import rego.v1',
        'default allow := false',
        'allow if {',
        `  input.predicateType == "${CYCLONEDX}"`,
        '  input.predicate.bomFormat == "CycloneDX"',
        '  some component in input.predicate.components',
        '  component.name == "musl"',
        '}',
        '',
      ].join('\n'),
    );
    const cue = join(dir, 'sbom.cue');
    writeFileSync(cue, `predicateType: "${CYCLONEDX}"\npredicate: bomFormat: "CycloneDX"\n`);
    const strict = join(dir, 'strict.cue');
    writeFileSync(strict, 'predicate: bomFormat: "SPDX"\n');
    const ref = images['gh-both']!.ref;
    const base = ['verify-attestation', ref, '--type', 'cyclonedx', ...github()];
    await passes(cosign('cosign', [...base, '--policy', rego]));
    await passes(cosign('cosign', [...base, '--policy', cue]));
    await fails(cosign('cosign', [...base, '--policy', strict]), /SPDX|conflicting values/);
  });
});

// ---------------------------------------------------------------- cosign v2

describe('cosign v2', () => {
  it('reads the classic tags: GitLab keyless and key-signed, signature and attestations', async () => {
    const gl = images['gl-classic']!.ref;
    const keyed = images['key-classic']!.ref;
    await passes(cosignV2Classic(['verify', gl, ...gitlabV2()]));
    await passes(cosignV2Classic(['verify', keyed, ...keyV2()]));
    for (const type of COSIGN_TYPES) {
      await passes(cosignV2Classic(['verify-attestation', gl, '--type', type, ...gitlabV2()]));
      await passes(cosignV2Classic(['verify-attestation', keyed, '--type', type, ...keyV2()]));
    }
  });

  it('refuses --trusted-root for classic attestations (cosign v2 limit, recorded)', async () => {
    const run = await fails(
      cosign('cosign-v2', [
        'verify-attestation',
        images['gl-classic']!.ref,
        '--type',
        'cyclonedx',
        ...gitlab(),
      ]),
      'unsupported: trusted root path currently only supported with --new-bundle-format',
    );
    expect(run.code).toBe(1);
  });

  it('with both formats stored, reads the bundles (v2.6 prefers them when present)', async () => {
    await passes(cosign('cosign-v2', ['verify', images['gh-both']!.ref, ...github()]));
    await passes(
      cosign('cosign-v2', [
        'verify-attestation',
        images['gh-both']!.ref,
        '--type',
        'cyclonedx',
        ...github(),
      ]),
    );
  });
});

// ---------------------------------------------------------------- tampering

describe('tampered copies fail in cosign too', () => {
  it('a wrong identity or issuer', async () => {
    const ref = images['gh-both']!.ref;
    const wrongIdentity = [
      '--certificate-identity',
      'https://github.com/acme/other/.github/workflows/release.yml@refs/heads/main',
      '--certificate-oidc-issuer',
      GITHUB_ISSUER,
      ...trust(),
    ];
    const expectedSan = (san: string) =>
      `no matching CertificateIdentity found, last error: expected SAN value "${san}", got "${GITHUB_SAN}"`;
    await fails(
      cosign('cosign', ['verify', ref, ...wrongIdentity]),
      expectedSan('https://github.com/acme/other/.github/workflows/release.yml@refs/heads/main'),
    );
    await fails(cosign('cosign', ['verify', ref, ...gitlab()]), expectedSan(GITLAB_SAN));
    await fails(
      cosignV2Classic(['verify', images['gl-classic']!.ref, ...githubV2()]),
      /none of the expected identities matched what was in the certificate/,
    );
    await fails(
      cosign('cosign', ['verify', images['gh-both']!.ref, ...key()]),
      /no matching signatures|no matching attestations|failed to verify/,
    );
  });

  it('bundles moved to another image of the repository', async () => {
    const from = images['gh-both']!;
    const other = await pushImage(world, from.repo, 'other');
    const target = `${world.registry.host}/${from.repo}@${other}`;
    await moveBundles(
      world,
      from.repo,
      from.outputs.digest!,
      other,
      'https://sigstore.dev/cosign/sign/v1',
    );
    await moveBundles(world, from.repo, from.outputs.digest!, other, CYCLONEDX);
    await fails(cosign('cosign', ['verify', target, ...github()]), /no matching|subject|digest/i);
    await fails(
      cosign('cosign', ['verify-attestation', target, '--type', 'cyclonedx', ...github()]),
      /no matching|subject|digest/i,
    );
  });

  it('an edited predicate', async () => {
    const image = images.tamper!;
    await passes(
      cosign('cosign', ['verify-attestation', image.ref, '--type', 'cyclonedx', ...github()]),
    );
    await editPredicate(world, image.repo, image.outputs.digest!, CYCLONEDX, (statement) => {
      statement.predicate.components = [];
    });
    // cosign drops the bundle whose signature no longer holds, then finds no SBOM at all.
    await fails(
      cosign('cosign', ['verify-attestation', image.ref, '--type', 'cyclonedx', ...github()]),
      'none of the attestations matched the predicate type: cyclonedx, found: https://slsa.dev/provenance/v1,https://cosign.sigstore.dev/attestation/vuln/v1,https://sigstore.dev/cosign/sign/v1',
    );
    await passes(
      cosign('cosign', ['verify-attestation', image.ref, '--type', 'vuln', ...github()]),
    );
  });
});

// ---------------------------------------------------------------- paste-ready commands

describe('every command the publish summary prints runs as printed', () => {
  it.each(['gh-both', 'gh-index', 'gl-classic', 'key-both', 'key-classic'])('%s', async (name) => {
    const image = images[name]!;
    const commands = pasteReadyCommands(image.summary);
    const values = {
      'trusted_root.json': world.stack.trustedRootPath,
      'cosign.pub': join(keyDir, 'cosign.pub'),
    };
    const ran: string[] = [];
    for (const { lead, argv } of commands) {
      const [tool, ...args] = withValues(argv, values);
      expect(args.join(' ')).toContain(image.ref);
      if (tool === 'imprint') {
        const stdout: string[] = [];
        // Where a shell would write the report into its working folder, the test gives a path.
        const report = join(mkdtempSync(join(world.work, 'report-')), 'report.json');
        const extra = ['--insecure-registries', world.registry.host, '--report-path', report];
        const code = await runCli([...args, ...extra], {
          stdout: (text) => stdout.push(text),
          env: { DOCKER_CONFIG: world.dockerConfig },
        });
        expect({ code, stdout: stdout.join('') }).toMatchObject({ code: EXIT_OK });
      } else if (tool === 'cosign') {
        // The line above the block says which cosign reads what was stored (before its colon).
        const which = lead.split(':')[0]!;
        const peers: Cosign[] = [];
        if (/cosign (v2 or )?v3/.test(which)) peers.push('cosign');
        if (/cosign v2/.test(which)) peers.push('cosign-v2');
        expect(peers.length).toBeGreaterThan(0);
        for (const peer of peers) await passes(cosign(peer, args));
      } else {
        // gh is not among the peers built here: its command is checked for shape only.
        expect(tool).toBe('gh');
        expect(args.slice(0, 2)).toEqual(['attestation', 'verify']);
        continue;
      }
      ran.push(`${tool} ${args[0]}`);
    }
    expect(ran).toContain('imprint verify');
    expect(ran).toContain('cosign verify');
    expect(ran.filter((r) => r === 'cosign verify-attestation').length).toBeGreaterThanOrEqual(2);
  });
});
