/**
 * cosign classic signatures and attestations (FORMATS.md §2): the `sha256-<hex>.sig` and
 * `.att` tags, one layer per signature. Keyless layers (with a certificate annotation) are
 * checked against the trusted root; key-signed ones against each policy key in turn.
 * Requests: 1 per tag (a 404 means none) + 1 blob per layer.
 *
 * As for referrers, every failure to fetch or read the tag or a layer's blob is fatal; only what
 * is decided about bytes read in full and digest-checked is a non-fatal problem of one layer.
 */
import { MAX_BUNDLE_BYTES } from '../attest/storage/oci.js';
import { ImprintError } from '../errors.js';
import type { RegistryClient } from '../registry/client.js';
import { referrersTag } from '../registry/referrers.js';
import {
  ANNOTATION_CERTIFICATE,
  type ClassicFailure,
  type ClassicResult,
  type ClassicVerifyOptions,
  type ManifestLayer,
  verifyCosignAttestations,
  verifyCosignSignatures,
} from '../sigstore/verify/index.js';
import { keylessSigner, type SignedBy } from './bundles.js';
import { classify, problem, unverified } from './classify.js';
import { add, type Collected, emptyCollected, oneLine, registryProblem } from './collected.js';
import type { SubjectContext } from './referrer-evidence.js';

const LAYER_TYPES = {
  sig: 'application/vnd.dev.cosign.simplesigning.v1+json',
  att: 'application/vnd.dsse.envelope.v1+json',
} as const;

type Kind = keyof typeof LAYER_TYPES;
type Verify = typeof verifyCosignSignatures;

interface Layer {
  index: number;
  layer: ManifestLayer;
}

export async function classicEvidence(context: SubjectContext, kind: Kind): Promise<Collected> {
  const collected = emptyCollected();
  const tag = `${referrersTag(context.digest)}.${kind}`;
  let fetched;
  try {
    fetched = await context.client.getManifest(context.repository, tag);
  } catch (error) {
    if (error instanceof ImprintError && error.code === 'REGISTRY_NOT_FOUND') return collected;
    collected.problems.push(registryProblem(`reading the cosign tag ${tag}`, error));
    return collected;
  }
  let layers: Layer[];
  try {
    layers = layersOf(fetched.bytes, kind, tag);
  } catch (error) {
    add(collected, problem(subjectOf(kind), undefined, { location: tag }, oneLine(error)));
    return collected;
  }
  const blobs = memoisedBlobs(context.client, context.repository);
  const fetchBlob = blobs.fetch;
  const verify: Verify = kind === 'sig' ? verifyCosignSignatures : verifyCosignAttestations;
  const options = { expectedDigest: context.digest, requireTlog: false, requireTimestamp: false };
  const keyless = layers.filter((l) => l.layer.annotations?.[ANNOTATION_CERTIFICATE]);
  const keyed = layers.filter((l) => !l.layer.annotations?.[ANNOTATION_CERTIFICATE]);
  const report = (layer: Layer, signedBy: SignedBy) =>
    add(
      collected,
      classify(signedBy, {
        subjectDigest: context.digest,
        source: 'cosign-classic',
        location: `${tag} layer ${layer.index}`,
      }),
    );

  if (keyless.length > 0) {
    const result = await verify(manifestOf(keyless), fetchBlob, {
      ...options,
      trust: context.trusts.root,
    });
    for (const ok of result.verified) {
      report(keyless[ok.layer]!, { verified: ok, signer: keylessSigner(ok) });
    }
    for (const failure of result.failures) {
      const layer = keyless[failure.layer]!;
      collected.problems.push(failureProblem(kind, tag, layer, failure.error, blobs.unread));
    }
  }
  const byKey = await verifyKeyed(keyed, kind, tag, context, blobs.unread, (trust) =>
    verify(manifestOf(keyed), fetchBlob, { ...options, trust }),
  );
  for (const { layer, signedBy } of byKey.verified) report(layer, signedBy);
  collected.problems.push(...byKey.problems);
  return collected;
}

