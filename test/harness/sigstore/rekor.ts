/**
 * Rekor v1 over @sigstore/mock's transparency log (signed entry timestamps, checkpoints and
 * inclusion proofs). What the mock leaves out and real Rekor does, this adds:
 * - entries are stored in Rekor's canonical form: a `dsse` entry as
 *   `{envelopeHash, payloadHash, signatures[{signature, verifier}]}` (not as submitted), an
 *   `intoto` entry without its payload;
 * - a new entry answers 201 with its UUID in `ETag` and `Location`; an entry already in the
 *   log answers 409 with `Location` of the existing one;
 * - entries can be read back by UUID and by log index;
 * - inclusion proofs are in one growing tree that already holds entries (merkle.ts), not in a
 *   one-leaf tree per entry.
 */
import { createHash } from 'node:crypto';
import type { TLog } from '@sigstore/mock/dist/rekor/tlog.js';
import type { MerkleLog } from './merkle.js';
import { json, type ServiceHandler, type ServiceReply } from './service.js';

const ENTRIES_PATH = '/api/v1/log/entries';

interface StoredEntry {
  uuid: string;
  logIndex: number;
  entry: unknown;
}

interface ProposedEntry {
  kind?: string;
  apiVersion?: string | undefined;
  spec?: Record<string, unknown>;
}

interface LoggedEntry {
  body: string;
  integratedTime: number;
  logIndex: number;
  verification: { inclusionProof: unknown };
}

export function rekorHandler(tlog: TLog, tree: MerkleLog): ServiceHandler {
  const byBody = new Map<string, StoredEntry>();
  const byUuid = new Map<string, StoredEntry>();
  const byIndex = new Map<number, StoredEntry>();

  const create = async (body: Buffer): Promise<ServiceReply> => {
    let proposed: ProposedEntry;
    try {
      proposed = canonicalEntry(JSON.parse(body.toString()) as ProposedEntry);
    } catch (error) {
      return json(400, { code: 400, message: `invalid entry: ${String(error)}` });
    }
    const key = sha256Hex(JSON.stringify(proposed));
    const existing = byBody.get(key);
    if (existing) {
      return json(
        409,
        {
          code: 409,
          message: `an equivalent entry already exists in the transparency log with UUID ${existing.uuid}`,
        },
        { location: `${ENTRIES_PATH}/${existing.uuid}` },
      );
    }
    const logged = (await tlog.log(proposed)) as Record<string, LoggedEntry>;
    const [uuid, entry] = Object.entries(logged)[0]!;
    entry.verification.inclusionProof = tree.append(
      Buffer.from(entry.body, 'base64'),
      entry.integratedTime,
    );
    const stored = { uuid, logIndex: entry.logIndex, entry: logged };
    byBody.set(key, stored);
    byUuid.set(uuid, stored);
    byIndex.set(entry.logIndex, stored);
    // ETag is the UUID, as real Rekor sends it: sigstore-go (cosign v3) picks the entry by it.
    return json(201, logged, { location: `${ENTRIES_PATH}/${uuid}`, etag: uuid });
  };

  return async (request) => {
    if (request.method === 'POST' && request.path === ENTRIES_PATH) return create(request.body);
    if (request.method === 'GET' && request.path === ENTRIES_PATH) {
      const stored = byIndex.get(Number(request.query.get('logIndex')));
      return stored ? json(200, stored.entry) : json(404, { code: 404, message: 'not found' });
    }
    if (request.method === 'GET' && request.path.startsWith(`${ENTRIES_PATH}/`)) {
      const stored = byUuid.get(request.path.slice(ENTRIES_PATH.length + 1));
      return stored ? json(200, stored.entry) : json(404, { code: 404, message: 'not found' });
    }
    return Promise.resolve(
      json(404, { code: 404, message: `no ${request.method} ${request.path}` }),
    );
  };
}

/** The body real Rekor stores (and signs) for a proposed entry. */
export function canonicalEntry(proposed: ProposedEntry): ProposedEntry {
  if (proposed.kind === 'dsse') return canonicalDsse(proposed);
  if (proposed.kind === 'intoto') return canonicalIntoto(proposed);
  if (proposed.kind === 'hashedrekord') return proposed;
  throw new Error(`unsupported kind ${String(proposed.kind)}`);
}

interface DsseProposal {
  proposedContent: { envelope: string; verifiers: string[] };
}

function canonicalDsse(proposed: ProposedEntry): ProposedEntry {
  const { envelope, verifiers } = (proposed.spec as unknown as DsseProposal).proposedContent;
  const parsed = JSON.parse(envelope) as { payload: string; signatures: { sig: string }[] };
  if (parsed.signatures.length !== verifiers.length) {
    throw new Error('each DSSE signature needs one verifier');
  }
  return {
    apiVersion: proposed.apiVersion,
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256Hex(envelope) },
      payloadHash: {
        algorithm: 'sha256',
        value: sha256Hex(Buffer.from(parsed.payload, 'base64')),
      },
      // Rekor sorts signatures so that one envelope always logs to one body.
      signatures: parsed.signatures
        .map((signature, i) => ({ signature: signature.sig, verifier: verifiers[i] }))
        .sort((a, b) => a.signature.localeCompare(b.signature)),
    },
  };
}

function canonicalIntoto(proposed: ProposedEntry): ProposedEntry {
  const content = (proposed.spec as { content: { envelope: Record<string, unknown> } }).content;
  const envelope = { ...content.envelope };
  delete envelope.payload;
  return { ...proposed, spec: { content: { ...content, envelope } } };
}

function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
