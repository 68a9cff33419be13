/**
 * Attacks on the gate by someone who can push to the registry, each through the real CLI
 * against a real registry and the loopback Sigstore stack: a forged log time on key-signed
 * evidence, one signature counted for two signer entries, a plain message signature passed
 * off as an image signature, a TLS server certificate from a trusted CA, a catastrophic
 * identity regex. Each passed the gate before it was closed; now each fails with its reason.
 */
import type { SerializedBundle } from '@sigstore/bundle';
import { cosignSignStatement } from '../../../src/attest/statement.js';
import { createSigner } from '../../../src/sigstore/sign/index.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../../../src/doors/exit-codes.js';
import { SERVER_AUTH_LEAF } from '../../harness/sigstore/index.js';
import {
  attachBundle,
  type PushedImage,
  pushImage,
  statementFor,
  trivyPredicate,
  VULN,
} from './evidence-store.js';
import {
  checksOf,
  GITHUB_ISSUER,
  GITHUB_SUBJECT,
  startWorld,
  type VerifyWorld,
  verifyCli,
  writePolicy,
} from './context.js';

let world: VerifyWorld;

beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.stop();
});

const DAY_MS = 24 * 60 * 60 * 1000;

function policy(signers: string[], extra: string[] = []): string {
  return ['apiVersion: imprint/v1', 'kind: Policy', 'signers:', ...signers, ...extra].join('\n');
}

async function signImage(image: PushedImage, signer = world.alice): Promise<void> {
  await attachBundle(
    world.client,
    image.repository,
    image.descriptor,
    await signer.signDsse(cosignSignStatement(image.digest)),
  );
}

/** A vuln attestation whose scan finished `daysAgo` days ago, signed (and logged) now. */
function vulnStatement(image: PushedImage, severities: string[], daysAgo: number) {
  const predicate = trivyPredicate(severities);
  const finished = new Date(Date.now() - daysAgo * DAY_MS).toISOString();
  predicate.metadata = { scanStartedOn: finished, scanFinishedOn: finished };
  return statementFor(image, image.digest, VULN, predicate);
}

/** What a push-only attacker can do to a bundle: drop the SET and move the unsigned time. */
function forgeLogTime(bundle: SerializedBundle, shiftMs: number): SerializedBundle {
  const forged = structuredClone(bundle);
  for (const entry of forged.verificationMaterial.tlogEntries) {
    delete (entry as { inclusionPromise?: unknown }).inclusionPromise;
    entry.integratedTime = String(Math.floor((Date.now() + shiftMs) / 1000));
  }
  return forged;
}

describe('a forged log time on key-signed evidence', () => {
  const vulnRule = (maxAge?: string) => [
    'attestations:',
    `  - type: ${VULN}`,
    ...(maxAge ? [`    maxAge: ${maxAge}`] : []),
    '    vulnerabilities: {maxSeverity: HIGH}',
  ];

  async function attackedImage(tag: string): Promise<PushedImage> {
    const image = await pushImage(world.client, 'attack/forged-time', tag);
    await signImage(image);
    // A clean scan from a month ago, then today's scan, which finds a CRITICAL.
    const oldClean = await world.alice.signDsse(vulnStatement(image, [], 30));
    const fresh = await world.alice.signDsse(vulnStatement(image, ['CRITICAL'], 0));
    await attachBundle(world.client, image.repository, image.descriptor, fresh);
    const forged = forgeLogTime(oldClean, 365 * DAY_MS);
    await attachBundle(world.client, image.repository, image.descriptor, forged);
    return image;
  }

  it('the old clean report, its log time moved a year ahead, no longer wins over the fresh CRITICAL', async () => {
    const image = await attackedImage('newest');
    const run = await verifyCli(world, [
      image.pinned,
      '--policy',
      writePolicy(world, 'forged-newest.yaml', policy(['  - key: ./alice.pub'], vulnRule())),
    ]);
    expect(run.code).toBe(EXIT_FAILED);
    expect(checksOf(run).vulnerabilities).toMatchObject({
      outcome: 'fail',
      found: expect.stringContaining('CVE-2024-1000'),
    });
    const times = run.report.images[0]!.evidence!.attestations.map((a) => a.signedAt);
    // The forged entry has no signed time at all; the genuine one is not in the future.
    expect(times.filter((t) => t === undefined)).toHaveLength(1);
    expect(times.every((t) => t === undefined || Date.parse(t) <= Date.now())).toBe(true);
  });

  it('with maxAge, the forged report has no proven time and the fresh CRITICAL decides', async () => {
    const image = await attackedImage('max-age');
    const run = await verifyCli(world, [
      image.pinned,
      '--policy',
      writePolicy(world, 'forged-max-age.yaml', policy(['  - key: ./alice.pub'], vulnRule('720h'))),
    ]);
    expect(run.code).toBe(EXIT_FAILED);
    expect(checksOf(run).vulnerabilities?.outcome).toBe('fail');
    expect(checksOf(run)[`attestation:${VULN}`]).toMatchObject({ outcome: 'pass' });
  });

  it('maxAge counts from the time the scan itself records when that is earlier than the log time', async () => {
    const image = await pushImage(world.client, 'attack/forged-time', 're-signed');
    await signImage(image);
    // A 40-day-old clean scan, signed and logged again today: the log time only says "existed by".
    await attachBundle(
      world.client,
      image.repository,
      image.descriptor,
      await world.alice.signDsse(vulnStatement(image, [], 40)),
    );
    const run = await verifyCli(world, [
      image.pinned,
      '--policy',
      writePolicy(world, 're-signed.yaml', policy(['  - key: ./alice.pub'], vulnRule('720h'))),
    ]);
    expect(run.code).toBe(EXIT_FAILED);
    expect(checksOf(run)[`attestation:${VULN}`]).toMatchObject({
      outcome: 'fail',
      found: expect.stringMatching(
        /— its statement records \S+ \(signed \S+\) \(40d ago\), older than maxAge 720h$/,
      ),
    });
  });
});

