/**
 * The loopback instance's trust in the form cosign v2 takes for classic `.sig` / `.att` tags:
 * cosign v2 accepts `--trusted-root` only for Sigstore bundles, and reads the Fulcio roots,
 * the Rekor key and the CT log key of a private instance from SIGSTORE_* variables instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface TrustedRootFile {
  certificateAuthorities: { certChain: { certificates: { rawBytes: string }[] } }[];
  tlogs: { publicKey: { rawBytes: string } }[];
  ctlogs: { publicKey: { rawBytes: string } }[];
}

function pem(kind: 'CERTIFICATE' | 'PUBLIC KEY', base64: string): string {
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${kind}-----\n${lines.join('\n')}\n-----END ${kind}-----\n`;
}

/** Writes the PEM files into `dir` and returns the variables that name them. */
export function classicTrustEnv(trustedRootPath: string, dir: string): NodeJS.ProcessEnv {
  const root = JSON.parse(readFileSync(trustedRootPath, 'utf8')) as TrustedRootFile;
  const files = {
    SIGSTORE_ROOT_FILE: [
      'fulcio.pem',
      root.certificateAuthorities
        .flatMap((ca) => ca.certChain.certificates)
        .map((cert) => pem('CERTIFICATE', cert.rawBytes))
        .join(''),
    ],
    SIGSTORE_REKOR_PUBLIC_KEY: ['rekor.pub', pem('PUBLIC KEY', root.tlogs[0]!.publicKey.rawBytes)],
    SIGSTORE_CT_LOG_PUBLIC_KEY_FILE: [
      'ctlog.pub',
      pem('PUBLIC KEY', root.ctlogs[0]!.publicKey.rawBytes),
    ],
  };
  const env: NodeJS.ProcessEnv = {};
  for (const [name, [file, text]] of Object.entries(files)) {
    writeFileSync(join(dir, file!), text!);
    env[name] = join(dir, file!);
  }
  return env;
}
