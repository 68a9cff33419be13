/**
 * A TUF repository on loopback serving the stack's trusted_root.json: what a private Sigstore
 * publishes, and the only way Kyverno takes a trusted root for keyless verification (its
 * verifiers read `trusted_root.json` through TUF, ignoring the policy's roots and keys).
 * The metadata is @tufjs/repo-mock's (signed, expiring in a day); the package entry loads
 * nock, so its modules are imported one by one (HARNESS.md).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tufHandlers } from '@tufjs/repo-mock/dist/handler.js';
import { initializeTUFRepo } from '@tufjs/repo-mock/dist/repo.js';

export interface TufRepository {
  /** The mirror URL: metadata at its root, targets under /targets. */
  url: string;
  /** The initial root.json a client is told to trust. */
  rootJson: string;
  stop(): Promise<void>;
}

/**
 * Whether Go writes this time back as JavaScript wrote it. go-tuf checks a signature over its own
 * canonical encoding of the parsed metadata, and Go drops trailing zeros of the fraction
 * (".120Z" becomes ".12Z"), so metadata signed with such an `expires` fails Kyverno's set-up
 * ("Verifying targets failed, not enough signatures") one start in three.
 */
export function goKeepsTime(iso: string): boolean {
  return !/\.\d*0Z$/.test(iso);
}

type MockRepository = ReturnType<typeof initializeTUFRepo>;

function expiriesOf(repo: MockRepository): string[] {
  return [repo.rootMeta, repo.targetsMeta, repo.snapshotMeta, repo.timestampMeta].map(
    (meta) => meta.signed.expires,
  );
}

/** A repository whose every `expires` reads the same in Go; the mock stamps "now + 1 year". */
export function initializeGoReadableRepo(targets: { name: string; content: string }[]) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const repo = initializeTUFRepo(targets);
    if (expiriesOf(repo).every(goKeepsTime)) return repo;
  }
  throw new Error('no TUF repository with Go-readable expiry times in 100 attempts');
}

export async function startTufRepository(trustedRootJson: string): Promise<TufRepository> {
  const repo = initializeGoReadableRepo([{ name: 'trusted_root.json', content: trustedRootJson }]);
  const handlers = tufHandlers(repo, { metadataPathPrefix: '', targetPathPrefix: '/targets' });
  const server = createServer((request, response) => {
    const handler = handlers.find((h) => h.path === request.url);
    if (!handler) {
      response.writeHead(404).end();
      return;
    }
    const result = handler.fn();
    response
      .writeHead(result.statusCode, {
        'content-type': result.contentType ?? 'application/octet-stream',
      })
      .end(result.response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    rootJson: JSON.stringify(repo.rootMeta.toJSON()),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
