/**
 * What every image builder takes and gives back: the interface in front of buildx, the legacy
 * docker builder and buildah (builder.ts chooses and makes one). Types only.
 */
import type { ActionsCacheService } from '../ci/platform.js';
import type { LogSink } from './log.js';

export type BuilderName = 'buildx' | 'docker' | 'buildah';
export type BuilderChoice = 'auto' | BuilderName;

export interface RegistryLogin {
  /** Registry host as in the tags, e.g. `ghcr.io` or `127.0.0.1:5000`. */
  registry: string;
  username: string;
  password: string;
}

/**
 * A secret a RUN step mounts (`RUN --mount=type=secret,id=ID`): read from a file, from an
 * environment variable of the builder process, or given as a value (written to a private
 * file for the build). Never on a command line, never in the image.
 */
export type BuildSecret =
  | { id: string; kind: 'file'; path: string }
  | { id: string; kind: 'env'; variable: string }
  | { id: string; kind: 'value'; value: string };

/** BuildKit's own attestations (buildx only); imprint makes and signs its own, so both off by default. */
export interface BuildkitAttestations {
  /** `false`, `true`, `mode=min` or `mode=max`, as buildx's `--provenance` takes it. */
  provenance: string;
  sbom: boolean;
}

export interface BuildRequest {
  context: string;
  /** Dockerfile path, relative to the working directory (default `<context>/Dockerfile`). */
  file?: string;
  /** Full references `host/repo:tag`, at least one; all are pushed. */
  tags: string[];
  /** e.g. `['linux/amd64', 'linux/arm64']`; `[]` = the builder's default. */
  platforms: string[];
  buildArgs: Record<string, string>;
  target?: string;
  labels: Record<string, string>;
  push: boolean;
  /** Logged in to with a temporary config (docker, buildx) or auth file (buildah). */
  registryAuth?: RegistryLogin[];
  /** Hosts served over plain http (loopback test registries). */
  insecureRegistries?: string[];
  /** Where the build's private temporary files go: the CI platform's tempRoot. */
  tempRoot: string;
  /** Cache sources, as buildx spells them: `type=registry,ref=…`, `type=local,src=…`, `type=gha`. */
  cacheFrom?: string[];
  /** Cache destinations, as buildx spells them: `type=registry,ref=…,mode=max`, `type=local,dest=…`. */
  cacheTo?: string[];
  secrets?: BuildSecret[];
  /** SSH agent sockets or keys a RUN step may use: `default`, or `ID=PATH[,PATH…]`. */
  ssh?: string[];
  /** Pull every base image again, even when a copy is held locally. */
  pull?: boolean;
  /** Build every step afresh, using no cached layer. */
  noCache?: boolean;
  /** Manifest (or index) annotations, `[type:]key=value` as buildx spells them. */
  annotations?: string[];
  /** Named contexts for `FROM name` / `COPY --from=name`: name → directory, image or URL. */
  buildContexts?: Record<string, string>;
  /** BuildKit's own provenance and SBOM (buildx only); off when not given. */
  buildkitAttestations?: BuildkitAttestations;
  /** The GitHub Actions cache service, for `type=gha` caches (from the CI platform). */
  actionsCache?: ActionsCacheService;
}

/** The inputs of a real build beyond the basics: caches, secrets, pulls, annotations, contexts. */
export type BuildInputs = Pick<
  BuildRequest,
  | 'cacheFrom'
  | 'cacheTo'
  | 'secrets'
  | 'ssh'
  | 'pull'
  | 'noCache'
  | 'annotations'
  | 'buildContexts'
  | 'buildkitAttestations'
>;

export interface BuildResult {
  /**
   * Digest of what was pushed (the index digest when multi-platform). When `push` is
   * false nothing was pushed: this is the local image ID (config digest) instead.
   */
  digest: string;
  pushed: boolean;
  mediaType?: string;
  /** `linux/amd64` → `sha256:…`, when the builder reports them. */
  platformDigests?: Record<string, string>;
  builder: BuilderName;
}

export interface Builder {
  name: BuilderName;
  available(): Promise<boolean>;
  build(request: BuildRequest, log: LogSink): Promise<BuildResult>;
}
