/**
 * The loopback Sigstore stack itself: what it issues must verify with @sigstore/verify against
 * its trusted_root.json, and it must refuse what real Fulcio and Rekor refuse. Signing here goes
 * through @sigstore/sign directly, so these tests hold whatever imprint's signer does.
 */
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { bundleFromJSON, bundleToJSON } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import {
  type Bundle,
  DSSEBundleBuilder,
  FulcioSigner,
  RekorWitness,
  TSAWitness,
} from '@sigstore/sign';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { fulcioIdentity } from '../../harness/sigstore/fulcio-identity.js';
import { githubClaims, gitlabClaims } from '../../harness/sigstore/claims.js';
import { type SigstoreStack, startSigstoreStack } from '../../harness/sigstore/index.js';

let stack: SigstoreStack;

beforeAll(async () => {
  stack = await startSigstoreStack();
});

afterAll(async () => {
  await stack.stop();
});

function verifierFor(root: unknown): Verifier {
  return new Verifier(toTrustMaterial(TrustedRoot.fromJSON(root)), {
    tlogThreshold: 1,
    ctlogThreshold: 1,
    timestampThreshold: 1,
  });
}

async function signWithSigstoreJs(token: string): Promise<Bundle> {
  const builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({
      fulcioBaseURL: stack.fulcioURL,
      identityProvider: { getToken: () => Promise.resolve(token) },
    }),
    witnesses: [
      new RekorWitness({ rekorBaseURL: stack.rekorURL }),
      new TSAWitness({ tsaBaseURL: stack.tsaURL }),
    ],
  });
  return builder.create({ data: Buffer.from('{"hello":"world"}'), type: 'application/json' });
}

