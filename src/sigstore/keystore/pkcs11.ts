/**
 * PKCS#11 tokens (HSMs, smart cards, SoftHSM2) through pkcs11js. Each operation loads the module,
 * opens a session on the token the URI names, logs in with the PIN when there is one, does its
 * one thing (C_Sign with CKM_ECDSA over the digest; read CKA_EC_POINT; C_GenerateKeyPair) and
 * finalizes: nothing stays open between signatures, and the private key never leaves the token
 * (it is generated CKA_SENSITIVE and not CKA_EXTRACTABLE).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type * as Pkcs11Module from 'pkcs11js';
import { ImprintError, messageOf } from '../../errors.js';
import { ecPointToSpkiPem, P256_EC_PARAMS, rawSignatureToDer } from './ecdsa.js';
import type { Pkcs11Reference } from './pkcs11-uri.js';
import { type KeyStore, keyStoreFailure, type KeyStoreOptions } from './store.js';

type Pkcs11Api = typeof Pkcs11Module;
type Session = { p11: Pkcs11Module.PKCS11; handle: Buffer; api: Pkcs11Api };

export function openPkcs11Store(ref: Pkcs11Reference, options: KeyStoreOptions = {}): KeyStore {
  const pin = pinOf(ref);
  if (pin !== undefined) options.maskSecret?.(pin);
  const name = `PKCS#11 token ${ref.token ?? `slot ${ref.slotId}`}, key ${ref.object ?? ref.id?.toString('hex')}`;
  const run = <T>(step: string, work: (session: Session) => T): Promise<T> =>
    withSession(ref, pin, name, step, work);
  return {
    publicKeyPem: () =>
      run('reading the public key', (session) => {
        const key = onlyObject(session, ref, session.api.CKO_PUBLIC_KEY, name);
        const [point] = session.p11.C_GetAttributeValue(session.handle, key, [
          { type: session.api.CKA_EC_POINT },
        ]);
        return ecPointToSpkiPem(point!.value);
      }),
    signDigest: (digest) =>
      run('signing', (session) => {
        const key = onlyObject(session, ref, session.api.CKO_PRIVATE_KEY, name);
        session.p11.C_SignInit(session.handle, { mechanism: session.api.CKM_ECDSA }, key);
        return rawSignatureToDer(session.p11.C_Sign(session.handle, digest, Buffer.alloc(132)));
      }),
    createKey: () =>
      run('generating the key', (session) => {
        for (const kind of [session.api.CKO_PRIVATE_KEY, session.api.CKO_PUBLIC_KEY]) {
          if (findObjects(session, ref, kind).length > 0) {
            throw new ImprintError(
              'KEY_STORE_FAILED',
              `${name}: a key with this label or id already exists`,
              {
                hint: 'choose another object= label, or use the key that is there',
              },
            );
          }
        }
        return generateKeyPair(session, ref);
      }),
  };
}

function pinOf(ref: Pkcs11Reference): string | undefined {
  if (ref.pin === undefined) return undefined;
  if ('value' in ref.pin) return ref.pin.value;
  try {
    return readFileSync(ref.pin.sourceFile, 'utf8').replace(/\r?\n$/, '');
  } catch (error) {
    throw new ImprintError(
      'KEY_INVALID',
      `the PIN file ${ref.pin.sourceFile} (pin-source) cannot be read: ${messageOf(error)}`,
      {
        cause: error,
        hint: 'write the PIN to a file readable by this job and give its absolute path',
      },
    );
  }
}

async function withSession<T>(
  ref: Pkcs11Reference,
  pin: string | undefined,
  name: string,
  step: string,
  work: (session: Session) => T,
): Promise<T> {
  const loaded = await import('pkcs11js');
  // CommonJS: Node's ESM loader hands it over as the default export; a bundler may not.
  const api: Pkcs11Api = (loaded as { default?: Pkcs11Api }).default ?? loaded;
  const p11 = new api.PKCS11();
  try {
    p11.load(ref.modulePath);
  } catch (error) {
    throw new ImprintError(
      'KEY_STORE_FAILED',
      `the PKCS#11 module ${ref.modulePath} cannot be loaded: ${messageOf(error)}`,
      {
        cause: error,
        hint: 'module-path must be the absolute path of the token’s PKCS#11 library (.so)',
      },
    );
  }
  try {
    p11.C_Initialize();
    try {
      const slot = slotOf(p11, ref, name);
      const handle = p11.C_OpenSession(slot, api.CKF_SERIAL_SESSION | api.CKF_RW_SESSION);
      if (pin !== undefined) p11.C_Login(handle, api.CKU_USER, pin);
      return work({ p11, handle, api });
    } finally {
      p11.C_Finalize(); // closes the session and logs out
    }
  } catch (error) {
    throw keyStoreFailure(name, step, error);
  } finally {
    p11.close();
  }
}

function slotOf(p11: Pkcs11Module.PKCS11, ref: Pkcs11Reference, name: string): Buffer {
  const slots = p11.C_GetSlotList(true).filter((slot) => {
    if (ref.slotId !== undefined && slotNumber(slot) !== BigInt(ref.slotId)) return false;
    return ref.token === undefined || p11.C_GetTokenInfo(slot).label.trimEnd() === ref.token;
  });
  if (slots.length !== 1) {
    throw new ImprintError(
      'KEY_STORE_FAILED',
      `${name}: ${slots.length === 0 ? 'no such token' : `${slots.length} tokens match`} in ${ref.modulePath}`,
      { hint: 'name one initialized token by its label (token=) or slot-id=' },
    );
  }
  return slots[0]!;
}

function slotNumber(handle: Buffer): bigint {
  return handle.length >= 8 ? handle.readBigUInt64LE() : BigInt(handle.readUInt32LE());
}

function findObjects(session: Session, ref: Pkcs11Reference, kind: number): Buffer[] {
  const template: Pkcs11Module.Template = [{ type: session.api.CKA_CLASS, value: kind }];
  if (ref.object !== undefined) template.push({ type: session.api.CKA_LABEL, value: ref.object });
  if (ref.id !== undefined) template.push({ type: session.api.CKA_ID, value: ref.id });
  session.p11.C_FindObjectsInit(session.handle, template);
  try {
    return session.p11.C_FindObjects(session.handle, 2);
  } finally {
    session.p11.C_FindObjectsFinal(session.handle);
  }
}

/** Exactly one object: two keys under one label would make the choice the token's, not yours. */
function onlyObject(session: Session, ref: Pkcs11Reference, kind: number, name: string): Buffer {
  const found = findObjects(session, ref, kind);
  const what = kind === session.api.CKO_PRIVATE_KEY ? 'private key' : 'public key';
  if (found.length === 1) return found[0]!;
  throw new ImprintError(
    'KEY_STORE_FAILED',
    `${name}: ${found.length === 0 ? `no ${what}` : `more than one ${what}`} matches`,
    {
      hint:
        found.length === 0
          ? `create it with imprint generate-key-pair --kms 'pkcs11:…'${kind === session.api.CKO_PRIVATE_KEY ? ', and give the PIN (pin-source) so private objects are visible' : ''}`
          : 'add id= to the URI to name one key',
    },
  );
}

function generateKeyPair(session: Session, ref: Pkcs11Reference): string {
  const { api } = session;
  const id = ref.id ?? randomBytes(16);
  const common = [
    { type: api.CKA_TOKEN, value: true },
    { type: api.CKA_ID, value: id },
    ...(ref.object !== undefined ? [{ type: api.CKA_LABEL, value: ref.object }] : []),
  ];
  const keys = session.p11.C_GenerateKeyPair(
    session.handle,
    { mechanism: api.CKM_EC_KEY_PAIR_GEN },
    [
      ...common,
      { type: api.CKA_EC_PARAMS, value: P256_EC_PARAMS },
      { type: api.CKA_VERIFY, value: true },
      // Public: verifiers read it without the PIN.
      { type: api.CKA_PRIVATE, value: false },
    ],
    [
      ...common,
      { type: api.CKA_SIGN, value: true },
      { type: api.CKA_PRIVATE, value: true },
      { type: api.CKA_SENSITIVE, value: true },
      { type: api.CKA_EXTRACTABLE, value: false },
    ],
  );
  const [point] = session.p11.C_GetAttributeValue(session.handle, keys.publicKey, [
    { type: api.CKA_EC_POINT },
  ]);
  return ecPointToSpkiPem(point!.value);
}
