/**
 * Downloading Trivy through @actions/tool-cache from a loopback HTTP server that serves a
 * release the way GitHub does: `v<version>/trivy_<version>_<OS>-<arch>.tar.gz` and
 * `v<version>/trivy_<version>_checksums.txt`. The archive holds the stand-in trivy.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { type Server, createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImprintError } from '../../../src/errors.js';
import { ensureTrivy } from '../../../src/scan/install.js';
import { releaseAssetName } from '../../../src/scan/trivy-release.js';
import { type StandInTrivy, writeStandInTrivy } from './stand-in-trivy.js';

const VERSION = '0.58.1';
const ASSET = releaseAssetName(VERSION, process.platform, process.arch);
const CHECKSUMS = `trivy_${VERSION}_checksums.txt`;

let work: string;
let server: Server;
let baseUrl: string;
let archive: Buffer;
let files: Map<string, Buffer>;
let requests: string[];
let packaged: StandInTrivy;
const saved = {
  RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE,
  RUNNER_TEMP: process.env.RUNNER_TEMP,
};

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

function serve(checksums: string): void {
  files = new Map([
    [`/releases/v${VERSION}/${ASSET}`, archive],
    [`/releases/v${VERSION}/${CHECKSUMS}`, Buffer.from(checksums)],
  ]);
}

async function failure(work: Promise<unknown>): Promise<ImprintError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof ImprintError) return error;
    throw error;
  }
  throw new Error('expected ensureTrivy to fail');
}

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const body = files.get(request.url ?? '');
    response.writeHead(body ? 200 : 404, { 'content-type': 'application/octet-stream' });
    response.end(body ?? 'Not Found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/releases`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'imprint-install-it-'));
  requests = [];
  // The release archive: the stand-in trivy plus the files a real release carries.
  const staging = join(work, 'release');
  packaged = writeStandInTrivy(staging, { version: VERSION });
  writeFileSync(join(staging, 'LICENSE'), 'Apache License 2.0\n');
  execFileSync('tar', ['-czf', join(work, ASSET), '-C', staging, 'trivy', 'LICENSE']);
  archive = readFileSync(join(work, ASSET));
  process.env.RUNNER_TOOL_CACHE = join(work, 'tool-cache');
  process.env.RUNNER_TEMP = join(work, 'runner-temp');
  mkdirSync(process.env.RUNNER_TOOL_CACHE);
  mkdirSync(process.env.RUNNER_TEMP);
});

afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  rmSync(work, { recursive: true, force: true });
});

const install = () =>
  ensureTrivy({
    version: VERSION,
    allowDownload: true,
    downloadBaseUrl: baseUrl,
    pathEnv: join(work, 'no-trivy-here'),
  });

describe('downloading Trivy (loopback release server, stand-in trivy inside)', () => {
  it('verifies the archive against the release checksums, caches it, and the extracted stand-in trivy runs', async () => {
    serve(`${'0'.repeat(64)}  trivy_${VERSION}_Linux-ARM64.tar.gz\n${sha256(archive)}  ${ASSET}\n`);
    const installed = await install();
    expect(installed.source).toBe('download');
    expect(installed.version).toBe(VERSION);
    expect(installed.path.startsWith(join(work, 'tool-cache', 'trivy', VERSION))).toBe(true);
    expect(requests).toEqual([
      `/releases/v${VERSION}/${CHECKSUMS}`,
      `/releases/v${VERSION}/${ASSET}`,
    ]);
    // The binary that answered the version probe is the extracted copy.
    expect(packaged.runs()).toEqual([{ argv: ['--version'], env: {} }]);
    expect(readdirSync(process.env.RUNNER_TEMP!)).toEqual([]);

    const again = await install();
    expect(again).toEqual({ ...installed, source: 'tool-cache' });
    expect(requests).toHaveLength(2);
  });

  it('refuses an archive whose SHA-256 is not the listed one, naming the file and both digests, before running it', async () => {
    const listed = sha256(Buffer.from('what the release really contained'));
    serve(`${listed}  ${ASSET}\n`);
    const error = await failure(install());
    expect(error.code).toBe('CHECKSUM_MISMATCH');
    expect(error.message).toBe(
      `checksum mismatch for ${ASSET}: ${CHECKSUMS} says sha256 ${listed}, the download has sha256 ${sha256(archive)}`,
    );
    expect(packaged.runs()).toEqual([]);
    expect(existsSync(join(work, 'tool-cache', 'trivy'))).toBe(false);
    expect(readdirSync(process.env.RUNNER_TEMP!)).toEqual([]);
  });

  it('refuses an archive the checksums file does not list', async () => {
    serve(`${sha256(archive)}  trivy_${VERSION}_macOS-ARM64.tar.gz\n`);
    const error = await failure(install());
    expect(error.code).toBe('CHECKSUM_MISMATCH');
    expect(error.message).toBe(
      `${CHECKSUMS} lists no checksum for ${ASSET}; refusing to run an unverified download`,
    );
    expect(packaged.runs()).toEqual([]);
  });

  it('says which file could not be downloaded for a release that does not exist', async () => {
    serve(`${sha256(archive)}  ${ASSET}\n`);
    const error = await failure(
      ensureTrivy({
        version: '0.99.0',
        allowDownload: true,
        downloadBaseUrl: baseUrl,
        pathEnv: '',
      }),
    );
    expect(error.code).toBe('SCANNER_MISSING');
    expect(error.message).toContain(
      `could not download trivy_0.99.0_checksums.txt from ${baseUrl}/v0.99.0/trivy_0.99.0_checksums.txt`,
    );
    expect(error.message).toContain('404');
    expect(error.hint).toContain('trivy-version (0.99.0)');
  });

  it('skips the download when trivy on PATH is already that version', async () => {
    const onPath = writeStandInTrivy(join(work, 'bin'), { version: VERSION });
    serve('');
    const installed = await ensureTrivy({
      version: `v${VERSION}`,
      allowDownload: true,
      downloadBaseUrl: baseUrl,
      pathEnv: onPath.dir,
    });
    expect(installed).toEqual({ path: onPath.path, version: VERSION, source: 'path' });
    expect(requests).toEqual([]);
  });

  it('downloads the pinned version when trivy on PATH is another one', async () => {
    const onPath = writeStandInTrivy(join(work, 'bin'), { version: '0.50.0' });
    serve(`${sha256(archive)}  ${ASSET}\n`);
    const installed = await ensureTrivy({
      version: VERSION,
      allowDownload: true,
      downloadBaseUrl: baseUrl,
      pathEnv: onPath.dir,
    });
    expect(installed.source).toBe('download');
    expect(onPath.runs()).toEqual([{ argv: ['--version'], env: {} }]);
  });

  it('cannot download outside a runner tool cache, and says so', async () => {
    delete process.env.RUNNER_TOOL_CACHE;
    const error = await failure(install());
    expect(error.code).toBe('SCANNER_MISSING');
    expect(error.message).toContain('RUNNER_TOOL_CACHE and RUNNER_TEMP are not set');
    expect(requests).toEqual([]);
  });
});
