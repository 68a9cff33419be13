import dns from 'node:dns';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { verifyBundle } from '../../../../src/sigstore/verify/bundle.js';
import {
  createTrust,
  loadTrust,
  parsePublicKey,
  publicGoodTrust,
} from '../../../../src/sigstore/verify/trust.js';
import {
  embeddedTrustedRoot,
  parseTrustedRoot,
} from '../../../../src/sigstore/verify/trusted-root.js';
import {
  CONFORMANCE_IDENTITY,
  CONFORMANCE_ISSUER,
  conformanceFile,
  readFixture,
} from '../../../interop/sigstore/fixtures.js';

const PUBLIC_GOOD_REKOR = 'https://rekor.sigstore.dev';
const scratch = mkdtempSync(path.join(tmpdir(), 'imprint-trust-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function writeScratch(name: string, text: string): string {
  const file = path.join(scratch, name);
  writeFileSync(file, text);
  return file;
}

describe('embedded public-good trusted root', () => {
  it('is read from @sigstore/tuf and names the public-good Rekor and Fulcio', () => {
    const root = embeddedTrustedRoot();
    expect(root.tlogs.map((log) => log.baseUrl)).toContain(PUBLIC_GOOD_REKOR);
    expect(root.certificateAuthorities.some((ca) => ca.uri === 'https://fulcio.sigstore.dev')).toBe(
      true,
    );
  });

  it('loads and verifies offline without opening a socket, resolving a name or fetching', async () => {
    // Stand-ins that fail the test if any network path is taken.
    const connect = jest.spyOn(net.Socket.prototype, 'connect').mockImplementation(() => {
      throw new Error('network used');
    });
    const lookup = jest.spyOn(dns, 'lookup');
    const fetch = jest.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('network used'));
    try {
      const trust = await loadTrust({ offline: true });
      const result = verifyBundle(
        readFixture(
          'sigstore-conformance',
          'bundle-verify',
          'happy-path-v0.1',
          'bundle.sigstore.json',
        ),
        {
          trust,
          artifact: readFixture('sigstore-conformance', 'bundle-verify', 'a.txt'),
          identity: { issuer: CONFORMANCE_ISSUER, subject: CONFORMANCE_IDENTITY },
        },
      );
      expect(result.subject).toBe(CONFORMANCE_IDENTITY);
      expect(connect).not.toHaveBeenCalled();
      expect(lookup).not.toHaveBeenCalled();
      expect(fetch).not.toHaveBeenCalled();
    } finally {
      connect.mockRestore();
      lookup.mockRestore();
      fetch.mockRestore();
    }
  });
});

describe('trusted_root.json files', () => {
  it('loads a valid file and keeps its path as the source', async () => {
    const file = conformanceFile('managed-key-and-trusted-root', 'trusted_root.json');
    const trust = await loadTrust({ trustedRootPath: file });
    expect(trust.rootSource).toBe(file);
    expect(trust.material.tlogs.length).toBeGreaterThan(0);
  });

  it('refuses a log key without validFor.start instead of trusting it forever', async () => {
    const file = conformanceFile(
      'trust-root-tlog-missing-validity-start_fail',
      'trusted_root.json',
    );
    await expect(loadTrust({ trustedRootPath: file })).rejects.toMatchObject({
      code: 'TRUSTED_ROOT_INVALID',
      message: `trusted root ${file} is invalid: tlogs[1].publicKey.validFor.start is missing (a key or CA must say since when it is trusted)`,
    });
  });

  it('says when the file is missing, not JSON, or not a trusted root', async () => {
    const missing = path.join(scratch, 'absent.json');
    await expect(loadTrust({ trustedRootPath: missing })).rejects.toMatchObject({
      code: 'TRUSTED_ROOT_INVALID',
      message: expect.stringMatching(new RegExp(`^cannot read trusted root ${missing}: .*ENOENT`)),
    });
    const notJson = writeScratch('not-json.json', '{"mediaType":');
    await expect(loadTrust({ trustedRootPath: notJson })).rejects.toMatchObject({
      code: 'TRUSTED_ROOT_INVALID',
      message: expect.stringMatching(
        new RegExp(`^trusted root ${notJson} is invalid: it is not JSON`),
      ),
    });
    expect(() => parseTrustedRoot('[]', 'x.json')).toThrow(
      'trusted root x.json is invalid: it is not a JSON object',
    );
    expect(() => parseTrustedRoot('{"mediaType":"application/json"}', 'x.json')).toThrow(
      'trusted root x.json is invalid: mediaType is "application/json", expected application/vnd.dev.sigstore.trustedroot…+json',
    );
    expect(() =>
      parseTrustedRoot(
        '{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1"}',
        'x.json',
      ),
    ).toThrow(
      'trusted root x.json is invalid: it lists no certificate authority and no transparency log',
    );
  });

  it('reports a key in the root that does not parse', () => {
    const root = embeddedTrustedRoot();
    const broken = {
      ...root,
      tlogs: [
        {
          ...root.tlogs[0]!,
          publicKey: { ...root.tlogs[0]!.publicKey!, rawBytes: Buffer.from('junk') },
        },
      ],
    };
    expect(() => createTrust(broken, 'broken.json')).toThrow(
      expect.objectContaining({
        code: 'TRUSTED_ROOT_INVALID',
        message: expect.stringMatching(/^trusted root broken.json is invalid: /),
      }),
    );
  });
});

describe('public keys', () => {
  it('parses a cosign.pub and identifies it by the sha256 of its SPKI', async () => {
    const file = conformanceFile('managed-key-happy-path', 'key.pub');
    const trust = await loadTrust({ publicKeyPath: file });
    expect(trust.publicKey?.source).toBe(file);
    expect(trust.publicKey?.keyId).toBe(
      '4cb32c4837c6dda8cfb1681efb3fef5f94ffce5b979e6bdb9139302c857af139',
    );
    // The key verifies whatever hint a bundle carries (hints are not authenticated).
    expect(trust.material.publicKey('any hint').publicKey.equals(trust.publicKey!.key)).toBe(true);
  });

  it('refuses text that is not a PEM public key', () => {
    expect(() => parsePublicKey('-----BEGIN PRIVATE KEY-----\n…', 'cosign.key')).toThrow(
      expect.objectContaining({
        code: 'KEY_INVALID',
        message: 'cosign.key is not a PEM public key (no "-----BEGIN PUBLIC KEY-----" line)',
      }),
    );
    expect(() =>
      parsePublicKey('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n', 'bad.pub'),
    ).toThrow(
      expect.objectContaining({
        code: 'KEY_INVALID',
        message: expect.stringMatching(/^bad.pub is not a valid public key: /),
      }),
    );
  });

  it('says when a key file cannot be read', async () => {
    await expect(
      loadTrust({ publicKeyPath: path.join(scratch, 'none.pub') }),
    ).rejects.toMatchObject({
      code: 'KEY_INVALID',
      message: expect.stringMatching(/^cannot read public key .*none\.pub: /),
    });
  });

  it('has no key to offer when none was given', () => {
    expect(() => publicGoodTrust().material.publicKey('hint-1')).toThrow(
      'signed with a public key (hint hint-1) but no public key was given to verify it with',
    );
  });
});
