/** `imprint sbom IMAGE`: a CycloneDX (or SPDX) SBOM of any image, read from its registry. */
import { writeFileSync } from 'node:fs';
import { ImprintError } from '../../errors.js';
import { parseFlags } from '../../inputs/flags.js';
import type { InputSpec } from '../../inputs/spec.js';
import { RegistryClient } from '../../registry/client.js';
import { DEFAULT_TAG, parseReference } from '../../registry/reference.js';
import type { SbomResult } from '../../sbom/generate.js';
import { EXIT_OK } from '../exit-codes.js';
import { type CliIo, type Command } from './command.js';
import { flagHelp } from './output.js';

const FORMATS = ['cyclonedx', 'spdx'] as const;

const FLAGS: readonly InputSpec[] = [
  {
    name: 'platform',
    kind: 'string',
    description: 'For a multi-platform image: which platform (default linux/amd64 when present).',
  },
  { name: 'output', kind: 'string', description: 'Write the SBOM to this file (default: stdout).' },
  {
    name: 'format',
    kind: 'choice',
    default: 'cyclonedx',
    choices: FORMATS,
    description: 'cyclonedx (CycloneDX 1.6) or spdx (SPDX 2.3 JSON), from the same catalogue.',
  },
  {
    name: 'insecure-registries',
    kind: 'list',
    description: 'Registry hosts reached over plain HTTP.',
  },
  {
    name: 'registry-ca-file',
    kind: 'string',
    description: 'PEM file of extra certificate authorities for the registry.',
  },
  { name: 'help', kind: 'boolean', description: 'Show this help.' },
];

const HELP = [
  'imprint sbom: a CycloneDX 1.6 (or SPDX 2.3) SBOM of an image, read from its registry (no Docker engine needed).',
  '',
  'Usage: imprint sbom IMAGE [flags]',
  '',
  'Credentials come from the docker config, CI_REGISTRY_* on GitLab, or GITHUB_TOKEN for ghcr.io.',
  '',
  'Flags:',
  ...flagHelp(FLAGS, []),
  '',
].join('\n');

export const sbomCommand: Command = {
  summary: 'Print a CycloneDX SBOM of any image, read from its registry.',
  help: () => HELP,
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseFlags(argv, FLAGS);
    const [imageText, ...extra] = parsed.positionals;
    if (parsed.values.has('help')) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    if (imageText === undefined) {
      throw new ImprintError('INPUT_INVALID', 'imprint sbom needs an image: imprint sbom IMAGE', {
        hint: 'e.g. imprint sbom ghcr.io/acme/app@sha256:… (see imprint sbom --help)',
      });
    }
    if (extra.length > 0)
      throw new ImprintError('INPUT_INVALID', `sbom takes one image; got also "${extra[0]}"`);
    const format = formatOf(parsed.values.get('format'));
    const image = parseReference(imageText);
    const insecure = (parsed.values.get('insecure-registries') ?? '')
      .split(/[\n,]/)
      .map((host) => host.trim());
    const caFile = parsed.values.get('registry-ca-file');
    const { readFileSync } = await import('node:fs');
    const client = await RegistryClient.connect(image.registry, {
      insecure: insecure.includes(image.registry),
      ...(caFile ? { caCertificates: [readFileSync(caFile, 'utf8')] } : {}),
      env: io.env,
    });
    try {
      const { platformManifests, sbomForManifest } = await import('../../sbom/registry-source.js');
      const digest =
        image.digest ??
        (await client.headManifest(image.repository, image.tag ?? DEFAULT_TAG))?.digest;
      if (!digest)
        throw new ImprintError(
          'REGISTRY_NOT_FOUND',
          `image ${imageText} does not exist in the registry`,
        );
      const manifests = await platformManifests(client, image.repository, digest);
      const wanted =
        parsed.values.get('platform') ?? (manifests.length > 1 ? 'linux/amd64' : undefined);
      const manifest =
        wanted === undefined
          ? manifests[0]
          : manifests.find((candidate) => candidate.platform === wanted);
      if (!manifest) {
        throw new ImprintError(
          'INPUT_INVALID',
          `image ${imageText} has no platform ${wanted ?? ''}`,
          {
            hint: `choose one with --platform: ${manifests.map((candidate) => candidate.platform).join(', ')}`,
          },
        );
      }
      const { progressFor } = await import('../../ci/progress.js');
      const { PlainLogger } = await import('../../ci/log.js');
      const result = await sbomForManifest(client, image, manifest, {
        progress: progressFor({ platform: 'local', log: new PlainLogger() }),
      });
      for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
      const json = JSON.stringify(await documentOf(result, format), null, 2) + '\n';
      const output = parsed.values.get('output');
      if (output) writeFileSync(output, json);
      else io.stdout(json);
      return EXIT_OK;
    } finally {
      await client.close();
    }
  },
};

function formatOf(text = 'cyclonedx'): (typeof FORMATS)[number] {
  const format = FORMATS.find((known) => known === text);
  if (format === undefined)
    throw new ImprintError(
      'INPUT_INVALID',
      `--format must be one of ${FORMATS.join(', ')}; got "${text}"`,
    );
  return format;
}

/** The catalogue as the format asked for: the CycloneDX document is made already. */
async function documentOf(result: SbomResult, format: (typeof FORMATS)[number]): Promise<unknown> {
  if (format === 'cyclonedx') return result.bom;
  const { buildSpdx } = await import('../../sbom/spdx.js');
  return buildSpdx(result.components, { image: result.image, now: result.createdAt });
}