describe('loopback Sigstore stack', () => {
  it('issues bundles that verify against its trusted root (chain, SCT, tlog, TSA)', async () => {
    const bundle = await signWithSigstoreJs(await stack.mintToken({ shape: 'github' }));
    const root = JSON.parse(readFileSync(stack.trustedRootPath, 'utf8'));
    const signer = verifierFor(root).verify(toSignedEntity(bundleFromJSON(bundleToJSON(bundle))));
    expect(signer.identity?.subjectAlternativeName).toBe(
      'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
    );
    expect(signer.identity?.extensions?.issuer).toBe('https://token.actions.githubusercontent.com');
  });

  it('stores a DSSE entry in real Rekor form', async () => {
    const bundle = await signWithSigstoreJs(await stack.mintToken({ shape: 'gitlab' }));
    const entry = bundle.verificationMaterial.tlogEntries[0]!;
    const body = JSON.parse(entry.canonicalizedBody.toString());
    expect(body.kind).toBe('dsse');
    expect(Object.keys(body.spec).sort()).toEqual(['envelopeHash', 'payloadHash', 'signatures']);
    expect(Object.keys(body.spec.signatures[0]).sort()).toEqual(['signature', 'verifier']);
  });

  it('answers 409 with the existing entry for a duplicate, readable by UUID and index', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const payload = Buffer.from('{"_type":"https://in-toto.io/Statement/v1"}');
    const type = 'application/vnd.in-toto+json';
    const pae = Buffer.from(
      `DSSEv1 ${type.length} ${type} ${payload.length} ${payload.toString()}`,
    );
    const envelope = JSON.stringify({
      payloadType: type,
      payload: payload.toString('base64'),
      signatures: [{ keyid: '', sig: sign('sha256', pae, privateKey).toString('base64') }],
    });
    const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const proposal = JSON.stringify({
      apiVersion: '0.0.1',
      kind: 'dsse',
      spec: { proposedContent: { envelope, verifiers: [Buffer.from(pem).toString('base64')] } },
    });
    const post = () =>
      fetch(`${stack.rekorURL}/api/v1/log/entries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: proposal,
      });
    const created = await post();
    expect(created.status).toBe(201);
    const createdBody = (await created.json()) as Record<string, { logIndex: number }>;
    const uuid = Object.keys(createdBody)[0]!;
    const logIndex = createdBody[uuid]!.logIndex;
    const again = await post();
    expect(again.status).toBe(409);
    expect(again.headers.get('location')).toBe(`/api/v1/log/entries/${uuid}`);

    const byUuid = await fetch(`${stack.rekorURL}/api/v1/log/entries/${uuid}`);
    expect(Object.keys((await byUuid.json()) as object)).toEqual([uuid]);
    const byIndex = await fetch(`${stack.rekorURL}/api/v1/log/entries?logIndex=${logIndex}`);
    expect(Object.keys((await byIndex.json()) as object)).toEqual([uuid]);
    expect((await fetch(`${stack.rekorURL}/api/v1/log/entries/${'0'.repeat(64)}`)).status).toBe(
      404,
    );
  });

  it('refuses tokens real Fulcio refuses: wrong audience, expired, unknown issuer', async () => {
    const cases = [
      await stack.mintToken({ shape: 'github', audience: 'not-sigstore' }),
      await stack.mintToken({ shape: 'github', expiresIn: -60 }),
    ];
    for (const token of cases) {
      await expect(signWithSigstoreJs(token)).rejects.toThrow(/\(401\)/);
    }
    const stranger = await stack.mintToken({
      shape: 'github',
      claims: { iss: 'https://issuer.example' },
    });
    await expect(signWithSigstoreJs(stranger)).rejects.toThrow(/unsupported issuer/);
  });

  it('takes the token as a Bearer header too and answers 200, as Fulcio v2 does for sigstore-go', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const token = await stack.mintToken({ shape: 'github' });
    const subject = 'repo:acme/app:ref:refs/heads/main';
    const request = (authorization?: string) =>
      fetch(`${stack.fulcioURL}/api/v2/signingCert`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(authorization ? { authorization } : {}),
        },
        body: JSON.stringify({
          publicKeyRequest: {
            publicKey: { content: publicKey.export({ format: 'pem', type: 'spki' }).toString() },
            proofOfPossession: sign('sha256', Buffer.from(subject), privateKey).toString('base64'),
          },
        }),
      });
    const issued = await request(`Bearer ${token}`);
    expect(issued.status).toBe(200);
    const body = (await issued.json()) as {
      signedCertificateEmbeddedSct: { chain: { certificates: string[] } };
    };
    expect(body.signedCertificateEmbeddedSct.chain.certificates).toHaveLength(2);
    expect((await request()).status).toBe(401);
  });

  it('serves GitHub-style ID tokens only for the right request token', async () => {
    const { url, requestToken } = stack.githubTokenEndpoint;
    const refused = await fetch(`${url}&audience=sigstore`, {
      headers: { authorization: 'bearer wrong' },
    });
    expect(refused.status).toBe(401);
    const answer = await fetch(`${url}&audience=sigstore`, {
      headers: { authorization: `bearer ${requestToken}` },
    });
    const { value } = (await answer.json()) as { value: string };
    const claims = JSON.parse(Buffer.from(value.split('.')[1]!, 'base64url').toString());
    expect(claims).toMatchObject({
      aud: 'sigstore',
      iss: 'https://token.actions.githubusercontent.com',
    });
  });

  it('publishes an OIDC discovery document and its JWKS', async () => {
    const discoveryURL = `${stack.issuerURL}/.well-known/openid-configuration`;
    const discovery = (await (await fetch(discoveryURL)).json()) as Record<string, string>;
    expect(discovery.issuer).toBe(stack.issuerURL);
    const jwks = (await (await fetch(discovery.jwks_uri!)).json()) as { keys: object[] };
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });
  });

  it('answers a DER TimeStampReq (application/timestamp-query), as sigstore-go sends it', async () => {
    const hash = createHash('sha256').update('artifact').digest();
    const sha256 = Buffer.from('300d06096086480165030402010500', 'hex'); // AlgorithmIdentifier
    const imprint = Buffer.concat([
      Buffer.from([0x30, 0x31]),
      sha256,
      Buffer.from([0x04, 0x20]),
      hash,
    ]);
    const body = Buffer.concat([
      Buffer.from([0x30, 0x39, 0x02, 0x01, 0x01]), // SEQUENCE, version 1
      imprint,
      Buffer.from([0x01, 0x01, 0xff]), // certReq TRUE
    ]);
    const answer = await fetch(`${stack.tsaURL}/api/v1/timestamp`, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query' },
      body,
    });
    expect(answer.status).toBe(201);
    expect(answer.headers.get('content-type')).toBe('application/timestamp-reply');
    const reply = Buffer.from(await answer.arrayBuffer());
    expect(reply.includes(hash)).toBe(true); // the message imprint comes back in the token
    const refused = await fetch(`${stack.tsaURL}/api/v1/timestamp`, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query' },
      body: Buffer.from([0x30, 0x03, 0x02, 0x01, 0x02]),
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('not a version 1 TimeStampReq');
  });

  it('proves Rekor entries in one growing tree that already holds entries', async () => {
    const proofs = [];
    for (const text of ['first', 'second']) {
      const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const data = Buffer.from(text);
      const response = await fetch(`${stack.rekorURL}/api/v1/log/entries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          apiVersion: '0.0.1',
          kind: 'hashedrekord',
          spec: {
            data: {
              hash: { algorithm: 'sha256', value: createHash('sha256').update(data).digest('hex') },
            },
            signature: {
              content: sign('sha256', data, privateKey).toString('base64'),
              publicKey: {
                content: Buffer.from(publicKey.export({ format: 'pem', type: 'spki' })).toString(
                  'base64',
                ),
              },
            },
          },
        }),
      });
      expect(response.status).toBe(201);
      const entry = Object.values((await response.json()) as Record<string, unknown>)[0] as {
        verification: { inclusionProof: { logIndex: number; treeSize: number; hashes: string[] } };
      };
      proofs.push(entry.verification.inclusionProof);
    }
    const [first, second] = proofs as [(typeof proofs)[0], (typeof proofs)[0]];
    expect(first.logIndex).toBeGreaterThan(999);
    expect(second.logIndex).toBe(first.logIndex + 1);
    expect(second.treeSize).toBe(first.treeSize + 1);
    // RFC 9162 §2.1.3: the path of leaf m in a tree of size n has bitlen(m ^ (n - 1)) inner
    // hashes and popcount(m >> inner) border hashes. The prefilled size is random, so a bare
    // lower bound would fail for sizes whose path is short (a leaf at 1024 has one hash).
    expect(second.hashes.length).toBe(inclusionPathLength(second.logIndex, second.treeSize));
    expect(second.hashes.length).toBeGreaterThan(0);
  });

  it('simulates outages and counts requests', async () => {
    const before = stack.counts.tsa;
    stack.fail('tsa', { times: 2, status: 502 });
    const post = () =>
      fetch(`${stack.tsaURL}/api/v1/timestamp`, {
        method: 'POST',
        body: JSON.stringify({ artifactHash: Buffer.alloc(32).toString('base64') }),
      });
    expect((await post()).status).toBe(502);
    expect((await post()).status).toBe(502);
    expect((await post()).status).toBe(201);
    expect(stack.counts.tsa).toBe(before + 3);
  });
});

