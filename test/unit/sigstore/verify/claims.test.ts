import { X509Certificate } from '@sigstore/core';
import {
  certificateSubject,
  claimName,
  decodeClaims,
  decodeClaimValue,
} from '../../../../src/sigstore/verify/claims.js';
import { conformanceFile, readFixture } from '../../../interop/sigstore/fixtures.js';
import { readFileSync } from 'node:fs';

function leafOf(bundlePath: string): X509Certificate {
  const bundle = JSON.parse(readFileSync(bundlePath, 'utf8'));
  const material = bundle.verificationMaterial;
  const raw =
    material.certificate?.rawBytes ?? material.x509CertificateChain.certificates[0].rawBytes;
  return X509Certificate.parse(Buffer.from(raw, 'base64'));
}

const BEACON = 'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon';
const WORKFLOW = `${BEACON}/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main`;

describe('Fulcio claims', () => {
  it('decodes every claim of a real GitHub Actions certificate by name', () => {
    const cert = leafOf(conformanceFile('happy-path-v0.3-new-mediaType', 'bundle.sigstore.json'));
    expect(decodeClaims(cert)).toEqual({
      issuerV1: 'https://token.actions.githubusercontent.com',
      githubWorkflowTrigger: 'workflow_dispatch',
      githubWorkflowSha: 'c7b3dfb335f051e1c86bda4c716fac97df62ad81',
      githubWorkflowName: 'Extremely dangerous OIDC beacon',
      githubWorkflowRepository: 'sigstore-conformance/extremely-dangerous-public-oidc-beacon',
      githubWorkflowRef: 'refs/heads/main',
      issuer: 'https://token.actions.githubusercontent.com',
      buildSignerURI: WORKFLOW,
      buildSignerDigest: 'c7b3dfb335f051e1c86bda4c716fac97df62ad81',
      runnerEnvironment: 'github-hosted',
      sourceRepositoryURI: BEACON,
      sourceRepositoryDigest: 'c7b3dfb335f051e1c86bda4c716fac97df62ad81',
      sourceRepositoryRef: 'refs/heads/main',
      sourceRepositoryIdentifier: '632596897',
      sourceRepositoryOwnerURI: 'https://github.com/sigstore-conformance',
      sourceRepositoryOwnerIdentifier: '131804563',
      buildConfigURI: WORKFLOW,
      buildConfigDigest: 'c7b3dfb335f051e1c86bda4c716fac97df62ad81',
      buildTrigger: 'workflow_dispatch',
      runInvocationURI: `${BEACON}/actions/runs/8347481628/attempts/1`,
      sourceRepositoryVisibilityAtSigning: 'public',
    });
    expect(certificateSubject(cert)).toBe(WORKFLOW);
  });

  it('reads an e-mail SAN and exposes the legacy issuer of an older certificate as issuer', () => {
    const bundle = JSON.parse(readFixture('trivy', 'sigstore-bundle.json').toString('utf8'));
    const cert = X509Certificate.parse(
      Buffer.from(bundle.verificationMaterial.certificate.rawBytes, 'base64'),
    );
    const claims = decodeClaims(cert);
    expect(claims.issuer).toBe('https://github.com/login/oauth');
    expect(certificateSubject(cert)).toBe('thomas.grininger@ringodev.com');
  });

  it('decodes .8+ values as DER UTF8String and legacy values as raw text', () => {
    const der = Buffer.concat([Buffer.from([0x0c, 5]), Buffer.from('hello')]);
    expect(decodeClaimValue('1.3.6.1.4.1.57264.1.12', der)).toBe('hello');
    expect(decodeClaimValue('1.3.6.1.4.1.57264.1.5', Buffer.from('acme/app'))).toBe('acme/app');
  });

  it('refuses a .8+ value that is not a UTF8String instead of returning DER bytes', () => {
    const printable = Buffer.concat([Buffer.from([0x13, 5]), Buffer.from('hello')]);
    expect(decodeClaimValue('1.3.6.1.4.1.57264.1.12', printable)).toBeUndefined();
    expect(decodeClaimValue('1.3.6.1.4.1.57264.1.12', Buffer.from('hello'))).toBeUndefined();
  });

  it('names known OIDs, keeps unknown Fulcio OIDs by number and ignores the rest', () => {
    expect(claimName('1.3.6.1.4.1.57264.1.20')).toBe('buildTrigger');
    expect(claimName('1.3.6.1.4.1.57264.1.23')).toBe('deploymentEnvironment');
    expect(claimName('1.3.6.1.4.1.57264.1.99')).toBe('1.3.6.1.4.1.57264.1.99');
    expect(claimName('1.3.6.1.4.1.57264.1.7')).toBeUndefined();
    expect(claimName('2.5.29.17')).toBeUndefined();
  });
});
