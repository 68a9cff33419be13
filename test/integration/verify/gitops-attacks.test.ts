/**
 * A GitOps repository changed by someone who wants an unsigned image deployed, verified
 * through the real CLI against a real registry: every image the repository deploys must be
 * seen, and what cannot be seen must fail, never pass. Each attack here passed the gate
 * (exit 0, only the signed image verified) before verify read JSON manifests, refused
 * kustomizations it cannot apply, read Tekton/Argo Workflows/image-volume fields, and
 * reported images in fields it does not model.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cosignSignStatement } from '../../../src/attest/statement.js';
import { EXIT_FAILED, EXIT_USAGE } from '../../../src/doors/exit-codes.js';
import { attachBundle, pushImage } from './evidence-store.js';
import { checksOf, startWorld, type VerifyWorld, verifyCli, writePolicy } from './context.js';

let world: VerifyWorld;
let signed: string;
let unsigned: string;

beforeAll(async () => {
  world = await startWorld();
  const good = await pushImage(world.client, 'gitops/app', 'good');
  await attachBundle(
    world.client,
    good.repository,
    good.descriptor,
    await world.alice.signDsse(cosignSignStatement(good.digest)),
  );
  const bad = await pushImage(world.client, 'gitops/app', 'bad');
  signed = `${world.registry.host}/gitops/app@${good.digest}`;
  unsigned = `${world.registry.host}/gitops/app@${bad.digest}`;
});
afterAll(async () => {
  await world?.stop();
});

const POLICY = ['apiVersion: imprint/v1', 'kind: Policy', 'signers:', '  - key: ./alice.pub'].join(
  '\n',
);

function write(path: string, text: string): void {
  const full = join(world.work, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
}

function deployment(image: string): string {
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${image}\n`;
}

async function verifyManifests(pattern: string) {
  return verifyCli(world, [
    '--manifests',
    pattern,
    '--policy',
    writePolicy(world, 'gitops.yaml', POLICY),
  ]);
}

function outcomes(run: Awaited<ReturnType<typeof verifyManifests>>) {
  return run.report.images.map((image) => [image.reference, image.outcome]);
}

describe('images a GitOps repository deploys', () => {
  it('a JSON manifest in the directory (kubectl apply -f dir/ applies it) is verified', async () => {
    write('json-dir/app.yaml', deployment(signed));
    write(
      'json-dir/job.json',
      JSON.stringify({
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: { name: 'j' },
        spec: { template: { spec: { containers: [{ name: 'j', image: unsigned }] } } },
      }),
    );
    const run = await verifyManifests('json-dir');
    expect(run.code).toBe(EXIT_FAILED);
    expect(outcomes(run)).toEqual([
      [signed, 'pass'],
      [unsigned, 'fail'],
    ]);
    expect(run.report.images[1]!.locations).toEqual([{ file: 'json-dir/job.json', line: 1 }]);
  });

  it('a kustomization patch that swaps the image is refused: render it first', async () => {
    write('patched/deployment.yaml', deployment(signed));
    write(
      'patched/kustomization.yaml',
      [
        'resources: [deployment.yaml]',
        'patches:',
        '  - target: {kind: Deployment, name: app}',
        '    patch: |-',
        '      - op: replace',
        '        path: /spec/template/spec/containers/0/image',
        `        value: ${unsigned}`,
      ].join('\n'),
    );
    const run = await verifyManifests('patched');
    expect(run.code).toBe(EXIT_USAGE);
    expect(run.log).toContain(
      'error: patched/kustomization.yaml:2: `patches` can change the images that deploy, and imprint does not apply it: render with `kustomize build` and pass the output',
    );
    expect(run.report.images).toBeUndefined();
  });

  it('a remote kustomize base is refused, not skipped with a note', async () => {
    write(
      'remote/kustomization.yaml',
      'resources:\n  - deployment.yaml\n  - https://github.com/acme/k8s//base?ref=v1\n',
    );
    write('remote/deployment.yaml', deployment(signed));
    const run = await verifyManifests('remote');
    expect(run.code).toBe(EXIT_USAGE);
    expect(run.log).toContain(
      'remote/kustomization.yaml:3: remote resource https://github.com/acme/k8s//base?ref=v1 can change the images that deploy',
    );
  });

  it('a Tekton step and an image volume are verified like containers', async () => {
    write('tekton/app.yaml', deployment(signed));
    write(
      'tekton/task.yaml',
      [
        'apiVersion: tekton.dev/v1',
        'kind: Task',
        'metadata: {name: release}',
        'spec:',
        '  steps:',
        '    - name: push',
        `      image: ${unsigned}`,
      ].join('\n'),
    );
    write(
      'volume/pod.yaml',
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: p}',
        'spec:',
        `  containers: [{name: a, image: "${signed}"}]`,
        '  volumes:',
        '    - name: data',
        `      image: {reference: "${unsigned}"}`,
      ].join('\n'),
    );
    for (const [dir, file, line] of [
      ['tekton', 'tekton/task.yaml', 7],
      ['volume', 'volume/pod.yaml', 8],
    ] as const) {
      const run = await verifyManifests(dir);
      expect(run.code).toBe(EXIT_FAILED);
      expect(outcomes(run)).toEqual([
        [signed, 'pass'],
        [unsigned, 'fail'],
      ]);
      expect(run.report.images[1]!.locations).toEqual([{ file, line }]);
    }
  });

  it('an image in a field verify does not model fails as unverified, at its file and line', async () => {
    write('operator/app.yaml', deployment(signed));
    write(
      'operator/prometheus.yaml',
      [
        'apiVersion: monitoring.coreos.com/v1',
        'kind: Prometheus',
        'metadata: {name: main}',
        'spec:',
        `  image: ${signed}`,
      ].join('\n'),
    );
    const run = await verifyManifests('operator');
    expect(run.code).toBe(EXIT_FAILED);
    expect(outcomes(run)).toEqual([
      [signed, 'pass'],
      [signed, 'fail'],
    ]);
    expect(run.report.images[1]!.locations).toEqual([
      { file: 'operator/prometheus.yaml', line: 5 },
    ]);
    expect(checksOf(run, 1)['image.unverified']).toMatchObject({
      outcome: 'fail',
      found: `unverified image in spec.image, a field verify does not read, so what deploys from it is not verified`,
      hint: expect.stringContaining('render the manifests to what runs'),
    });
    expect(run.log).toContain(`error: operator/prometheus.yaml:5: ${signed} breaks the policy:`);
  });
});
