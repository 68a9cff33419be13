/**
 * An RFC 6962 Merkle tree with inclusion proofs and signed checkpoints, for the loopback Rekor.
 * @sigstore/mock proves each entry in a tree of its own (index 0, size 1, no hashes): real Rekor
 * proves entries in one growing shard, and a verifier that requires `inclusionProof.logIndex`
 * (sigstore-python) cannot read an index of 0, which protobuf JSON leaves out. So this log
 * starts with entries already in it, like a shard in service, and grows.
 */
import { createHash, type KeyObject, randomBytes, randomInt, sign } from 'node:crypto';

export interface InclusionProof {
  logIndex: number;
  treeSize: number;
  /** hex, as Rekor's API writes them */
  rootHash: string;
  hashes: string[];
  checkpoint: string;
}

const sha256 = (...parts: Buffer[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

export const leafHash = (body: Buffer): Buffer => sha256(Buffer.from([0]), body);
const nodeHash = (left: Buffer, right: Buffer): Buffer => sha256(Buffer.from([1]), left, right);

/** The largest power of two smaller than n (n > 1). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

export function rootOf(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 1) return leaves[0]!;
  const k = split(leaves.length);
  return nodeHash(rootOf(leaves.slice(0, k)), rootOf(leaves.slice(k)));
}

/** RFC 6962 §2.1.1 PATH(m, D[n]): the audit path of leaf m, from the leaf up. */
export function auditPath(m: number, leaves: readonly Buffer[]): Buffer[] {
  if (leaves.length <= 1) return [];
  const k = split(leaves.length);
  return m < k
    ? [...auditPath(m, leaves.slice(0, k)), rootOf(leaves.slice(k))]
    : [...auditPath(m - k, leaves.slice(k)), rootOf(leaves.slice(0, k))];
}

export class MerkleLog {
  private readonly leaves: Buffer[] = [];
  private readonly treeId = randomInt(2 ** 47);

  /**
   * @param origin the checkpoint origin's host (Rekor writes `<host> - <tree id>`)
   * @param logId the log's key id: its first four bytes are the signature's key hint
   */
  constructor(
    private readonly origin: string,
    private readonly logId: Buffer,
    private readonly privateKey: KeyObject,
    prefilled = 1000 + randomInt(1000),
  ) {
    for (let i = 0; i < prefilled; i++) this.leaves.push(leafHash(randomBytes(32)));
  }

  /** Appends an entry body; proves it in the tree as it stands right after. */
  append(body: Buffer, integratedTime: number): InclusionProof {
    const logIndex = this.leaves.push(leafHash(body)) - 1;
    const leaves = [...this.leaves];
    const rootHash = rootOf(leaves);
    const note = [
      `${this.origin} - ${this.treeId}`,
      `${leaves.length}`,
      rootHash.toString('base64'),
      `Timestamp: ${integratedTime * 1_000_000_000}`,
      '',
    ].join('\n');
    const signature = sign('sha256', Buffer.from(note), this.privateKey);
    const hintAndSignature = Buffer.concat([this.logId.subarray(0, 4), signature]);
    return {
      logIndex,
      treeSize: leaves.length,
      rootHash: rootHash.toString('hex'),
      hashes: auditPath(logIndex, leaves).map((hash) => hash.toString('hex')),
      checkpoint: `${note}\n\u2014 ${this.origin} ${hintAndSignature.toString('base64')}\n`,
    };
  }
}
