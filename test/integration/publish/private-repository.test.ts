/**
 * A publish from a PRIVATE GitHub repository with the default `sigstore: auto`: it must sign with
 * GitHub's instance (Fulcio + TSA) and never send anything to the public Rekor, whose log would
 * publish the repository's name. Every HTTPS request the Sigstore clients make is observed and
 * kept on loopback (test/harness/https-reroute.ts): GitHub's Fulcio and TSA are served by the
 * loopback Sigstore stack as a STAND-IN, GitHub's TUF repository by a loopback STAND-IN serving
 * the stack's trusted root, and the public-good hosts are rerouted to the stack too, so a publish
 * that wrongly chose public-good would run to the end here and be caught by the request list.
 * GitHub's Attestations API is a STAND-IN server on 127.0.0.1 that records what it is sent.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPublishOptions } from '../../../src/publish/options.js';
import { runPublish } from '../../../src/publish/run.js';
import { GITHUB_ROOT_SOURCE } from '../../../src/sigstore/verify/github-root.js';
import { capturedContext } from '../../harness/context.js';
import { rerouteHttps, type Rerouting } from '../../harness/https-reroute.js';
import { scratchContext } from '../../harness/image.js';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { SOURCE_SHA } from '../../harness/sigstore/claims.js';
import { type SigstoreStack, startSigstoreStack } from '../../harness/sigstore/index.js';
import { startTufRepository, type TufRepository } from '../../peers/tuf.js';

const FAST_RETRY = { retries: 1, minTimeoutMs: 10, maxTimeoutMs: 20 };

let registry: TestRegistry;
let stack: SigstoreStack;
let standInTuf: TufRepository;
let transport: Rerouting;
let standInApi: Server;
const uploads: { url: string; authorization?: string; mediaType?: string }[] = [];
const TOKEN = 'ghs_privateRepositoryToken0123456789';

beforeAll(async () => {
  process.env.STORAGE_DRIVER ??= 'vfs'; // buildah reads it from the process, not from the run's env
  [registry, stack] = await Promise.all([startRegistry(), startSigstoreStack()]);
  standInTuf = await startTufRepository(JSON.stringify(stack.trustedRoot));
  standInApi = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const { bundle } = JSON.parse(body) as { bundle?: { mediaType?: string } };
      uploads.push({
        url: request.url!,
        ...(request.headers.authorization && { authorization: request.headers.authorization }),
        ...(bundle?.mediaType && { mediaType: bundle.mediaType }),
      });
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: uploads.length }));
    });
  });
  await new Promise<void>((resolve) => standInApi.listen(0, '127.0.0.1', resolve));
  transport = rerouteHttps({
    'fulcio.githubapp.com': stack.fulcioURL,
    'timestamp.githubapp.com': stack.tsaURL,
    'fulcio.sigstore.dev': stack.fulcioURL,
    'rekor.sigstore.dev': stack.rekorURL,
  });
});
afterAll(async () => {
  transport?.restore();
  await Promise.all([registry?.stop(), stack?.stop(), standInTuf?.stop()]);
  await new Promise((resolve) => standInApi?.close(resolve));
});

function eventPayload(visibility: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'imprint-event-')), 'event.json');
  writeFileSync(path, JSON.stringify({ repository: { full_name: 'acme/secret-app', visibility } }));
  return path;
}

function githubEnv(eventPath: string): NodeJS.ProcessEnv {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: `http://127.0.0.1:${(standInApi.address() as AddressInfo).port}`,
    ACTIONS_ID_TOKEN_REQUEST_URL: stack.githubTokenEndpoint.url,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.githubTokenEndpoint.requestToken,
    GITHUB_REPOSITORY: 'acme/secret-app',
    GITHUB_WORKFLOW_REF: 'acme/secret-app/.github/workflows/release.yml@refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY_ID: '2000',
    GITHUB_REPOSITORY_OWNER_ID: '1000',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: SOURCE_SHA,
    GITHUB_RUN_ID: '9000000001',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'imprint-runner-temp-')),
  };
}

describe('publish from a private repository (sigstore: auto)', () => {
  it("signs with GitHub's instance, reads it back, and makes no request to the public Rekor", async () => {
    const summaryFile = join(mkdtempSync(join(tmpdir(), 'imprint-summary-')), 'summary.md');
    const { context, output } = capturedContext(summaryFile);
    const inputs: Record<string, string> = {
      image: `${registry.host}/acme/secret-app`,
      context: scratchContext({ 'private.txt': 'private\n' }),
      builder: 'buildah',
      'insecure-registries': registry.host,
      sbom: 'false',
      scan: 'false',
      'github-token': TOKEN,
    };
    const githubRoot = {
      source: {
        ...GITHUB_ROOT_SOURCE,
        mirrorURL: standInTuf.url,
        tufRootJson: standInTuf.rootJson,
      },
    };
    transport.requests.length = 0;
    let error: unknown;
    try {
      await runPublish(
        readPublishOptions((name) => inputs[name]),
        context,
        {
          env: githubEnv(eventPayload('private')),
          sigstoreRetry: FAST_RETRY,
          githubRoot,
        },
      );
    } catch (caught) {
      error = caught;
    }
    const hosts = transport.requests.map((url) => new URL(url).host);
    // First: nothing went to the public-good instance, whatever else happened.
    expect(hosts.filter((host) => host.endsWith('sigstore.dev'))).toEqual([]);
    expect(hosts).toContain('fulcio.githubapp.com');
    expect(hosts).toContain('timestamp.githubapp.com');
    if (error !== undefined) throw error as Error;

    const log = output();
    expect(log).toContain(
      "Sigstore instance: github (sigstore: auto and the repository is private: GitHub's Fulcio and timestamp authority, no transparency log, so the repository's name never reaches the public Rekor)",
    );
    expect(log).toMatch(/read-back: (\d+) of \1 verified/);
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).toContain('| Sigstore | github: sigstore: auto and the repository is private');
    expect(context.outputs()['rekor-log-indexes']).toBe('[]');
    // What was signed (the provenance, the image signature statement) went to GitHub's
    // Attestations API too (the stand-in), with the token.
    expect(uploads.length).toBeGreaterThan(0);
    for (const upload of uploads) {
      expect(upload).toEqual({
        url: '/repos/acme/secret-app/attestations',
        authorization: `Bearer ${TOKEN}`,
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      });
    }
    expect(summary).toContain(
      `| GitHub attestations | ✅ ${uploads.length} uploaded to the Attestations API`,
    );
    expect(log).not.toContain(TOKEN);
    expect(summary).not.toContain(TOKEN);
  });
});