describe('count: N needs N different signers', () => {
  it('one key listed twice with count 2 is not met by its one signature', async () => {
    const image = await pushImage(world.client, 'attack/count', 'same-key');
    await signImage(image);
    const run = await verifyCli(world, [
      image.pinned,
      '--policy',
      writePolicy(
        world,
        'count-same-key.yaml',
        policy(['  - key: ./alice.pub', '  - key: ./alice.pub'], ['count: 2']),
      ),
    ]);
    expect(run.code).toBe(EXIT_FAILED);
    expect(checksOf(run).signer).toMatchObject({
      outcome: 'fail',
      found: expect.stringMatching(
        /^only 1 distinct signer\(s\) fill a policy entry, 2 needed \(one signer, or copies of one signature, count once\); /,
      ),
    });
    expect(run.log).toContain(
      'warning: policy: signers[0] and signers[1] can be filled by the same signer (key ./alice.pub listed twice)',
    );
  });

  it('overlapping keyless entries with count 2 are not met by one signature, nor by copies of it', async () => {
    const image = await pushImage(world.client, 'attack/count', 'keyless');
    const bundle = await world.github.signDsse(cosignSignStatement(image.digest));
    await attachBundle(world.client, image.repository, image.descriptor, bundle);
    await attachBundle(world.client, image.repository, image.descriptor, structuredClone(bundle));
    const signers = [
      `  - issuer: ${GITHUB_ISSUER}`,
      `    subject: ${GITHUB_SUBJECT}`,
      `  - issuer: ${GITHUB_ISSUER}`,
      '    subject: "https://github.com/acme/app/.github/workflows/*@refs/heads/main"',
    ];
    const run = await verifyCli(world, [
      image.pinned,
      '--policy',
      writePolicy(world, 'count-keyless.yaml', policy(signers, ['count: 2'])),
    ]);
    expect(run.code).toBe(EXIT_FAILED);
    expect(checksOf(run).signer?.found).toMatch(/^only 1 distinct signer\(s\) fill a policy entry/);
  });

  it('two different keys fill two entries', async () => {
    const image = await pushImage(world.client, 'attack/count', 'two-keys');
    await signImage(image, world.alice);
    await signImage(image, world.bob);
    const run = await verifyCli(world, [
      image.pinned,
      '--policy',
      writePolicy(
        world,
        'count-two.yaml',
        policy(['  - key: ./alice.pub', '  - key: ./bob.pub'], ['count: 2']),
      ),
    ]);
    expect(run.code).toBe(EXIT_OK);
    expect(checksOf(run).signer?.found).toBe('key ./alice.pub; key ./bob.pub');
  });
});

