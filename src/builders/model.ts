/**
 * What every image builder takes and gives back: the interface in front of buildx, the legacy
 * docker builder and buildah (builder.ts chooses and makes one). Types only.
 */
import type { LogSink } from './log.js';

export type BuilderName = 'buildx' | 'docker' | 'buildah';
export type BuilderChoice = 'auto' | BuilderName;

export interface RegistryLogin {
  /** Registry host as in the tags, e.g. `ghcr.io` or `127.0.0.1:5000`. */
  registry: string;
  username: string;
  password: string;
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
}

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
