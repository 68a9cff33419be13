/**
 * Getting the pinned Trivy: use `trivy` on PATH when it is that version, else the runner's
 * tool cache, else download the release archive and check it against the release's
 * checksums file BEFORE anything from it runs.
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, createReadStream, readFileSync, rmSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import * as tc from '@actions/tool-cache';
import { ImprintError, messageOf } from '../errors.js';
import { runProcess } from './process.js';
import { type TrivyRelease, parseChecksums, trivyRelease } from './trivy-release.js';
import { normalizeVersion, parseVersionText } from './trivy-version.js';

const TOOL_NAME = 'trivy';

export interface InstallOptions {
  /** The release to use, e.g. 0.58.1. */
  version: string;
  /** Download when neither PATH nor the tool cache has it (true on GitHub runners). */
  allowDownload: boolean;
  /** Where releases live; tests point this at a loopback server. */
  downloadBaseUrl?: string;
  /** Defaults: this process's PATH, platform and CPU. */
  pathEnv?: string;
  platform?: NodeJS.Platform;
  arch?: string;
}

export interface TrivyInstallation {
  path: string;
  version: string;
  source: 'path' | 'tool-cache' | 'download';
  /** Something the log should show, e.g. a different version on PATH used as is. */
  warning?: string;
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function findOnPath(name: string, pathEnv: string): string | undefined {
  return pathEnv
    .split(delimiter)
    .filter((dir) => dir !== '')
    .map((dir) => join(dir, name))
    .find(isExecutableFile);
}

/** The version a trivy binary reports, or undefined when it does not answer like Trivy. */
async function probeVersion(trivyPath: string): Promise<string | undefined> {
  try {
    const result = await runProcess(trivyPath, ['--version'], { timeoutMs: 30_000 });
    return result.exitCode === 0 ? parseVersionText(result.stdout) : undefined;
  } catch {
    return undefined;
  }
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function download(url: string, what: string, version: string): Promise<string> {
  try {
    return await tc.downloadTool(url);
  } catch (error) {
    throw new ImprintError(
      'SCANNER_MISSING',
      `could not download ${what} from ${url}: ${messageOf(error)}`,
      {
        cause: error,
        hint: `Check that trivy-version (${version}) names a published Trivy release, or install Trivy on PATH.`,
      },
    );
  }
}

/** Throws CHECKSUM_MISMATCH unless the archive's SHA-256 is the one the checksums file lists. */
async function verifyArchive(
  archive: string,
  checksumsFile: string,
  release: TrivyRelease,
): Promise<string> {
  const expected = parseChecksums(readFileSync(checksumsFile, 'utf8')).get(release.assetName);
  if (expected === undefined) {
    throw new ImprintError(
      'CHECKSUM_MISMATCH',
      `${release.checksumsName} lists no checksum for ${release.assetName}; refusing to run an unverified download`,
      { hint: `Check ${release.checksumsUrl}.` },
    );
  }
  const actual = await sha256File(archive);
  if (actual !== expected) {
    throw new ImprintError(
      'CHECKSUM_MISMATCH',
      `checksum mismatch for ${release.assetName}: ${release.checksumsName} says sha256 ${expected}, the download has sha256 ${actual}`,
      {
        hint: 'The download was altered or cut short; it was deleted and nothing from it ran. Retry, or check trivy-download-url.',
      },
    );
  }
  return actual;
}

async function downloadVerified(options: InstallOptions, version: string): Promise<string> {
  const release = trivyRelease(
    version,
    options.platform ?? process.platform,
    options.arch ?? process.arch,
    options.downloadBaseUrl,
  );
  const checksums = await download(release.checksumsUrl, release.checksumsName, version);
  const archive = await download(release.assetUrl, release.assetName, version);
  try {
    await verifyArchive(archive, checksums, release);
  } catch (error) {
    rmSync(archive, { force: true });
    throw error;
  } finally {
    rmSync(checksums, { force: true });
  }
  const extracted = await tc.extractTar(archive);
  rmSync(archive, { force: true });
  const cached = await tc.cacheDir(extracted, TOOL_NAME, version);
  rmSync(extracted, { recursive: true, force: true });
  return join(cached, TOOL_NAME);
}

/**
 * @actions/tool-cache reads RUNNER_TOOL_CACHE and RUNNER_TEMP from this process itself, so this
 * process's variables (not a copy handed down) say whether it can work. Whether to download at
 * all is the CI platform's call (platform.toolDownload, passed in as allowDownload).
 */
function toolCacheReady(): boolean {
  return Boolean(process.env.RUNNER_TOOL_CACHE) && Boolean(process.env.RUNNER_TEMP);
}

function missing(version: string, detail: string): ImprintError {
  return new ImprintError('SCANNER_MISSING', `Trivy ${version} is not available: ${detail}`, {
    hint:
      `Install Trivy ${version} on PATH (https://trivy.dev/latest/getting-started/installation/), ` +
      'or set trivy-version to the version you have, or run on a GitHub runner where imprint downloads it.',
  });
}

function fromToolCache(version: string): TrivyInstallation | undefined {
  if (!toolCacheReady()) return undefined;
  const cachedDir = tc.find(TOOL_NAME, version);
  const cached = cachedDir ? join(cachedDir, TOOL_NAME) : '';
  return cached && isExecutableFile(cached)
    ? { path: cached, version, source: 'tool-cache' }
    : undefined;
}

async function fromDownload(options: InstallOptions, version: string): Promise<TrivyInstallation> {
  if (!toolCacheReady()) {
    throw missing(
      version,
      'downloading needs the runner tool cache (RUNNER_TOOL_CACHE and RUNNER_TEMP are not set)',
    );
  }
  const downloaded = await downloadVerified(options, version);
  const reported = await probeVersion(downloaded);
  if (reported !== version)
    throw missing(version, `the downloaded binary reports version ${reported ?? 'nothing'}`);
  return { path: downloaded, version, source: 'download' };
}

/** PATH (at the pinned version) → tool cache → verified download → PATH at another version. */
export async function ensureTrivy(options: InstallOptions): Promise<TrivyInstallation> {
  const version = normalizeVersion(options.version);
  const onPath = findOnPath(TOOL_NAME, options.pathEnv ?? process.env.PATH ?? '');
  const pathVersion = onPath === undefined ? undefined : await probeVersion(onPath);
  if (onPath !== undefined && pathVersion === version)
    return { path: onPath, version, source: 'path' };

  const cached = fromToolCache(version);
  if (cached) return cached;
  if (options.allowDownload) return fromDownload(options, version);

  if (onPath !== undefined && pathVersion !== undefined) {
    const warning = `trivy-version is ${version} but ${onPath} is ${pathVersion}; scanning with ${pathVersion}`;
    return { path: onPath, version: pathVersion, source: 'path', warning };
  }
  throw missing(
    version,
    onPath === undefined
      ? 'no trivy on PATH'
      : `${onPath} does not answer \`trivy --version\` like Trivy`,
  );
}
