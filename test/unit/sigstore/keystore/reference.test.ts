import { isImprintError } from '../../../../src/errors.js';
import {
  describeKeyReference,
  parseKeyReference,
} from '../../../../src/sigstore/keystore/index.js';

describe('what a key value names', () => {
  it('a file, for anything without a key-store scheme', () => {
    expect(parseKeyReference('cosign.key')).toBeUndefined();
    expect(parseKeyReference('/secrets/pkcs11.key')).toBeUndefined();
    expect(parseKeyReference('./awskms/cosign.pub')).toBeUndefined();
  });

  it('a store, by its scheme', () => {
    expect(parseKeyReference('awskms:///alias/a')?.kind).toBe('awskms');
    expect(parseKeyReference('gcpkms://projects/p/locations/l/keyRings/r/cryptoKeys/k')?.kind).toBe(
      'gcpkms',
    );
    expect(parseKeyReference('azurekms://v.vault.azure.net/k')?.kind).toBe('azurekms');
    expect(parseKeyReference('hashivault://k')?.kind).toBe('hashivault');
    expect(parseKeyReference('pkcs11:token=t;object=k?module-path=/m.so')?.kind).toBe('pkcs11');
  });

  it.each(['k8s://ns/secret', 'gitlab://group/project', 'env://COSIGN_KEY'])(
    "refuses cosign's %s by name rather than reading it as a file",
    (value) => {
      const error = (() => {
        try {
          parseKeyReference(value);
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(isImprintError(error, 'KEY_REFERENCE_INVALID')).toBe(true);
      expect((error as Error).message).toBe(
        `The ${value.split('://')[0]} key reference "${value}" uses a scheme imprint does not read.`,
      );
    },
  );

  it('describes a PKCS#11 reference for logs without its pin-value', () => {
    expect(describeKeyReference('pkcs11:token=t;object=k?module-path=/m.so&pin-value=4321')).toBe(
      'pkcs11:token=t;object=k?module-path=/m.so&pin-value=***',
    );
    expect(describeKeyReference('awskms:///alias/a')).toBe('awskms:///alias/a');
  });
});
