/**
 * `imprint conformance verify-bundle …`: the verify half of the sigstore-conformance CLI
 * protocol, so the conformance suite can drive imprint's verifier as it drives cosign.
 */
import { ImprintError } from '../../errors.js';
import { EXIT_FAILED, EXIT_OK } from '../exit-codes.js';
import { type CliIo, type Command, wantsHelp } from './command.js';

const USAGE = [
  'imprint conformance verify-bundle: verify a Sigstore bundle (sigstore-conformance protocol).',
  '',
  'Usage: imprint conformance verify-bundle --bundle FILE',
  '         (--certificate-identity I --certificate-oidc-issuer U | --key K)',
  '         [--trusted-root R] FILE_OR_sha256:DIGEST',
  '',
  'Exit code 0 when the bundle verifies, 1 when it does not.',
  '',
].join('\n');

export const conformanceCommand: Command = {
  summary: 'Conformance-suite door: verify-bundle.',
  help: () => USAGE,
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    if (wantsHelp(argv)) {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    const [verb, ...rest] = argv;
    if (verb !== 'verify-bundle') {
      throw new ImprintError('INPUT_INVALID', `unknown conformance verb "${verb ?? ''}"`, {
        hint: 'the only verb is verify-bundle',
      });
    }
    const { conformanceVerifyBundle } = await import('../../sigstore/verify/index.js');
    const result = await conformanceVerifyBundle(rest);
    io.stdout(`${result.message}\n`);
    return result.ok ? EXIT_OK : EXIT_FAILED;
  },
};
