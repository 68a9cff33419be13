/**
 * GitHub's Sigstore trusted root (its Fulcio and timestamp authority, no log): refreshed over
 * TUF from GitHub's repository when the network may be used, the embedded copy otherwise. The
 * embedded files and their source are described in github/README.md.
 *
 * The refresh fails soft on purpose: it only ever replaces one root signed by GitHub with a
 * newer one, and the embedded root still verifies what GitHub's current CAs issued; a warning
 * says which was used.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { messageOf } from '../../errors.js';
import { GITHUB_URLS } from '../instances.js';
import tufRoot from './github/root.json' with { type: 'json' };
import trustedRoot from './github/trusted_root.json' with { type: 'json' };
import { parseTrustedRoot, validateTrustedRoot } from './trusted-root.js';

const EMBEDDED_GITHUB_ROOT_SOURCE = "the embedded trusted root of GitHub's Sigstore instance";

/** Where GitHub's root comes from; tests point it at a stand-in TUF repository. */
export interface GitHubRootSource {
  /** The TUF repository (metadata at its root, targets under /targets). */
  mirrorURL: string;
  /** The TUF root.json the refresh starts from. */
  tufRootJson: string;
  /** The trusted_root.json used when the refresh is not made or fails. */
  embeddedTrustedRootJson: string;
}

export const GITHUB_ROOT_SOURCE: GitHubRootSource = {
  mirrorURL: GITHUB_URLS.tufMirror,
  tufRootJson: JSON.stringify(tufRoot),
  embeddedTrustedRootJson: JSON.stringify(trustedRoot),
};

export interface GitHubRoot {
  root: TrustedRoot;
  source: string;
  /** Set when the refresh was wanted and failed: the embedded root was used instead. */
  warning?: string;
}

export interface GitHubRootOptions {
  /** true: the embedded root, no network. */
  offline: boolean;
  /** A folder for the TUF metadata cache (the job's temporary space). */
  cachePath: string;
  source?: GitHubRootSource;
}

export async function loadGitHubRoot(options: GitHubRootOptions): Promise<GitHubRoot> {
  const source = options.source ?? GITHUB_ROOT_SOURCE;
  const embedded = () =>
    parseTrustedRoot(source.embeddedTrustedRootJson, EMBEDDED_GITHUB_ROOT_SOURCE);
  if (options.offline) return { root: embedded(), source: EMBEDDED_GITHUB_ROOT_SOURCE };
  try {
    const root = await refreshOverTuf(source, options.cachePath);
    return {
      root,
      source: `the trusted root of GitHub's Sigstore instance (TUF, ${source.mirrorURL})`,
    };
  } catch (error) {
    return {
      root: embedded(),
      source: EMBEDDED_GITHUB_ROOT_SOURCE,
      warning: `GitHub's trusted root could not be refreshed from ${source.mirrorURL} (${messageOf(error)}); using ${EMBEDDED_GITHUB_ROOT_SOURCE} (see src/sigstore/verify/github/README.md for its date)`,
    };
  }
}

async function refreshOverTuf(source: GitHubRootSource, cachePath: string): Promise<TrustedRoot> {
  // @sigstore/tuf seeds its cache from a root.json file; the embedded one is written next to it.
  mkdirSync(cachePath, { recursive: true });
  const rootPath = join(cachePath, 'github-tuf-root.json');
  writeFileSync(rootPath, source.tufRootJson);
  const { getTrustedRoot } = await import('@sigstore/tuf');
  const root = await getTrustedRoot({
    mirrorURL: source.mirrorURL,
    rootPath,
    cachePath,
    retry: 1,
    timeout: 10_000,
  });
  return validateTrustedRoot(root, `GitHub's trusted root from ${source.mirrorURL}`);
}
