/**
 * An RFC 3161 timestamp authority (`POST /api/v1/timestamp`) over @sigstore/mock's TSA. Like the
 * real timestamp-authority it takes a JSON request (sigstore-js) or a DER `TimeStampReq`
 * (`application/timestamp-query`: sigstore-go, so cosign v3). The mock
 * stamps the time it is handed; it gets a clock that is moved to the current whole second before
 * each request, because fractional-second genTimes are rejected by @sigstore/core.
 */
import { ASN1Obj } from '@sigstore/core';
import type { TimestampRequest, TSA } from '@sigstore/mock/dist/timestamp/tsa.js';
import { bytesOf } from './fulcio.js';
import { json, type ServiceHandler } from './service.js';

const TIMESTAMP_PATH = '/api/v1/timestamp';
const OID_SHA256 = '2.16.840.1.101.3.4.2.1';
const OID_SHA384 = '2.16.840.1.101.3.4.2.2';
const OID_SHA512 = '2.16.840.1.101.3.4.2.3';
const OID_TSA_POLICY = '1.3.6.1.4.1.57264.2';

interface TimestampRequestBody {
  artifactHash: string;
  hashAlgorithm?: string;
  nonce?: number;
  certificates?: boolean;
}

/** The Date the mock TSA reads its time from; `tick()` moves it to now, whole seconds only. */
export function wholeSecondClock(): { clock: Date; tick: () => void } {
  const clock = new Date(Math.floor(Date.now() / 1000) * 1000);
  return { clock, tick: () => clock.setTime(Math.floor(Date.now() / 1000) * 1000) };
}

export function tsaHandler(tsa: TSA, tick: () => void): ServiceHandler {
  return async (request) => {
    if (request.method !== 'POST' || request.path !== TIMESTAMP_PATH) {
      return json(404, { code: 404, message: `no ${request.method} ${request.path}` });
    }
    let timestampRequest: TimestampRequest;
    try {
      timestampRequest =
        request.headers['content-type'] === 'application/timestamp-query'
          ? fromDer(request.body)
          : fromJson(request.body);
    } catch (error) {
      return json(400, { code: 400, message: `bad timestamp request: ${String(error)}` });
    }
    tick();
    const response = await tsa.timestamp(timestampRequest);
    return { status: 201, contentType: 'application/timestamp-reply', body: bytesOf(response) };
  };
}

function fromJson(bytes: Buffer): TimestampRequest {
  const body = JSON.parse(bytes.toString()) as TimestampRequestBody;
  return {
    artifactHash: Buffer.from(body.artifactHash, 'base64'),
    hashAlgorithmOID: hashOID(body.hashAlgorithm ?? 'sha256'),
    nonce: body.nonce ?? randomNonce(),
    policyOID: OID_TSA_POLICY,
    certReq: body.certificates ?? false,
  };
}

/** RFC 3161: SEQUENCE { version, messageImprint { algorithm, hash }, policy?, nonce?, certReq? }. */
function fromDer(bytes: Buffer): TimestampRequest {
  const [version, imprint, ...rest] = ASN1Obj.parseBuffer(bytes as Buffer<ArrayBuffer>).subs;
  if (!version?.tag.isInteger() || version.toInteger() !== 1n || !imprint) {
    throw new Error('not a version 1 TimeStampReq');
  }
  const [algorithm, hash] = imprint.subs;
  const nonce = rest.find((field) => field.tag.isInteger())?.toInteger();
  if (nonce !== undefined && nonce > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new Error('this TSA echoes nonces up to 2^53 only');
  }
  return {
    artifactHash: hash!.value,
    hashAlgorithmOID: algorithm!.subs[0]!.toOID(),
    nonce: nonce === undefined ? randomNonce() : Number(nonce),
    policyOID: OID_TSA_POLICY,
    certReq: rest.find((field) => field.tag.isBoolean())?.toBoolean() ?? false,
  };
}

function randomNonce(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

function hashOID(name: string): string {
  if (name.includes('512')) return OID_SHA512;
  if (name.includes('384')) return OID_SHA384;
  return OID_SHA256;
}
