/**
 * Key material for the test registries, made with the real `openssl` binary (argument
 * arrays, no shell): a self-signed token-signing certificate for Bearer auth, and a small
 * CA plus a server certificate for TLS on 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function openssl(args: string[]): void {
  execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

export interface TokenSigningKey {
  /** PKCS#8 PEM of the P-256 private key (for jose's importPKCS8). */
  keyPem: string;
  certPem: string;
  /** The certificate as base64 DER: the JWT `x5c` entry. */
  certDerBase64: string;
  /** Path of the certificate, for the registry's `rootcertbundle`. */
  certPath: string;
}

/** A self-signed P-256 certificate the registry trusts as its token issuer. */
export function makeTokenSigningKey(dir: string): TokenSigningKey {
  const keyPath = join(dir, 'token-signing.key');
  const certPath = join(dir, 'token-signing.pem');
  openssl(
    ['req', '-x509', ...EC_KEY, '-keyout', keyPath, '-out', certPath].concat([
      '-days',
      '2',
      '-subj',
      '/CN=imprint test token issuer',
    ]),
  );
  const certPem = readFileSync(certPath, 'utf8');
  return {
    keyPem: readFileSync(keyPath, 'utf8'),
    certPem,
    certDerBase64: pemBody(certPem),
    certPath,
  };
}

export interface ServerCertificate {
  caCertPem: string;
  certPath: string;
  keyPath: string;
  certPem: string;
  keyPem: string;
}

/** A throwaway CA and a server certificate for 127.0.0.1 / localhost signed by it. */
export function makeServerCertificate(dir: string): ServerCertificate {
  const caKey = join(dir, 'ca.key');
  const caCert = join(dir, 'ca.pem');
  openssl(
    ['req', '-x509', ...EC_KEY, '-keyout', caKey, '-out', caCert, '-days', '2']
      .concat(['-subj', '/CN=imprint test CA'])
      .concat(['-addext', 'basicConstraints=critical,CA:TRUE'])
      .concat(['-addext', 'keyUsage=critical,keyCertSign,cRLSign']),
  );
  const keyPath = join(dir, 'server.key');
  const csrPath = join(dir, 'server.csr');
  const certPath = join(dir, 'server.pem');
  const extPath = join(dir, 'server.ext');
  openssl([
    'req',
    '-new',
    ...EC_KEY,
    '-keyout',
    keyPath,
    '-out',
    csrPath,
    '-subj',
    '/CN=127.0.0.1',
  ]);
  writeFileSync(
    extPath,
    [
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature',
      'extendedKeyUsage=serverAuth',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
    ].join('\n') + '\n',
  );
  openssl(
    ['x509', '-req', '-in', csrPath, '-CA', caCert, '-CAkey', caKey, '-CAcreateserial'].concat([
      '-out',
      certPath,
      '-days',
      '2',
      '-extfile',
      extPath,
    ]),
  );
  return {
    caCertPem: readFileSync(caCert, 'utf8'),
    certPath,
    keyPath,
    certPem: readFileSync(certPath, 'utf8'),
    keyPem: readFileSync(keyPath, 'utf8'),
  };
}

function pemBody(pem: string): string {
  return pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
}
