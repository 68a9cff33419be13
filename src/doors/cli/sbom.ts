/**
 * `imprint sbom IMAGE`: a CycloneDX (or SPDX) SBOM of any image, read from its registry. The
 * door maps the flags to a request for sbom/image-sbom.ts and prints what it returns.
 */
import { writeFileSync } from 'node:fs';
import { detectPlatform } from '../../ci/choose-platform.js';
import { PlainLogger } from '../../ci/log.js';
import { progressFor } from '../../ci/progress.js';
import { ImprintError } from '../../errors.js';
import { parseFlags } from '../../inputs/flags.js';
import { InputReader } from '../../inputs/reader.js';
import type { InputSpec } from '../../inputs/spec.js';
import { INSECURE_REGISTRIES_INPUT, REGISTRY_CA_FILE_INPUT } from '../../inputs/tables/shared.js';
import { readCaFile } from '../../registry/ca-file.js';
import { SBOM_FORMATS, type SbomFormat, sbomOfImage } from '../../sbom/image-sbom.js';
import { EXIT_OK } from '../exit-codes.js';
import { type CliIo, type Command } from './command.js';
import { flagHelp } from './output.js';

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
    choices: SBOM_FORMATS,
    description: 'cyclonedx (CycloneDX 1.6) or spdx (SPDX 2.3 JSON), from the same catalogue.',
  },
  INSECURE_REGISTRIES_INPUT,
  REGISTRY_CA_FILE_INPUT,
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
    const inputs = new InputReader((name) => parsed.values.get(name), FLAGS);
    const format = formatOf(inputs.string('format'));
    const caFile = inputs.string('registry-ca-file');
    const platform = inputs.string('platform');
    const ci = detectPlatform(io.env);
    const sbom = await sbomOfImage({
      image: imageText,
      format,
      ...(platform !== undefined && { platform }),
      registry: {
        insecureRegistries: inputs.list('insecure-registries'),
        ...(caFile && { caCertificates: [readCaFile(caFile)] }),
        env: io.env,
      },
      progress: progressFor({ platform: ci, log: new PlainLogger() }),
      tempRoot: ci.tempRoot,
    });
    for (const warning of sbom.warnings) process.stderr.write(`warning: ${warning}\n`);
    const json = JSON.stringify(sbom.document, null, 2) + '\n';
    const output = inputs.string('output');
    if (output) writeFileSync(output, json);
    else io.stdout(json);
    return EXIT_OK;
  },
};

function formatOf(text = 'cyclonedx'): SbomFormat {
  const format = SBOM_FORMATS.find((known) => known === text);
  if (format === undefined)
    throw new ImprintError(
      'INPUT_INVALID',
      `--format must be one of ${SBOM_FORMATS.join(', ')}; got "${text}"`,
    );
  return format;
}