describe('a plain message signature is not an image signature', () => {
  it('a sign-blob style signature over the manifest bytes, stored as a referrer, does not count', async () => {
    const image = await pushImage(world.client, 'attack/blob', '1.0');
    const manifest = await world.client.getManifest(image.repository, image.digest);
    const bundle = await world.alice.signMessage(manifest.bytes);
    await attachBundle(world.client, image.repository, image.descriptor, bundle);
    const run = await verifyCli(world, [
      image.pinned,
      '--policy',
      writePolicy(world, 'blob.yaml', policy(['  - key: ./alice.pub'])),
    ]);
    expect(run.code).toBe(EXIT_FAILED);
    expect(checksOf(run).signer).toMatchObject({
      outcome: 'fail',
      found: expect.stringContaining(
        'a plain message signature over the manifest bytes is not an image signature: only a DSSE https://sigstore.dev/cosign/sign/v1 statement or a cosign simple-signing payload naming the digest counts',
      ),
    });
  });
});

describe('a certificate from a trusted CA that is not a code-signing leaf', () => {
  const keyless = policy([`  - issuer: ${GITHUB_ISSUER}`, `    subject: ${GITHUB_SUBJECT}`]);

  it('a serverAuth-only leaf is refused; the same CA’s code-signing leaf passes', async () => {
    const image = await pushImage(world.client, 'attack/server-auth', '1.0');
    world.stack.issueLeavesAs(SERVER_AUTH_LEAF);
    try {
      const tlsSigner = await createSigner({
        signing: 'keyless',
        identity: await world.stack.mintToken({ shape: 'github' }),
        sigstore: 'custom',
        fulcioUrl: world.stack.fulcioURL,
        rekorUrl: world.stack.rekorURL,
      });
      await signImage(image, tlsSigner);
    } finally {
      world.stack.issueLeavesAs(undefined);
    }
    const policyFile = writePolicy(world, 'server-auth.yaml', keyless);
    const run = await verifyCli(world, [image.pinned, '--policy', policyFile]);
    expect(run.code).toBe(EXIT_FAILED);
    expect(checksOf(run).signer?.found).toContain(
      'certificate: the signing certificate is not a code-signing certificate: it has extended key usage serverAuth, not codeSigning (1.3.6.1.5.5.7.3.3)',
    );

    await signImage(image, world.github);
    expect((await verifyCli(world, [image.pinned, '--policy', policyFile])).code).toBe(EXIT_OK);
  });
});

describe('Fulcio claims', () => {
  it('deploymentEnvironment (.23) is decoded, so a policy can require the protected environment', async () => {
    const image = await pushImage(world.client, 'attack/environment', '1.0');
    const staging = await createSigner({
      signing: 'keyless',
      identity: await world.stack.mintToken({
        shape: 'github',
        claims: { environment: 'staging' },
      }),
      sigstore: 'custom',
      fulcioUrl: world.stack.fulcioURL,
      rekorUrl: world.stack.rekorURL,
    });
    await signImage(image, staging);
    const production = writePolicy(
      world,
      'environment.yaml',
      policy([
        `  - issuer: ${GITHUB_ISSUER}`,
        `    subject: ${GITHUB_SUBJECT}`,
        '    claims: {deploymentEnvironment: production}',
      ]),
    );
    const run = await verifyCli(world, [image.pinned, '--policy', production]);
    expect(run.code).toBe(EXIT_FAILED);
    expect(checksOf(run).signer?.found).toContain(
      'claim deploymentEnvironment is staging, policy wants production',
    );
    expect(run.report.images[0]!.evidence!.signatures[0]!.signer).toMatchObject({
      claims: { deploymentEnvironment: 'staging' },
    });
  });
});

describe('identity regular expressions', () => {
  it('a nested quantifier is refused when the policy is read (exit 2), naming the signer entry', async () => {
    const image = await pushImage(world.client, 'attack/redos', '1.0');
    const run = await verifyCli(world, [
      image.pinned,
      '--policy',
      writePolicy(
        world,
        'redos.yaml',
        policy([
          `  - issuer: ${GITHUB_ISSUER}`,
          '    subjectRegExp: "https://github\\\\.com/acme/(\\\\w+-?)+/release\\\\.yml"',
        ]),
      ),
    ]);
    expect(run.code).toBe(EXIT_USAGE);
    expect(run.log).toContain(
      'signers[0].subjectRegExp: the group (\\w+-?)+ repeats something that itself repeats (nested quantifiers)',
    );
  });
});
