/**
 * Which build inputs each builder honours. An input a builder cannot honour fails before it
 * runs, naming the input and the builders that can: a cache, a secret or an annotation that
 * is quietly dropped would make a build that looks right and is not.
 */
import { ImprintError } from '../errors.js';
import type { BuilderName, BuildRequest } from './model.js';

/** The inputs not every builder has, by the names a person writes. */
export type BuildInputName =
  | 'cache-from'
  | 'cache-to'
  | 'secrets'
  | 'ssh'
  | 'pull'
  | 'no-cache'
  | 'annotations'
  | 'build-contexts'
  | 'buildx-provenance'
  | 'buildx-sbom';

const EVERY_INPUT: readonly BuildInputName[] = [
  'cache-from',
  'cache-to',
  'secrets',
  'ssh',
  'pull',
  'no-cache',
  'annotations',
  'build-contexts',
  'buildx-provenance',
  'buildx-sbom',
];

/** The README's support matrix says the same; test/unit/builders/support.test.ts holds them together. */
export const SUPPORTED_INPUTS: Record<BuilderName, ReadonlySet<BuildInputName>> = {
  buildx: new Set(EVERY_INPUT),
  // BuildKit's attestations are BuildKit's; buildah's cache is a registry repository (buildah.ts).
  buildah: new Set(
    EVERY_INPUT.filter((input) => input !== 'buildx-provenance' && input !== 'buildx-sbom'),
  ),
  // The legacy builder (no BuildKit) has no secrets, ssh, cache export or named contexts.
  docker: new Set<BuildInputName>(['pull', 'no-cache']),
};

/** Pure: the optional inputs a request uses. */
export function usedInputs(request: BuildRequest): BuildInputName[] {
  const secrets = request.secrets ?? [];
  const used: Record<BuildInputName, boolean> = {
    'cache-from': (request.cacheFrom ?? []).length > 0,
    'cache-to': (request.cacheTo ?? []).length > 0,
    // secret-files arrive as file secrets; one name covers both in the message below.
    secrets: secrets.length > 0,
    ssh: (request.ssh ?? []).length > 0,
    pull: request.pull === true,
    'no-cache': request.noCache === true,
    annotations: (request.annotations ?? []).length > 0,
    'build-contexts': Object.keys(request.buildContexts ?? {}).length > 0,
    'buildx-provenance': (request.buildkitAttestations?.provenance ?? 'false') !== 'false',
    'buildx-sbom': request.buildkitAttestations?.sbom === true,
  };
  return EVERY_INPUT.filter((input) => used[input]);
}

const DESCRIBED: Record<BuilderName, string> = {
  buildx: 'buildx',
  buildah: 'buildah',
  docker: 'docker (the legacy `docker build`, without BuildKit)',
};

/** Throws for the first input the request uses that `builder` cannot honour. */
export function checkSupported(builder: BuilderName, request: BuildRequest): void {
  const unsupported = usedInputs(request).find((input) => !SUPPORTED_INPUTS[builder].has(input));
  if (unsupported === undefined) return;
  const others = (['buildx', 'buildah'] as const).filter(
    (name) => name !== builder && SUPPORTED_INPUTS[name].has(unsupported),
  );
  const named = unsupported === 'secrets' ? 'secrets / secret-files' : unsupported;
  throw new ImprintError(
    'INPUT_CONFLICT',
    `builder ${DESCRIBED[builder]} does not support the input "${named}"`,
    {
      hint:
        others.length > 0
          ? `use ${others.map((name) => `builder: ${name}`).join(' or ')}, or remove "${named}"`
          : `remove "${named}"`,
    },
  );
}
