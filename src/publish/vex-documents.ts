/**
 * The `vex` input: OpenVEX documents from files or URLs, read and checked against the spec
 * before anything is built, then handed to Trivy (`--vex`, so statements that the image is
 * not affected drop findings out of the gate) and attested about the image as OpenVEX
 * predicates (cosign `--type openvex`), which `imprint verify` counts only when a VEX signer
 * the policy names signed them.
 * A URL is fetched only over https, or plain http to this machine's loopback; redirects are
 * refused (one could lead off https), and the body is cut off at the predicate size limit.
 */
import { PREDICATE_OPENVEX } from '../attest/predicate-types.js';
import { ImprintError, messageOf } from '../errors.js';
import type { InputReader } from '../inputs/reader.js';
import { type VexDocument, parseOpenVex } from '../scan/openvex.js';
import { MAX_PREDICATE_BYTES, entriesOf, readTextWithin } from './custom-predicates.js';
import type { RequestedAttestation } from './requested-attestation.js';

/** A VEX document as given, checked: the JSON is what is attested and what Trivy reads. */
export interface LoadedVex {
  /** The path or URL it came from. */
  source: string;
  document: VexDocument;
  json: Record<string, unknown>;
}

export type FetchText = (url: URL, maxBytes: number) => Promise<string>;

const FETCH_TIMEOUT_MS = 30_000;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The entries of the `vex` input, each a path or an https (or loopback http) URL. */
export function readVexInputs(inputs: InputReader): string[] {
  const entries = entriesOf(inputs, 'vex');
  for (const entry of entries) {
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) continue;
    const problem = urlProblem(entry);
    if (problem !== undefined) {
      throw new ImprintError('INPUT_INVALID', `input "vex": ${entry} ${problem}`, {
        hint: 'give an https URL, or a path to the OpenVEX file in the workspace',
      });
    }
  }
  return entries;
}

/** Why a URL is not one imprint fetches VEX from; undefined when it is. */
function urlProblem(text: string): string | undefined {
  if (!URL.canParse(text)) return 'is not a valid URL';
  const url = new URL(text);
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return undefined;
  if (url.protocol === 'http:')
    return 'is plain http to another machine: anyone on the way could change the VEX (only https, or http to the loopback)';
  return `uses ${url.protocol.slice(0, -1)}: only https (or http to the loopback) is fetched`;
}

function isLoopback(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** Reads and checks each document, in order; the first that is not OpenVEX stops the run. */
export async function loadVexDocuments(
  entries: readonly string[],
  fetchText: FetchText = fetchWithin,
): Promise<LoadedVex[]> {
  const loaded: LoadedVex[] = [];
  for (const source of entries) {
    const isUrl = /^https?:\/\//i.test(source);
    const refuse = (what: string, hint: string) =>
      new ImprintError('INPUT_INVALID', `input "vex": ${source} ${what}`, { hint });
    const text = isUrl
      ? await fetchText(new URL(source), MAX_PREDICATE_BYTES).catch((error: unknown) => {
          throw error instanceof ImprintError
            ? error
            : refuse(
                `could not be fetched: ${messageOf(error)}`,
                'check the URL answers 200 with the document',
              );
        })
      : await readTextWithin(source, MAX_PREDICATE_BYTES, refuse);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw refuse(`is not JSON: ${messageOf(error)}`, 'an OpenVEX document is a JSON object');
    }
    const document = parseOpenVex(json, `input "vex": ${source}`);
    loaded.push({ source, document, json: json as Record<string, unknown> });
  }
  return loaded;
}

/** GET over the network with a deadline, no redirects, and at most `maxBytes` of body. */
async function fetchWithin(url: URL, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new ImprintError(
      'INPUT_INVALID',
      `input "vex": ${url.href} is larger than ${maxBytes} bytes, the limit for a VEX document`,
      {
        hint: 'split the VEX into smaller documents',
      },
    );
  const response = await fetch(url, {
    redirect: 'error',
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    headers: { accept: 'application/json' },
  });
  if (!response.ok)
    throw new Error(`the server answered ${response.status} ${response.statusText}`);
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Node's web stream is async-iterable; the DOM typing does not say so.
  const body = (response.body ?? []) as AsyncIterable<Uint8Array>;
  for await (const chunk of body) {
    size += chunk.byteLength;
    // Leaving the loop cancels the stream: the rest is never downloaded.
    if (size > maxBytes) break;
    chunks.push(chunk);
  }
  if (size > maxBytes) throw tooLarge();
  return Buffer.concat(chunks).toString('utf8');
}

/** The documents as attestations about the image (the index of a multi-platform image). */
export function vexAttestations(
  documents: readonly LoadedVex[],
  imageDigest: string,
): RequestedAttestation[] {
  return documents.map(({ json }, index) => ({
    predicateType: PREDICATE_OPENVEX,
    predicate: json,
    subjects: [imageDigest],
    kind: `vex-${index + 1}`,
  }));
}
