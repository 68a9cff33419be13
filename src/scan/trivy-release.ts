/**
 * Trivy's GitHub release layout, pure: which archive fits this machine, where it and the
 * release's checksums file live, and what the checksums file says.
 */
import { ImprintError } from '../errors.js';
import { TRIVY_RELEASES_URL } from '../inputs/tables/scan.js';

const OS_NAMES: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'Linux',
  darwin: 'macOS',
  freebsd: 'FreeBSD',
};
const ARCH_NAMES: Record<string, string> = {
  x64: '64bit',
  arm64: 'ARM64',
  arm: 'ARM',
  ppc64: 'PPC64LE',
  s390x: 's390x',
};

export interface TrivyRelease {
  version: string;
  assetName: string;
  assetUrl: string;
  checksumsName: string;
  checksumsUrl: string;
}

/** e.g. trivy_0.58.1_Linux-64bit.tar.gz */
export function releaseAssetName(version: string, platform: NodeJS.Platform, arch: string): string {
  const os = OS_NAMES[platform];
  const cpu = ARCH_NAMES[arch];
  if (os === undefined || cpu === undefined) {
    throw new ImprintError(
      'SCANNER_MISSING',
      `Trivy publishes no release archive for ${platform}/${arch}`,
      {
        hint: 'Install Trivy on PATH yourself (https://trivy.dev), at the version trivy-version names.',
      },
    );
  }
  return `trivy_${version}_${os}-${cpu}.tar.gz`;
}

export function trivyRelease(
  version: string,
  platform: NodeJS.Platform,
  arch: string,
  baseUrl: string = TRIVY_RELEASES_URL,
): TrivyRelease {
  const folder = `${baseUrl.replace(/\/+$/, '')}/v${version}`;
  const assetName = releaseAssetName(version, platform, arch);
  const checksumsName = `trivy_${version}_checksums.txt`;
  return {
    version,
    assetName,
    assetUrl: `${folder}/${assetName}`,
    checksumsName,
    checksumsUrl: `${folder}/${checksumsName}`,
  };
}

/** `sha256sum` output ("<hex>  <name>", name maybe prefixed with `*`) → name → lower-case hex. */
export function parseChecksums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^([0-9a-fA-F]{64})\s+\*?(\S+)\s*$/.exec(line.trim());
    if (match?.[1] !== undefined && match[2] !== undefined)
      sums.set(match[2], match[1].toLowerCase());
  }
  return sums;
}
