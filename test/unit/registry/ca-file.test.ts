import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCaFile } from '../../../src/registry/ca-file.js';

describe('readCaFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'imprint-ca-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the PEM file', () => {
    const path = join(dir, 'ca.pem');
    writeFileSync(path, '-----BEGIN CERTIFICATE-----\n');
    expect(readCaFile(path)).toBe('-----BEGIN CERTIFICATE-----\n');
  });

  it('names the input, the path and the cause when the file cannot be read', () => {
    const missing = join(dir, 'missing.pem');
    expect(() => readCaFile(missing)).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message: expect.stringMatching(
          new RegExp(`^registry-ca-file ${missing} cannot be read: .*ENOENT`),
        ) as unknown,
      }),
    );
  });
});
