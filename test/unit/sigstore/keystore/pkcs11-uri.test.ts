import { isImprintError } from '../../../../src/errors.js';
import { parsePkcs11Uri, redactPkcs11Uri } from '../../../../src/sigstore/keystore/pkcs11-uri.js';

const MODULE = 'module-path=/usr/lib/softhsm/libsofthsm2.so';

function refused(uri: string): string {
  try {
    parsePkcs11Uri(uri);
  } catch (error) {
    if (!isImprintError(error, 'KEY_REFERENCE_INVALID')) throw error;
    expect(error.hint).toBe(
      'write it as pkcs11:token=LABEL;object=KEY?module-path=/path/to/module.so&pin-source=/path/to/pin',
    );
    return error.message;
  }
  throw new Error(`${uri} was accepted`);
}

describe('PKCS#11 URIs (RFC 7512, cosign syntax)', () => {
  it('reads token, object, module and a pin-source file', () => {
    expect(
      parsePkcs11Uri(`pkcs11:token=ci;object=release?${MODULE}&pin-source=file:/run/pin`),
    ).toEqual({
      kind: 'pkcs11',
      modulePath: '/usr/lib/softhsm/libsofthsm2.so',
      token: 'ci',
      object: 'release',
      pin: { sourceFile: '/run/pin' },
    });
  });

  it('reads slot-id, a binary id, percent-escapes and a pin-value', () => {
    expect(
      parsePkcs11Uri(
        `pkcs11:slot-id=7;id=%01%F4%aa;object=my%20key;type=private?${MODULE}&pin-value=12%2634`,
      ),
    ).toEqual({
      kind: 'pkcs11',
      modulePath: '/usr/lib/softhsm/libsofthsm2.so',
      slotId: 7,
      object: 'my key',
      id: Buffer.from([0x01, 0xf4, 0xaa]),
      pin: { value: '12&34' },
    });
  });

  it('takes an absolute pin-source without file:, and no PIN at all', () => {
    expect(parsePkcs11Uri(`pkcs11:token=t;object=k?${MODULE}&pin-source=/p`).pin).toEqual({
      sourceFile: '/p',
    });
    expect(parsePkcs11Uri(`pkcs11:token=t;object=k?${MODULE}`).pin).toBeUndefined();
  });

  it.each([
    [
      'pkcs:token=t;object=k',
      'The PKCS#11 key reference "pkcs:token=t;object=k" does not start with pkcs11:.',
    ],
    [
      `pkcs11:token=t;object=k;colour=red?${MODULE}`,
      'The PKCS#11 key reference has an unknown path attribute "colour" (known: token, object, id, slot-id, type, manufacturer, model, serial, slot-description, slot-manufacturer, library-manufacturer, library-description, library-version).',
    ],
    [
      `pkcs11:token=t;object=k?${MODULE}&pin=1`,
      'The PKCS#11 key reference has an unknown query attribute "pin" (known: module-path, module-name, pin-value, pin-source).',
    ],
    [`pkcs11:token=t;token=u;object=k?${MODULE}`, 'The PKCS#11 key reference gives "token" twice.'],
    [`pkcs11:token=;object=k?${MODULE}`, 'The PKCS#11 key reference gives "token" no value.'],
    [`pkcs11:token;object=k?${MODULE}`, 'The PKCS#11 key reference gives "token" no value.'],
    [
      `pkcs11:token=a%2;object=k?${MODULE}`,
      'The PKCS#11 key reference has a malformed percent-escape in "token".',
    ],
    [
      'pkcs11:token=t;object=k',
      'The PKCS#11 key reference names no module-path (the PKCS#11 library to load, e.g. /usr/lib/softhsm/libsofthsm2.so).',
    ],
    [
      'pkcs11:token=t;object=k?module-path=libsofthsm2.so',
      'The PKCS#11 key reference has a relative module-path "libsofthsm2.so": give the absolute path.',
    ],
    [
      `pkcs11:object=k?${MODULE}`,
      'The PKCS#11 key reference names no token (token=LABEL or slot-id=N).',
    ],
    [
      `pkcs11:slot-id=0x1;object=k?${MODULE}`,
      'The PKCS#11 key reference has slot-id "0x1", not a decimal number.',
    ],
    [
      `pkcs11:token=t?${MODULE}`,
      'The PKCS#11 key reference names no key (object=LABEL or id=%XX…).',
    ],
    [
      `pkcs11:token=t;object=k;type=cert?${MODULE}`,
      'The PKCS#11 key reference has type "cert": a signing key reference is type=private or type=public.',
    ],
    [
      `pkcs11:token=t;object=k?${MODULE}&pin-value=1&pin-source=/p`,
      'The PKCS#11 key reference gives both pin-value and pin-source.',
    ],
    [
      `pkcs11:token=t;object=k?${MODULE}&pin-source=pin.txt`,
      'The PKCS#11 key reference has pin-source "pin.txt": give an absolute file path (file:/path or /path).',
    ],
  ])('refuses %s', (uri, message) => {
    expect(refused(uri)).toBe(message);
  });

  it('never repeats a pin-value in its messages, and redacts it for logs', () => {
    expect(refused('pkcs:token=t?pin-value=secret')).not.toContain('secret');
    expect(redactPkcs11Uri(`pkcs11:token=t;object=k?${MODULE}&pin-value=secret&x=1`)).toBe(
      `pkcs11:token=t;object=k?${MODULE}&pin-value=***&x=1`,
    );
  });
});
