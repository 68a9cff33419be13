/** Tiny buildable images (FROM scratch: nothing can be pulled here) in temp directories. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function scratchContext(
  files: Record<string, string> = { 'hello.txt': 'hello\n' },
  dockerfile?: string,
): string {
  const dir = mkdtempSync(join(tmpdir(), 'imprint-context-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  const copies = Object.keys(files).map((name) => `COPY ${name} /${name}`);
  writeFileSync(
    join(dir, 'Dockerfile'),
    dockerfile ??
      ['FROM scratch', 'ARG NOTE=none', 'LABEL note=$NOTE', ...copies].join('\n') + '\n',
  );
  return dir;
}

/** The registry's own answer for a tag, read with plain fetch (independent of the product). */
export async function registryDigest(
  url: string,
  repository: string,
  reference: string,
  authorization?: string,
): Promise<string | null> {
  const response = await fetch(`${url}/v2/${repository}/manifests/${reference}`, {
    method: 'HEAD',
    headers: {
      accept: [
        'application/vnd.oci.image.index.v1+json',
        'application/vnd.oci.image.manifest.v1+json',
        'application/vnd.docker.distribution.manifest.list.v2+json',
        'application/vnd.docker.distribution.manifest.v2+json',
      ].join(', '),
      ...(authorization ? { authorization } : {}),
    },
  });
  return response.headers.get('docker-content-digest');
}

export function basicAuth(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}