/** Each policy key in turn over the key-signed layers; the first key that verifies a layer names its signer. */
async function verifyKeyed(
  keyed: Layer[],
  kind: Kind,
  tag: string,
  context: SubjectContext,
  unread: ReadonlyMap<string, unknown>,
  verifyAll: (trust: ClassicVerifyOptions['trust']) => Promise<ClassicResult>,
) {
  const verified: { layer: Layer; signedBy: SignedBy }[] = [];
  const problems: Collected['problems'] = [];
  if (keyed.length === 0) return { verified, problems };
  const reasons = new Map<number, string[]>(keyed.map((l) => [l.index, []]));
  const readErrors: ClassicFailure[] = [];
  for (const { keyRef, trust } of context.trusts.keys) {
    const result = await verifyAll(trust);
    for (const ok of result.verified) {
      const layer = keyed[ok.layer]!;
      if (!reasons.has(layer.index)) continue; // an earlier key already verified it
      reasons.delete(layer.index);
      const keyId = trust.publicKey?.keyId;
      verified.push({
        layer,
        signedBy: { verified: ok, signer: { kind: 'key', keyRef, ...(keyId && { keyId }) } },
      });
    }
    for (const failure of result.failures) {
      if (unread.has(keyed[failure.layer]!.layer.digest)) readErrors.push(failure);
      reasons.get(keyed[failure.layer]!.index)?.push(`${keyRef}: ${oneLine(failure.error)}`);
    }
  }
  const failed = readErrors[0];
  if (failed) {
    const error = unread.get(keyed[failed.layer]!.layer.digest);
    problems.push(registryProblem(`reading a layer of the cosign tag ${tag}`, error));
  }
  for (const [index, why] of reasons) {
    const layer = keyed.find((l) => l.index === index)!;
    const reason =
      why.length === 0
        ? 'signed with a public key, but the policy names no key signer to check it with'
        : `signed with a key that none of the policy's keys verifies (${why.join('; ')})`;
    problems.push(
      unverified(subjectOf(kind), predicateTypeOf(layer), `${tag} layer ${index}`, reason),
    );
  }
  return { verified, problems };
}

function failureProblem(
  kind: Kind,
  tag: string,
  layer: Layer,
  error: ImprintError,
  unread: ReadonlyMap<string, unknown>,
) {
  if (unread.has(layer.layer.digest)) {
    const readError = unread.get(layer.layer.digest);
    return registryProblem(`reading layer ${layer.index} of the cosign tag ${tag}`, readError);
  }
  return unverified(
    subjectOf(kind),
    predicateTypeOf(layer),
    `${tag} layer ${layer.index}`,
    oneLine(error),
  );
}

function layersOf(bytes: Buffer, kind: Kind, tag: string): Layer[] {
  let manifest: { layers?: unknown };
  try {
    manifest = JSON.parse(bytes.toString('utf8')) as { layers?: unknown };
  } catch {
    throw new ImprintError('VERIFY_FAILED', `${tag} is not a JSON manifest`);
  }
  const layers = Array.isArray(manifest.layers) ? (manifest.layers as ManifestLayer[]) : [];
  const matching = layers
    .map((layer, index) => ({ index, layer }))
    .filter(
      ({ layer }) => layer?.mediaType === LAYER_TYPES[kind] && typeof layer.digest === 'string',
    );
  if (matching.length === 0) {
    throw new ImprintError('VERIFY_FAILED', `${tag} holds no ${LAYER_TYPES[kind]} layer`, {
      hint: 'the tag was written by another tool, or by hand; cosign writes one layer per signature',
    });
  }
  return matching;
}

function manifestOf(layers: Layer[]): { layers: ManifestLayer[] } {
  return { layers: layers.map((l) => l.layer) };
}

function subjectOf(kind: Kind): 'signature' | 'attestation' {
  return kind === 'sig' ? 'signature' : 'attestation';
}

function predicateTypeOf(layer: Layer): string | undefined {
  return layer.layer.annotations?.predicateType || undefined;
}

/**
 * The same blob is read once even when several keys are tried over it. `unread` keeps the
 * error of every blob that could not be read, whatever the verifier makes of it afterwards.
 */
function memoisedBlobs(client: RegistryClient, repository: string) {
  const blobs = new Map<string, Promise<Buffer>>();
  const unread = new Map<string, unknown>();
  const fetch = (digest: string): Promise<Buffer> => {
    let blob = blobs.get(digest);
    if (!blob) {
      blob = client.getBlobBytes(repository, digest, MAX_BUNDLE_BYTES).catch((error: unknown) => {
        unread.set(digest, error);
        throw error;
      });
      blobs.set(digest, blob);
    }
    return blob;
  };
  return { fetch, unread: unread as ReadonlyMap<string, unknown> };
}
