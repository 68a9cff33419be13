/**
 * A real SoftHSM2 token for a test (Debian `softhsm2`, installed by scripts/setup.sh): its own
 * configuration file and token folder in a temp directory, named to the process by
 * SOFTHSM2_CONF, and initialised with softhsm2-util. The PIN is written to a file (pin-source).
 * A missing softhsm2 fails the test, naming the package: nothing is skipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SOFTHSM_MODULE = '/usr/lib/softhsm/libsofthsm2.so';

export interface SoftHsmToken {
  label: string;
  pin: string;
  pinFile: string;
  /** SOFTHSM2_CONF for the process and its children. */
  conf: string;
  /** `pkcs11:token=…;object=OBJECT?module-path=…` plus the query given (pin-source by default). */
  uri(object: string, query?: string): string;
  /** Deletes the token, its configuration and the PIN file. */
  remove(): void;
}

export function createSoftHsmToken(label = 'imprint-test', pin = '731905'): SoftHsmToken {
  if (!existsSync(SOFTHSM_MODULE)) {
    throw new Error(
      `${SOFTHSM_MODULE} is missing: install Debian's softhsm2 (scripts/setup.sh does)`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'imprint-softhsm-'));
  mkdirSync(join(dir, 'tokens'));
  const conf = join(dir, 'softhsm2.conf');
  writeFileSync(
    conf,
    `directories.tokendir = ${join(dir, 'tokens')}\nobjectstore.backend = file\nlog.level = ERROR\n`,
  );
  const pinFile = join(dir, 'pin');
  writeFileSync(pinFile, `${pin}\n`, { mode: 0o600 });
  execFileSync(
    'softhsm2-util',
    ['--init-token', '--free', '--label', label, '--pin', pin, '--so-pin', `${pin}0`],
    { env: { ...process.env, SOFTHSM2_CONF: conf }, stdio: 'pipe' },
  );
  return {
    label,
    pin,
    pinFile,
    conf,
    remove: () => rmSync(dir, { recursive: true, force: true }),
    uri: (object, query = `pin-source=${pinFile}`) =>
      `pkcs11:token=${label};object=${object}?module-path=${SOFTHSM_MODULE}${query ? `&${query}` : ''}`,
  };
}
