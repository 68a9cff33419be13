/**
 * Fulcio's `POST /api/v2/signingCert` (and the legacy `/api/v1/signingCert` cosign v2 calls)
 * over @sigstore/mock's CA (which signs, embeds an SCT from its CT log, and chains to its root).
 * The request checks are real Fulcio's: the token must verify against the issuer's keys with
 * audience `sigstore` and be unexpired (sent in the body or as a Bearer token), the proof of
 * possession must be a signature over the token subject, and the identity comes from the claims.
 */
import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import type { CA } from '@sigstore/mock/dist/fulcio/ca.js';
import { fulcioIdentity } from './fulcio-identity.js';
import { issueLeaf, type LeafIssuer, type LeafProfile } from './leaf.js';
import type { OidcIssuer } from './oidc.js';
import { json, type ServiceHandler, type ServiceReply, type ServiceRequest } from './service.js';

const SIGNING_CERT_PATH = '/api/v2/signingCert';
/** The legacy API cosign v2 still calls. */
const SIGNING_CERT_V1_PATH = '/api/v1/signingCert';

interface SigningCertRequest {
  credentials?: { oidcIdentityToken?: string };
  publicKeyRequest?: { publicKey?: { content?: string }; proofOfPossession?: string };
}

interface SigningCertV1Request {
  /** base64 of the PEM (or DER) public key. */
  publicKey?: { content?: string };
  /** base64 signature over the token subject. */
  signedEmailAddress?: string;
}

/** What both API versions ask for. */
interface Issuance {
  token: string;
  pem: string;
  proof: string;
}

/** Where the next leaves come from: the mock CA's code-signing leaf, or another profile. */
export interface LeafSource {
  issuer: LeafIssuer;
  /** Set: issue leaves of this profile instead of Fulcio's own. */
  profile?: LeafProfile;
}

export function fulcioHandler(ca: CA, issuer: OidcIssuer, leaves?: LeafSource): ServiceHandler {
  return async (request) => {
    const v1 = request.path === SIGNING_CERT_V1_PATH;
    if (request.method !== 'POST' || (!v1 && request.path !== SIGNING_CERT_PATH)) {
      return json(404, { code: 404, message: `no ${request.method} ${request.path}` });
    }
    let asked: Issuance;
    try {
      asked = v1 ? fromV1(request) : fromV2(request);
    } catch {
      return json(400, { code: 400, message: 'request body is not JSON' });
    }
    let claims: Record<string, unknown>;
    try {
      claims = await issuer.verify(asked.token, 'sigstore');
    } catch (error) {
      return json(401, {
        code: 401,
        message: `There was an error processing the identity token: ${String(error)}`,
      });
    }
    const issued = await issue(ca, claims, asked.pem, asked.proof, leaves);
    if ('status' in issued) return issued;
    const chain = [toPEM(issued.leaf), toPEM(ca.rootCertificate)];
    // v1 answers 201 with the PEM chain (the SCT is embedded, so the SCT header is empty);
    // v2 answers 200 with JSON (sigstore-go, so cosign v3, accepts nothing else).
    if (v1) {
      return {
        status: 201,
        contentType: 'application/pem-certificate-chain',
        body: Buffer.from(chain.join('')),
        headers: { SCT: '' },
      };
    }
    return json(200, { signedCertificateEmbeddedSct: { chain: { certificates: chain } } });
  };
}

function fromV2(request: ServiceRequest): Issuance {
  const body = JSON.parse(request.body.toString()) as SigningCertRequest;
  return {
    // Real Fulcio takes the token from the body (sigstore-js) or the Authorization header
    // (sigstore-go, so cosign v3).
    token: body.credentials?.oidcIdentityToken ?? bearerToken(request),
    pem: body.publicKeyRequest?.publicKey?.content ?? '',
    proof: body.publicKeyRequest?.proofOfPossession ?? '',
  };
}

function fromV1(request: ServiceRequest): Issuance {
  const body = JSON.parse(request.body.toString()) as SigningCertV1Request;
  const key = Buffer.from(body.publicKey?.content ?? '', 'base64');
  const text = key.toString('utf8');
  return {
    token: bearerToken(request),
    pem: text.startsWith('-----BEGIN')
      ? text
      : `-----BEGIN PUBLIC KEY-----\n${key.toString('base64')}\n-----END PUBLIC KEY-----\n`,
    proof: body.signedEmailAddress ?? '',
  };
}

function bearerToken(request: ServiceRequest): string {
  return /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
}

async function issue(
  ca: CA,
  claims: Record<string, unknown>,
  pem: string,
  proof: string,
  leaves: LeafSource | undefined,
): Promise<ServiceReply | { leaf: ArrayBufferView }> {
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
  return { leaf };
}

export function bytesOf(view: ArrayBufferView): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

function toPEM(der: ArrayBufferView): string {
  const base64 = bytesOf(der).toString('base64').replace(/.{64}/g, '$&\n');
  return `-----BEGIN CERTIFICATE-----\n${base64.replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;
}
