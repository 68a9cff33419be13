/**
 * The peer tools are there, at the versions tools.json pins: a missing tool fails here (and in
 * every test that needs it) with the command that installs it; nothing is skipped.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  describeRun,
  installedVersion,
  peerCommand,
  peerEntry,
  type PeerName,
  runPeer,
} from './tools.js';

/** Every released tool; the go-local trivy-db has no release version, moto's server no --version (see below). */
const VERSION_ARGS: Record<Exclude<PeerName, 'trivy-db' | 'moto'>, string[]> = {
  cosign: ['version'],
  'cosign-v2': ['version'],
  crane: ['version'],
  'sigstore-python': ['--version'],
  trivy: ['--version'],
  syft: ['version'],
  opa: ['version'],
  kyverno: ['version'],
  'policy-tester': ['--version'],
  buildx: ['version'],
};

describe('peer tools', () => {
  it.each(Object.keys(VERSION_ARGS) as (keyof typeof VERSION_ARGS)[])(
    '%s runs and is the pinned version',
    async (name) => {
      const run = await runPeer(name, VERSION_ARGS[name]);
      if (run.code !== 0) throw new Error(describeRun(run));
      // cosign prints `GitVersion:    v3.1.3`, crane `v0.22.1`, sigstore-python `sigstore 4.5.1`,
      // trivy `Version: 0.74.0`, syft `Version:  1.57.2`, opa `Version: 1.22.4`, kyverno
      // `Version: v1.19.1`, policy-tester `GitVersion:    v0.13.1`, buildx
      // `github.com/docker/buildx v0.38.2`.
      const version = peerEntry(name).version;
      expect(`${run.stdout}${run.stderr}`).toMatch(
        new RegExp(`(^|\\s|v)${version.replace(/^v/, '').replace(/\./g, '\\.')}\\b`),
      );
    },
  );

  it('trivy-db is built from the sources in this repository, and says how to run it', async () => {
    const entry = peerEntry('trivy-db');
    expect(peerCommand('trivy-db')[0]).toContain(`trivy-db@${installedVersion(entry)}/`);
    const run = await runPeer('trivy-db', []);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: trivy-db -cache-dir DIR [-archive FILE] FIXTURE.yaml...');
  });

  it('moto is the pinned version, and its server answers --help', async () => {
    const [python] = peerCommand('moto');
    const version = await new Promise<string>((resolve, reject) => {
      execFile(python!, ['-c', 'import moto; print(moto.__version__)'], (error, stdout) =>
        error ? reject(new Error(error.message)) : resolve(stdout.trim()),
      );
    });
    expect(version).toBe(peerEntry('moto').version);
    const run = await runPeer('moto', ['--help']);
    if (run.code !== 0) throw new Error(describeRun(run));
    expect(run.stdout).toContain('--port');
  });

  it('a tool that is not installed fails the test that needs it, naming npm run peers', () => {
    const previous = process.env.IMPRINT_PEERS_CACHE;
    process.env.IMPRINT_PEERS_CACHE = mkdtempSync(join(tmpdir(), 'imprint-no-peers-'));
    try {
      expect(() => peerCommand('cosign')).toThrow(
        /^cosign v\d+\.\d+\.\d+ is not installed \(.+\/cosign@v[\d.]+\/cosign is missing\): run `npm run peers`$/,
      );
    } finally {
      if (previous === undefined) delete process.env.IMPRINT_PEERS_CACHE;
      else process.env.IMPRINT_PEERS_CACHE = previous;
    }
  });
});
