/**
 * The data every part of the SBOM step shares: what a cataloger is handed, what it returns,
 * and the component model the CycloneDX writer turns into a document.
 */

/** The package worlds we catalogue; each maps to one purl type. */
export type Ecosystem = 'os' | 'deb' | 'apk' | 'rpm' | 'npm' | 'pypi' | 'golang' | 'maven' | 'gem';

/** CycloneDX component types we emit. */
export type ComponentKind = 'library' | 'application' | 'operating-system';

/**
 * One licence statement. `spdxId` and `expression` are valid SPDX; `name` is the text as found
 * when no SPDX identifier fits (for example `public-domain` or `custom`).
 */
export type Licence = { spdxId: string } | { expression: string } | { name: string };

export interface Component {
  kind: ComponentKind;
  ecosystem: Ecosystem;
  name: string;
  /** Maven groupId; other ecosystems keep the namespace inside the purl only. */
  group?: string;
  version: string;
  purl?: string | undefined;
  licences: Licence[];
  /** Absolute path (leading `/`) of the file the component was read from, in the final filesystem. */
  location: string;
  /** Digest of the layer that brought `location` into the final filesystem. */
  layerDigest: string;
  /** Name of the cataloger that found it. */
  cataloger: string;
  /** purls of components (from the same cataloger run) this one depends on. */
  dependsOn?: string[];
  /** Extra facts worth keeping (architecture, source package, Go toolchain…), as properties. */
  properties?: Record<string, string>;
}

/** What the walker knows about a tar entry before reading its body. */
export interface EntryInfo {
  size: number;
  /** Permission bits (e.g. 0o755). */
  mode: number;
}

/** Sees a file's bytes chunk by chunk, keeping only what it needs. */
export interface FileScanner {
  write(chunk: Buffer): void;
  end(): Buffer | undefined;
}

/** A file handed to a cataloger: its normalised path (no leading `/`), bytes and layer. */
export interface CatalogFile {
  path: string;
  content: Buffer;
  layerDigest: string;
}

/** The operating system as read from os-release; package purls carry it as `distro`. */
export interface Distro {
  id: string;
  versionId?: string;
  versionCodename?: string;
  name?: string;
  prettyName?: string;
}

export interface CatalogContext {
  distro?: Distro;
  /**
   * Looks a path up in the final filesystem, following symbolic links (relative and absolute,
   * also in parent directories). Returns the file when some cataloger asked for its bytes.
   * Never throws: a symlink loop is reported as a warning and gives undefined.
   */
  lookup(path: string): CatalogFile | undefined;
  /** A scratch directory for catalogers that need a real file (sqlite). Removed afterwards. */
  tempDir: string;
}

export interface CatalogResult {
  components: Component[];
  warnings: string[];
  /** Only the os-release cataloger sets it; later catalogers see it in their context. */
  distro?: Distro;
  /**
   * OS package catalogers: the files their packages installed (path without leading `/`) →
   * the owning package's purl. Language packages read from those files get marked.
   */
  installedFiles?: ReadonlyMap<string, string>;
}

/**
 * A cataloger reads one kind of package record. The walker asks `wants` for every regular file
 * of every layer, buffers only what some cataloger wants, and hands each cataloger the wanted
 * files that survive in the final (merged) filesystem.
 */
export interface Cataloger {
  readonly name: string;
  /** `path` is normalised: relative to the image root, no leading `/`, no `.`/`..` segments. */
  wants(path: string, entry: EntryInfo): boolean;
  /**
   * Optional: shrink a wanted file while its layer is being walked (for binaries and archives
   * only a few bytes matter). Returning undefined drops the file.
   */
  reduce?(path: string, content: Buffer): Buffer | undefined;
  /**
   * Optional: read a wanted file that is over the per-file size limit as a stream instead of
   * skipping it (a Go binary of 100 MB needs only its build-info bytes). What the scanner
   * returns at the end is kept, as with `reduce`.
   */
  scanOversized?(path: string, entry: EntryInfo): FileScanner;
  catalog(files: CatalogFile[], context: CatalogContext): CatalogResult | Promise<CatalogResult>;
}
