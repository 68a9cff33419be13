/**
 * The publish inputs (declared in src/inputs/tables/publish.ts) → typed, validated options.
 * Pure: no I/O beyond reading the input source.
 */
import type { BuildInputs } from '../builders/model.js';
import { ImprintError } from '../errors.js';
import { InputReader } from '../inputs/reader.js';
import type { InputSource } from '../inputs/spec.js';
import {
  type BUILDER_CHOICES,
  PUBLISH_INPUTS,
  type SBOM_FORMAT_CHOICES,
} from '../inputs/tables/publish.js';
import type { ScanMode } from '../inputs/tables/scan.js';
import { readScanOptions, type ScanOptions } from '../scan/options.js';
import { inlineBuildSecrets, readBuildInputs } from './build-options.js';
import { type CustomPredicateInput, readCustomPredicateInputs } from './custom-predicates.js';
import type { GitHubAttestationsSetting } from './github-attestations-step.js';
import { readVexInputs } from './vex-documents.js';
import { readSignOptions, type SignOptions } from './sign-options.js';

export type BuilderChoice = (typeof BUILDER_CHOICES)[number];

/** Which SBOM documents are written and attested; both come from one catalogue. */
export type SbomFormat = (typeof SBOM_FORMAT_CHOICES)[number];

export interface SbomOptions {
  enabled: boolean;
  format: SbomFormat;
  /** Where the SBOM files go; undefined: a new temp directory. */
  directory?: string;
}

export interface PublishScanOptions {
  /** auto: scan when Trivy can be had, else skip with a notice; true: require it; false: never. */
  mode: ScanMode;
  /** Trivy, the gate and the report files. */
  trivy: ScanOptions;
}

export interface RegistryCredentialsInput {
  username: string;
  password: string;
}

export interface PublishOptions {
  /** The repository (or, with builder none, the image reference) as the user wrote it: the first of `image`. */
  image: string;
  /** The further repositories of `image`: the image is copied to each, and signed and attested there. */
  moreImages?: string[];
  tags: string[];
  context: string;
  file?: string;
  buildArgs: Record<string, string>;
  target?: string;
  platforms: string[];
  labels: Record<string, string>;
  /** Caches, secrets, pull, annotations, named contexts: handed to the builder as they are. */
  buildInputs: BuildInputs;
  builder: BuilderChoice;
  push: boolean;
  credentials?: RegistryCredentialsInput;
  registryCaFile?: string;
  insecureRegistries: string[];
  /** Signing, attestations, storage format and read-back. */
  sign: SignOptions;
  /** Uploading the attestations to GitHub's Attestations API too. */
  github: { attestations: GitHubAttestationsSetting; token?: string };
  sbom: SbomOptions;
  scan: PublishScanOptions;
  /** The user's own predicates to attest about the image (predicate-type + predicate-path). */
  predicates: CustomPredicateInput[];
  /** OpenVEX documents (paths or URLs): given to Trivy and attested about the image. */
  vex: string[];
  /** A policy file to verify the published image against before the step succeeds. */
  policy?: string;
  summary: boolean;
}

const PLATFORM_FORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;

export function readPublishOptions(source: InputSource): PublishOptions {
  const inputs = new InputReader(source, PUBLISH_INPUTS);
  const builder = inputs.choice<BuilderChoice>('builder');
  const [image, ...moreImages] = inputs.list('image');
  if (image === undefined) {
    throw new ImprintError('INPUT_INVALID', 'input "image" is required', {
      hint: 'set "image" to the repository to publish, e.g. ghcr.io/acme/app',
    });
  }
  const username = inputs.string('registry-username');
  const password = inputs.string('registry-password');
  if ((username === undefined) !== (password === undefined)) {
    throw new ImprintError(
      'INPUT_CONFLICT',
      'registry-username and registry-password must be given together',
      { hint: 'set both, or neither to use the docker config / CI credentials' },
    );
  }
  const platforms = inputs.list('platforms');
  for (const platform of platforms) {
    if (!PLATFORM_FORM.test(platform)) {
      throw new ImprintError(
        'INPUT_INVALID',
        `input "platforms": "${platform}" is not a platform`,
        {
          hint: 'write os/arch[/variant], e.g. linux/amd64,linux/arm64/v8',
        },
      );
    }
  }
  const options: PublishOptions = {
    image,
    ...(moreImages.length > 0 && { moreImages }),
    tags: inputs.list('tags'),
    context: inputs.withDefault('context'),
    buildArgs: inputs.map('build-args'),
    platforms,
    labels: inputs.map('labels'),
    buildInputs: readBuildInputs(inputs),
    builder,
    push: inputs.boolean('push'),
    insecureRegistries: inputs.list('insecure-registries'),
    sign: readSignOptions(inputs, source),
    github: {
      attestations: inputs.choice<GitHubAttestationsSetting>('github-attestations'),
      ...optional('token', inputs.string('github-token')),
    },
    sbom: readSbomOptions(inputs),
    scan: readPublishScanOptions(inputs, source),
    predicates: readCustomPredicateInputs(inputs),
    vex: readVexInputs(inputs),
    ...optional('policy', inputs.string('policy')),
    summary: inputs.boolean('summary'),
  };
  const file = inputs.string('file');
  if (file !== undefined) options.file = file;
  const target = inputs.string('target');
  if (target !== undefined) options.target = target;
  const caFile = inputs.string('registry-ca-file');
  if (caFile !== undefined) options.registryCaFile = caFile;
  if (username !== undefined && password !== undefined)
    options.credentials = { username, password };
  return options;
}

function readSbomOptions(inputs: InputReader): SbomOptions {
  const directory = inputs.string('sbom-path');
  return {
    enabled: inputs.boolean('sbom'),
    format: inputs.choice<SbomFormat>('sbom-format'),
    ...(directory !== undefined && { directory }),
  };
}

function readPublishScanOptions(inputs: InputReader, source: InputSource): PublishScanOptions {
  const mode = inputs.choice<ScanMode>('scan');
  const trivy = readScanOptions(source);
  if (mode !== 'false' && trivy.target === 'sbom' && !inputs.boolean('sbom')) {
    throw new ImprintError('INPUT_CONFLICT', 'scan-target is sbom but sbom is false', {
      hint: 'set sbom: true so there is an SBOM to scan, or scan-target: image',
    });
  }
  // Trivy is handed imprint's CycloneDX document; an SPDX-only run writes none.
  if (mode !== 'false' && trivy.target === 'sbom' && inputs.choice('sbom-format') === 'spdx') {
    throw new ImprintError('INPUT_CONFLICT', 'scan-target is sbom but sbom-format is spdx', {
      hint: 'set sbom-format: both (the scan reads the CycloneDX one), or scan-target: image',
    });
  }
  return { mode, trivy };
}

/** The secrets among the inputs, to mask before anything is logged. */
export function publishSecrets(source: InputSource): string[] {
  return PUBLISH_INPUTS.filter((spec) => spec.secret)
    .map((spec) => source(spec.name))
    .filter((value): value is string => value !== undefined && value !== '')
    .concat(inlineBuildSecrets(source));
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
