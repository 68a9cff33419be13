/**
 * AWS KMS through the AWS SDK for JavaScript v3, as cosign uses it: Sign with MessageType DIGEST
 * and ECDSA_SHA_256 (KMS returns DER), GetPublicKey (DER SPKI), and for generate-key-pair
 * CreateKey (ECC_NIST_P256, SIGN_VERIFY) plus CreateAlias. Credentials and region come from the
 * SDK's usual chain (AWS_* variables, profiles, instance roles): imprint never sees a secret.
 * An endpoint in the reference is https, as cosign's; one on this machine that does not speak TLS
 * (a KMS emulator) is reached over http, by the registry's loopback rule.
 */
import { createPublicKey } from 'node:crypto';
import type { KMSClient } from '@aws-sdk/client-kms';
import { ImprintError } from '../../errors.js';
import { chooseScheme } from '../../registry/scheme.js';
import type { AwsKmsReference } from './awskms-uri.js';
import { type KeyStore, keyStoreFailure, type KeyStoreOptions } from './store.js';

const SIGNING_ALGORITHM = 'ECDSA_SHA_256';

export function openAwsKmsStore(ref: AwsKmsReference, options: KeyStoreOptions = {}): KeyStore {
  const name = `AWS KMS key ${ref.keyId}${ref.endpoint ? ` at ${ref.endpoint}` : ''}`;
  let client: Promise<{ kms: KMSClient; sdk: typeof import('@aws-sdk/client-kms') }> | undefined;
  const connect = () => (client ??= makeClient(ref, options));
  const publicKeyPem = async (): Promise<string> => {
    const { kms, sdk } = await connect();
    try {
      const out = await kms.send(new sdk.GetPublicKeyCommand({ KeyId: ref.keyId }));
      return createPublicKey({ key: Buffer.from(out.PublicKey!), format: 'der', type: 'spki' })
        .export({ format: 'pem', type: 'spki' })
        .toString();
    } catch (error) {
      throw keyStoreFailure(name, 'GetPublicKey', error);
    }
  };
  return {
    publicKeyPem,
    async signDigest(digest) {
      const { kms, sdk } = await connect();
      try {
        const out = await kms.send(
          new sdk.SignCommand({
            KeyId: ref.keyId,
            Message: digest,
            MessageType: 'DIGEST',
            SigningAlgorithm: SIGNING_ALGORITHM,
          }),
        );
        return Buffer.from(out.Signature!);
      } catch (error) {
        throw keyStoreFailure(name, 'Sign', error);
      }
    },
    async createKey() {
      if (ref.alias === undefined) {
        throw new ImprintError(
          'KEY_REFERENCE_INVALID',
          `${name}: a key id or key ARN names a key that exists; creating one needs an alias to give it`,
          {
            hint: 'write the reference as awskms://[ENDPOINT]/alias/NAME, as cosign generate-key-pair --kms does',
          },
        );
      }
      const { kms, sdk } = await connect();
      try {
        const created = await kms.send(
          new sdk.CreateKeyCommand({
            KeySpec: 'ECC_NIST_P256',
            KeyUsage: 'SIGN_VERIFY',
            Description: 'Created by imprint generate-key-pair',
          }),
        );
        await kms.send(
          new sdk.CreateAliasCommand({
            AliasName: ref.alias,
            TargetKeyId: created.KeyMetadata!.KeyId!,
          }),
        );
      } catch (error) {
        throw keyStoreFailure(name, 'CreateKey', error);
      }
      return publicKeyPem();
    },
  };
}

async function makeClient(ref: AwsKmsReference, options: KeyStoreOptions) {
  const sdk = await import('@aws-sdk/client-kms');
  const env = options.env ?? process.env;
  const region = ref.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  let endpoint: string | undefined;
  if (ref.endpoint !== undefined) {
    const { insecure } = await chooseScheme(ref.endpoint, undefined);
    endpoint = `${insecure ? 'http' : 'https'}://${ref.endpoint}`;
  }
  const kms = new sdk.KMSClient({ ...(region && { region }), ...(endpoint && { endpoint }) });
  return { kms, sdk };
}
