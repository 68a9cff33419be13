/**
 * The buildx builder for real: docker buildx (built from its module at the version tools.json
 * pins; Debian ships none) with its `docker` driver on the local engine, pushing to a real
 * registry. A build with secrets of every kind: they reach the RUN step and nothing else (not
 * the layers, the config and its history, the docker CLI's arguments, or the log), and the
 * digest buildx reports is the one the registry serves.
 *
 * The engine's BuildKit (Debian's docker 20.10: BuildKit 0.8) has no cache export, annotations
 * or attestations with the docker driver; those inputs are tested on buildx's arguments
 * (test/unit/builders/build-inputs.test.ts, buildx-exec.test.ts).
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuildxBuilder } from '../../src/builders/buildx.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import { scratchContext, uniqueRepository } from '../integration/builders/context.js';
import { layerTar, tarFiles } from '../integration/builders/layers.js';
import { shellBaseContext } from '../integration/builders/private-buildah.js';
import { getBlobBytes, getManifest, headDigest } from '../integration/builders/registry-read.js';
import { recordingLog } from '../unit/builders/log-recorder.js';
import { peerCommand } from './tools.js';

describe('buildx (real, docker driver) with build secrets and ssh', () => {
  let registry: TestRegistry;
  let dir: string;
  let docker: string;
  let base: string;
  const saved = { DOCKER_CONFIG: process.env.DOCKER_CONFIG };

  beforeAll(async () => {
    registry = await startRegistry();
    dir = mkdtempSync(join(tmpdir(), 'imprint-buildx-peer-'));
    // A docker config of our own whose only plugin is the pinned buildx: the machine's docker
    // stays without buildx, so no other suite's `auto` builder changes.
    const config = join(dir, 'docker-config');
    mkdirSync(join(config, 'cli-plugins'), { recursive: true });
    symlinkSync(peerCommand('buildx')[0]!, join(config, 'cli-plugins', 'docker-buildx'));
    writeFileSync(join(config, 'config.json'), '{}');
    process.env.DOCKER_CONFIG = config;
    // The docker CLI as imprint starts it, its arguments recorded one a line.
    docker = join(dir, 'docker');
    writeFileSync(
      docker,
      `#!/bin/sh\nfor arg in "$@"; do printf '%s\\n' "$arg" >> '${join(dir, 'argv')}'; done\nexec docker "$@"\n`,
    );
    chmodSync(docker, 0o755);
    // A base image with a shell, in the engine (nothing can be pulled here).
    base = `imprint-test-shell:${Math.random().toString(36).slice(2, 10)}`;
    const context = shellBaseContext('buildx');
    try {
      execFileSync('docker', ['build', '--quiet', `--tag=${base}`, context], { stdio: 'ignore' });
    } finally {
      rmSync(context, { recursive: true, force: true });
    }
  });

  afterAll(async () => {
    if (saved.DOCKER_CONFIG === undefined) delete process.env.DOCKER_CONFIG;
    else process.env.DOCKER_CONFIG = saved.DOCKER_CONFIG;
    if (base) execFileSync('docker', ['image', 'rm', '--force', base], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
    await registry?.stop();
  });

  it('mounts inline, environment and file secrets in the RUN step, and leaves them nowhere else', async () => {
    const salt = Math.random().toString(36).slice(2, 10);
    const secrets = {
      inline: `bx-inline-${salt}`,
      env: `bx-env-${salt}`,
      file: `bx-file-${salt}`,
    };
    const secretFile = join(dir, 'secret-file');
    writeFileSync(secretFile, secrets.file);
    process.env.IMPRINT_PEER_BUILD_SECRET = secrets.env;
    const runnerTemp = join(dir, 'runner-temp');
    mkdirSync(runnerTemp);
    const context = scratchContext(
      [
        `FROM ${base}`,
        'RUN --mount=type=secret,id=inline --mount=type=secret,id=fromenv --mount=type=secret,id=fromfile \\',
        '  wc -c < /run/secrets/inline > /inline-length && wc -c < /run/secrets/fromenv > /env-length && \\',
        '  wc -c < /run/secrets/fromfile > /file-length && cat /run/secrets/inline',
        '',
      ].join('\n'),
    );
    const repository = uniqueRepository('buildx-secrets');
    const log = recordingLog();
    try {
      const result = await new BuildxBuilder({ binary: docker }).build(
        {
          context,
          tags: [`${registry.host}/${repository}:1`],
          platforms: [],
          buildArgs: {},
          labels: {},
          push: true,
          insecureRegistries: [registry.host],
          tempRoot: runnerTemp,
          noCache: true,
          secrets: [
            { id: 'inline', kind: 'value', value: secrets.inline },
            { id: 'fromenv', kind: 'env', variable: 'IMPRINT_PEER_BUILD_SECRET' },
            { id: 'fromfile', kind: 'file', path: secretFile },
          ],
        },
        log,
      );

      expect(await headDigest(registry, repository, '1')).toBe(result.digest);
      const manifest = await getManifest(registry, repository, result.digest);
      const config = await getBlobBytes(registry, repository, manifest.body.config!.digest);
      const layers = await Promise.all(
        (manifest.body.layers ?? []).map(async ({ digest }) =>
          getBlobBytes(registry, repository, digest),
        ),
      );
      const files = new Map(layers.flatMap((blob) => [...tarFiles(layerTar(blob))]));
      expect(files.get('inline-length')?.trim()).toBe(String(secrets.inline.length));
      expect(files.get('env-length')?.trim()).toBe(String(secrets.env.length));
      expect(files.get('file-length')?.trim()).toBe(String(secrets.file.length));
      expect(JSON.parse(config.toString('utf8'))).toHaveProperty('history');
      const argv = readFileSync(join(dir, 'argv'), 'utf8');
      expect(argv).toContain('--secret=id=fromenv,env=IMPRINT_PEER_BUILD_SECRET\n');
      expect(argv).toContain('--no-cache\n');
      for (const value of Object.values(secrets)) {
        for (const blob of layers) {
          expect(blob.toString('latin1')).not.toContain(value);
          expect(layerTar(blob).toString('latin1')).not.toContain(value);
        }
        expect(config.toString('utf8')).not.toContain(value);
        expect(JSON.stringify(manifest.body)).not.toContain(value);
        expect(argv).not.toContain(value);
        expect(log.all()).not.toContain(value);
      }
      expect(readdirSync(runnerTemp)).toEqual([]);
    } finally {
      // The docker driver also keeps the image in the engine under its tag.
      execFileSync('docker', ['image', 'rm', '--force', `${registry.host}/${repository}:1`], {
        stdio: 'ignore',
      });
      delete process.env.IMPRINT_PEER_BUILD_SECRET;
      rmSync(context, { recursive: true, force: true });
    }
  });
  it('gives a RUN step an SSH agent socket for the key, and leaves the key out of the image', async () => {
    const key = join(dir, 'deploy');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'imprint-test', '-f', key]);
    const runnerTemp = join(dir, 'runner-temp-ssh');
    mkdirSync(runnerTemp);
    const context = scratchContext(
      `FROM ${base}\nRUN --mount=type=ssh,id=deploy test -S "$SSH_AUTH_SOCK" && echo agent > /ssh-agent-seen\n`,
    );
    const repository = uniqueRepository('buildx-ssh');
    try {
      const result = await new BuildxBuilder({ binary: docker }).build(
        {
          context,
          tags: [`${registry.host}/${repository}:1`],
          platforms: [],
          buildArgs: {},
          labels: {},
          push: true,
          insecureRegistries: [registry.host],
          tempRoot: runnerTemp,
          ssh: [`deploy=${key}`],
        },
        recordingLog(),
      );
      const manifest = await getManifest(registry, repository, result.digest);
      const layers = await Promise.all(
        (manifest.body.layers ?? []).map(async ({ digest }) =>
          getBlobBytes(registry, repository, digest),
        ),
      );
      const files = new Map(layers.flatMap((blob) => [...tarFiles(layerTar(blob))]));
      expect(files.get('ssh-agent-seen')).toBe('agent\n');
      const privateKey = readFileSync(key, 'utf8').split('\n')[1]!;
      for (const blob of layers)
        expect(layerTar(blob).toString('latin1')).not.toContain(privateKey);
      expect(readFileSync(join(dir, 'argv'), 'utf8')).toContain(`--ssh=deploy=${key}\n`);
    } finally {
      execFileSync('docker', ['image', 'rm', '--force', `${registry.host}/${repository}:1`], {
        stdio: 'ignore',
      });
      rmSync(context, { recursive: true, force: true });
    }
  });
});
