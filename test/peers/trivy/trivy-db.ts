/**
 * A real Trivy DB made here (Trivy's DB cannot be downloaded on this machine): the trivy-db
 * peer tool (test/peers/go/trivy-db, Trivy's own DB packages and fixtures loader) loads the
 * YAML advisories of test/peers/fixtures/trivy-db into db/trivy.db, and the packed DB is pushed
 * to a loopback registry as the OCI artifact Trivy downloads (`--db-repository`), so imprint's
 * own DB download step runs against it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeRun, runPeer } from '../tools.js';

/** Beside this module, or from the repository root when a bundler moved the module (bench). */
export const FIXTURES_DIR = [
  join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'trivy-db'),
  join(process.cwd(), 'test', 'peers', 'fixtures', 'trivy-db'),
].find((path) => existsSync(path))!;
/** What Trivy's DB artifact carries (trivy pkg/db: dbMediaType; the config is empty). */
export const DB_LAYER_MEDIA_TYPE = 'application/vnd.aquasec.trivy.db.layer.v1.tar+gzip';
const DB_CONFIG_MEDIA_TYPE = 'application/vnd.aquasec.trivy.config.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

export interface TrivyDb {
  /** A ready Trivy cache (db/ and an empty java-db/): `--cache-dir` with `--skip-db-update`. */
  cacheDir: string;
  /** db/trivy.db and db/metadata.json as one gzip tar: the DB artifact's only layer. */
  archive: string;
}

export async function buildTrivyDb(): Promise<TrivyDb> {
  const work = mkdtempSync(join(tmpdir(), 'imprint-trivy-db-'));
  const cacheDir = join(work, 'cache');
  const archive = join(work, 'db.tar.gz');
  const fixtures = readdirSync(FIXTURES_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join(FIXTURES_DIR, name));
  const run = await runPeer('trivy-db', ['-cache-dir', cacheDir, '-archive', archive, ...fixtures]);
  if (run.code !== 0) throw new Error(`building the Trivy DB failed:\n${describeRun(run)}`);
  return { cacheDir, archive };
}

function sha256(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

async function pushBlob(registryUrl: string, repository: string, bytes: Buffer): Promise<string> {
  const digest = sha256(bytes);
  const start = await fetch(`${registryUrl}/v2/${repository}/blobs/uploads/`, { method: 'POST' });
  if (start.status !== 202) throw new Error(`blob upload start: HTTP ${start.status}`);
  const location = new URL(start.headers.get('location')!, registryUrl);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, {
    method: 'PUT',
    headers: { 'content-type': 'application/octet-stream' },
    body: bytes,
  });
  if (put.status !== 201) throw new Error(`blob upload: HTTP ${put.status}`);
  return digest;
}

/**
 * Pushes the DB as Trivy's published artifact (one layer titled db.tar.gz) to an anonymous
 * loopback registry; returns the `--db-repository` value. Plain fetch: independent of imprint.
 */
export async function pushTrivyDb(
  registry: { url: string; host: string },
  archive: string,
  repository = 'aquasecurity/trivy-db',
  tag = '2',
): Promise<string> {
  const layer = readFileSync(archive);
  const config = Buffer.from('{}');
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: {
      mediaType: DB_CONFIG_MEDIA_TYPE,
      digest: await pushBlob(registry.url, repository, config),
      size: config.length,
    },
    layers: [
      {
        mediaType: DB_LAYER_MEDIA_TYPE,
        digest: await pushBlob(registry.url, repository, layer),
        size: layer.length,
        annotations: { 'org.opencontainers.image.title': 'db.tar.gz' },
      },
    ],
  };
  const put = await fetch(`${registry.url}/v2/${repository}/manifests/${tag}`, {
    method: 'PUT',
    headers: { 'content-type': OCI_MANIFEST },
    body: JSON.stringify(manifest),
  });
  if (put.status !== 201) throw new Error(`manifest upload: HTTP ${put.status}`);
  return `${registry.host}/${repository}:${tag}`;
}
