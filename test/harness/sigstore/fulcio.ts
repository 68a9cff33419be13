/**
 * Fulcio's `POST /api/v2/signingCert` over @sigstore/mock's CA (which signs, embeds an SCT from
 * its CT log, and chains to its root). The request checks are real Fulcio's: the token must
 * verify against the issuer's keys with audience `sigstore` and be unexpired, the proof of
 * possession must be a signature over the token subject, and the identity comes from the claims.
 */
import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import type { CA } from '@sigstore/mock/dist/fulcio/ca.js';
import { fulcioIdentity } from './fulcio-identity.js';
import { issueLeaf, type LeafIssuer, type LeafProfile } from './leaf.js';
import type { OidcIssuer } from './oidc.js';
import { json, type ServiceHandler, type ServiceReply } from './service.js';

const SIGNING_CERT_PATH = '/api/v2/signingCert';

interface SigningCertRequest {
  credentials?: { oidcIdentityToken?: string };
  publicKeyRequest?: { publicKey?: { content?: string }; proofOfPossession?: string };
}

/** Where the next leaves come from: the mock CA's code-signing leaf, or another profile. */
export interface LeafSource {
  issuer: LeafIssuer;
  /** Set: issue leaves of this profile instead of Fulcio's own. */
  profile?: LeafProfile;
}

export function fulcioHandler(ca: CA, issuer: OidcIssuer, leaves?: LeafSource): ServiceHandler {
  return async (request) => {
    if (request.method !== 'POST' || request.path !== SIGNING_CERT_PATH) {
      return json(404, { code: 404, message: `no ${request.method} ${request.path}` });
    }
    let body: SigningCertRequest;
    try {
      body = JSON.parse(request.body.toString()) as SigningCertRequest;
    } catch {
      return json(400, { code: 400, message: 'request body is not JSON' });
    }
    const token = body.credentials?.oidcIdentityToken ?? '';
    const pem = body.publicKeyRequest?.publicKey?.content ?? '';
    const proof = body.publicKeyRequest?.proofOfPossession ?? '';
    let claims: Record<string, unknown>;
    try {
      claims = await issuer.verify(token, 'sigstore');
    } catch (error) {
      return json(401, {
        code: 401,
        message: `There was an error processing the identity token: ${String(error)}`,
      });
    }
    return issue(ca, claims, pem, proof, leaves);
  };
}

async function issue(
  ca: CA,
  claims: Record<string, unknown>,
  pem: string,
  proof: string,
  leaves: LeafSource | undefined,
): Promise<ServiceReply> {
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey(pem);
  } catch {
    return json(400, { code: 400, message: 'The public key supplied in the request is invalid' });
  }
  const subject = typeof claims.sub === 'string' ? claims.sub : '';
  if (!verify('sha256', Buffer.from(subject), publicKey, Buffer.from(proof, 'base64'))) {
    return json(400, {
      code: 400,
      message: 'The signature supplied in the request could not be verified',
    });
  }
  let identity;
  try {
    identity = fulcioIdentity(claims);
  } catch (error) {
    return json(400, { code: 400, message: String(error) });
  }
  const request = {
    publicKey: publicKey.export({ format: 'der', type: 'spki' }),
    subjectAltName: identity.subjectAltName,
    extensions: identity.extensions,
  };
  const leaf = leaves?.profile
    ? await issueLeaf(leaves.issuer, request, leaves.profile)
    : await ca.issueCertificate(request);
  return json(201, {
    signedCertificateEmbeddedSct: {
      chain: { certificates: [toPEM(leaf), toPEM(ca.rootCertificate)] },
    },
  });
}

export function bytesOf(view: ArrayBufferView): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

function toPEM(der: ArrayBufferView): string {
  const base64 = bytesOf(der).toString('base64').replace(/.{64}/g, '$&\n');
  return `-----BEGIN CERTIFICATE-----\n${base64.replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;
}