describe('Fulcio identity from token claims (as Fulcio config.yaml templates it)', () => {
  const decode = (claims: Record<string, unknown>): Record<string, string> =>
    Object.fromEntries(
      fulcioIdentity(claims)
        .extensions.filter((e) => !e.legacy)
        .map((e): [string, string] => [e.oid.split('.').pop()!, e.value]),
    );

  it('GitHub: SAN from job_workflow_ref, run invocation URI from run id and attempt', () => {
    const identity = fulcioIdentity(githubClaims());
    expect(identity.subjectAltName).toBe(
      'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
    );
    expect(decode(githubClaims())).toMatchObject({
      '8': 'https://token.actions.githubusercontent.com',
      '11': 'github-hosted',
      '12': 'https://github.com/acme/app',
      '14': 'refs/heads/main',
      '20': 'push',
      '21': 'https://github.com/acme/app/actions/runs/9000000001/attempts/1',
    });
  });

  it('GitLab: SAN from ci_config_ref_uri (double slash kept), ref rebuilt from ref_type', () => {
    expect(fulcioIdentity(gitlabClaims()).subjectAltName).toBe(
      'https://gitlab.com/acme/app//.gitlab-ci.yml@refs/heads/main',
    );
    expect(decode({ ...gitlabClaims(), ref_type: 'tag', ref: 'v1.2.0' })).toMatchObject({
      '8': 'https://gitlab.com',
      '12': 'https://gitlab.com/acme/app',
      '14': 'refs/tags/v1.2.0',
      '20': 'push',
      '21': 'https://gitlab.com/acme/app/-/jobs/302',
    });
  });

  it('refuses a token without the claim its SAN is built from', () => {
    expect(() => fulcioIdentity({ ...githubClaims(), job_workflow_ref: undefined })).toThrow(
      'token is missing the job_workflow_ref claim',
    );
  });
});

describe('certificates the stack issues', () => {
  it('carry the GitLab SAN, DER UTF8String extensions and the raw legacy issuer', async () => {
    const bundle = await signWithSigstoreJs(await stack.mintToken({ shape: 'gitlab' }));
    const material = bundle.verificationMaterial.content;
    const der = material.$case === 'certificate' ? material.certificate.rawBytes : Buffer.alloc(0);
    const cert = X509Certificate.parse(Buffer.from(der));
    expect(cert.subjectAltName).toBe('https://gitlab.com/acme/app//.gitlab-ci.yml@refs/heads/main');
    const utf8 = (text: string) =>
      Buffer.concat([Buffer.from([0x0c, text.length]), Buffer.from(text)]);
    expect(cert.extension('1.3.6.1.4.1.57264.1.12')?.value).toEqual(
      utf8('https://gitlab.com/acme/app'),
    );
    expect(cert.extension('1.3.6.1.4.1.57264.1.1')?.value.toString()).toBe('https://gitlab.com');
  });
});

function inclusionPathLength(index: number, size: number): number {
  const inner = (index ^ (size - 1)).toString(2).replace(/^0+/, '').length;
  const border = (index >> inner).toString(2).replaceAll('0', '').length;
  return inner + border;
}
