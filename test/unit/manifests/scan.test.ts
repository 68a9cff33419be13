/** imagesFromManifests over real files in a temporary folder: globs, dedupe, kustomize, bad input. */
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isImprintError } from '../../../src/errors.js';
import { imagesFromManifests } from '../../../src/manifests/index.js';

const DIGEST = `sha256:${'d'.repeat(64)}`;
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'imprint-manifests-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function deployment(image: string): string {
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${image}\n`;
}

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isImprintError(error)) return { code: error.code, message: error.describe() };
    throw error;
  }
  throw new Error('expected a failure');
}

describe('imagesFromManifests', () => {
  it('expands globs, reads every matched file, and verifies a shared image once with all its places', async () => {
    write('deploy/a.yaml', deployment('nginx'));
    write('deploy/nested/b.yml', deployment('docker.io/library/nginx:latest'));
    write(
      'compose.yaml',
      'services:\n  web:\n    image: ghcr.io/acme/web:1\n  proxy:\n    image: nginx\n',
    );
    write('deploy/README.md', 'not yaml');
    const scan = await imagesFromManifests(['deploy/**/*.{yaml,yml}', 'compose.yaml'], {
      cwd: root,
    });
    expect(scan.files).toEqual(['compose.yaml', 'deploy/a.yaml', 'deploy/nested/b.yml']);
    expect(scan.images).toEqual([
      { reference: 'ghcr.io/acme/web:1', locations: [{ file: 'compose.yaml', line: 3 }] },
      {
        reference: 'nginx',
        locations: [
          { file: 'compose.yaml', line: 5 },
          { file: 'deploy/a.yaml', line: 9 },
          { file: 'deploy/nested/b.yml', line: 9 },
        ],
      },
    ]);
  });

  it('a directory stands for the YAML files under it', async () => {
    write('k8s/one.yaml', deployment('ghcr.io/acme/one:1'));
    write('k8s/sub/two.yml', deployment('ghcr.io/acme/two:1'));
    const scan = await imagesFromManifests(['k8s'], { cwd: root });
    expect(scan.images.map((i) => i.reference).sort()).toEqual([
      'ghcr.io/acme/one:1',
      'ghcr.io/acme/two:1',
    ]);
  });

  it('kustomize: overlay overrides apply to base resources; consumed files are not read on their own', async () => {
    write('base/deployment.yaml', deployment('ghcr.io/acme/app:placeholder'));
    write('base/kustomization.yaml', 'resources:\n  - deployment.yaml\n');
    write(
      'overlays/prod/kustomization.yaml',
      [
        'resources:',
        '  - ../../base',
        'images:',
        '  - name: ghcr.io/acme/app',
        `    digest: ${DIGEST}`,
        '  - name: ghcr.io/acme/unused',
        '    newTag: "3"',
      ].join('\n'),
    );
    const scan = await imagesFromManifests(['**/*.yaml'], { cwd: root });
    expect(scan.images).toEqual([
      {
        reference: `ghcr.io/acme/app@${DIGEST}`,
        locations: [
          { file: 'overlays/prod/kustomization.yaml', line: 4 },
          { file: 'base/deployment.yaml', line: 9 },
        ],
      },
      {
        reference: 'ghcr.io/acme/unused:3',
        locations: [{ file: 'overlays/prod/kustomization.yaml', line: 6 }],
      },
    ]);
  });

  it('nested overrides: the inner kustomization first, then the outer one', async () => {
    write('base/deployment.yaml', deployment('app'));
    write(
      'base/kustomization.yaml',
      'resources: [deployment.yaml]\nimages:\n  - {name: app, newName: ghcr.io/acme/app, newTag: base}\n',
    );
    write(
      'prod/kustomization.yml',
      'resources: [../base]\nimages:\n  - {name: ghcr.io/acme/app, newTag: "1.0.0"}\n',
    );
    const scan = await imagesFromManifests(['prod/kustomization.yml'], { cwd: root });
    expect(scan.images).toEqual([
      {
        reference: 'ghcr.io/acme/app:1.0.0',
        locations: [
          { file: 'prod/kustomization.yml', line: 3 },
          { file: 'base/kustomization.yaml', line: 3 },
          { file: 'base/deployment.yaml', line: 9 },
        ],
      },
    ]);
  });

  it('a remote kustomize resource is refused: its images are not in the repository', async () => {
    write('kustomization.yaml', 'resources:\n  - https://github.com/acme/k8s//base?ref=v1\n');
    const error = await failure(imagesFromManifests(['kustomization.yaml'], { cwd: root }));
    expect(error.code).toBe('MANIFEST_FILE_INVALID');
    expect(error.message).toMatch(
      /^kustomization\.yaml:2: remote resource https:\/\/github\.com\/acme\/k8s\/\/base\?ref=v1 can change the images that deploy, and imprint does not apply it: render with `kustomize build` and pass the output\n {2}hint: run `kustomize build <dir> > rendered\.yaml`/,
    );
  });

  it.each([
    ['patches', 'patches:\n  - path: patch.yaml\n'],
    ['patchesStrategicMerge', 'patchesStrategicMerge:\n  - patch.yaml\n'],
    [
      'patchesJson6902',
      'patchesJson6902:\n  - {target: {kind: Deployment, name: app}, path: p.yaml}\n',
    ],
    ['replacements', 'replacements:\n  - path: r.yaml\n'],
    ['transformers', 'transformers:\n  - tag.yaml\n'],
    ['generators', 'generators:\n  - gen.yaml\n'],
    ['helmCharts', 'helmCharts:\n  - {name: app, repo: https://charts.example}\n'],
    ['vars', 'vars:\n  - {name: TAG, objref: {kind: ConfigMap, name: c, apiVersion: v1}}\n'],
    ['configurations', 'configurations:\n  - images.yaml\n'],
    ['aPatch', 'aPatch: {}\n'],
  ])('a kustomization with %s is refused, naming the key and line', async (key, text) => {
    write('app/deployment.yaml', deployment('ghcr.io/acme/app:1'));
    write('app/kustomization.yaml', `resources:\n  - deployment.yaml\n${text}`);
    const error = await failure(imagesFromManifests(['app'], { cwd: root }));
    expect(error.code).toBe('MANIFEST_FILE_INVALID');
    expect(error.message).toMatch(
      new RegExp(
        `^app/kustomization\\.yaml:3: \`${key}\` can change the images that deploy, and imprint does not apply it: render with \`kustomize build\` and pass the output`,
      ),
    );
  });

  it('image-neutral kustomization keys are read as before', async () => {
    write('app/deployment.yaml', deployment('ghcr.io/acme/app:1'));
    write(
      'app/kustomization.yaml',
      [
        'apiVersion: kustomize.config.k8s.io/v1beta1',
        'kind: Kustomization',
        'namespace: prod',
        'namePrefix: prod-',
        'commonLabels: {team: a}',
        'labels: [{pairs: {tier: web}}]',
        'replicas: [{name: app, count: 3}]',
        'configMapGenerator: [{name: c, literals: [A=1]}]',
        'resources: [deployment.yaml]',
      ].join('\n'),
    );
    const scan = await imagesFromManifests(['app'], { cwd: root });
    expect(scan.images.map((i) => i.reference)).toEqual(['ghcr.io/acme/app:1']);
  });

  it('a resource directory without a kustomization is refused, as kustomize refuses it', async () => {
    write('plain/deployment.yaml', deployment('ghcr.io/acme/hidden:1'));
    write('kustomization.yaml', 'resources:\n  - plain\n');
    const error = await failure(imagesFromManifests(['kustomization.yaml'], { cwd: root }));
    expect(error.code).toBe('MANIFEST_FILE_INVALID');
    expect(error.message).toMatch(
      /^kustomization\.yaml:2: directory plain has no kustomization file/,
    );
  });

  it('a directory stands for its JSON manifests too, as kubectl apply -f and Argo CD read them', async () => {
    write('k8s/app.yaml', deployment('ghcr.io/acme/one:1'));
    write(
      'k8s/job.json',
      JSON.stringify(
        {
          apiVersion: 'batch/v1',
          kind: 'Job',
          metadata: { name: 'j' },
          spec: {
            template: { spec: { containers: [{ name: 'j', image: 'ghcr.io/acme/json:1' }] } },
          },
        },
        null,
        '\t',
      ),
    );
    const scan = await imagesFromManifests(['k8s'], { cwd: root });
    expect(scan.files).toEqual(['k8s/app.yaml', 'k8s/job.json']);
    expect(scan.images).toEqual([
      { reference: 'ghcr.io/acme/one:1', locations: [{ file: 'k8s/app.yaml', line: 9 }] },
      { reference: 'ghcr.io/acme/json:1', locations: [{ file: 'k8s/job.json', line: 13 }] },
    ]);
  });

  it('a directory holding Jsonnet is refused: Argo CD renders it, imprint cannot', async () => {
    write('k8s/app.yaml', deployment('ghcr.io/acme/one:1'));
    write('k8s/extra.jsonnet', '{ kind: "Pod" }');
    const error = await failure(imagesFromManifests(['k8s'], { cwd: root }));
    expect(error.code).toBe('MANIFEST_FILE_INVALID');
    expect(error.message).toMatch(
      /^k8s\/extra\.jsonnet: Jsonnet in k8s is rendered at deploy time/,
    );
  });

  it('an override verifies both ways where kustomize may not rewrite (Tekton steps); unmodelled images stay as written', async () => {
    write(
      'app/task.yaml',
      [
        'apiVersion: tekton.dev/v1',
        'kind: Task',
        'metadata: {name: t}',
        'spec:',
        '  steps:',
        '    - {name: s, image: ghcr.io/acme/step:1}',
        '  extra:',
        '    image: ghcr.io/acme/step:1',
      ].join('\n'),
    );
    write(
      'app/kustomization.yaml',
      'resources: [task.yaml]\nimages:\n  - {name: ghcr.io/acme/step, newTag: "2"}\n',
    );
    const scan = await imagesFromManifests(['app'], { cwd: root });
    expect(scan.images).toEqual([
      { reference: 'ghcr.io/acme/step:1', locations: [{ file: 'app/task.yaml', line: 6 }] },
      {
        reference: 'ghcr.io/acme/step:2',
        locations: [
          { file: 'app/kustomization.yaml', line: 3 },
          { file: 'app/task.yaml', line: 6 },
        ],
      },
      {
        reference: 'ghcr.io/acme/step:1',
        locations: [{ file: 'app/task.yaml', line: 8 }],
        unmodelled: 'spec.extra.image',
      },
    ]);
  });

  it('a kustomization resource that does not exist names the kustomization line', async () => {
    write('kustomization.yaml', 'resources:\n  - deployment.yaml\n  - missing.yaml\n');
    write('deployment.yaml', deployment('ghcr.io/acme/app:1'));
    const error = await failure(imagesFromManifests(['kustomization.yaml'], { cwd: root }));
    expect(error.code).toBe('MANIFEST_FILE_INVALID');
    expect(error.message).toMatch(/^kustomization\.yaml:3: resource missing\.yaml does not exist/);
  });

  it('kustomizations that include each other are a cycle, not a hang', async () => {
    write('a/kustomization.yaml', 'resources: [../b]\n');
    write('b/kustomization.yaml', 'resources: [../a]\n');
    const error = await failure(imagesFromManifests(['a/kustomization.yaml'], { cwd: root }));
    expect(error.code).toBe('MANIFEST_FILE_INVALID');
    expect(error.message).toContain('include each other in a cycle');
  });

  it('a file that does not exist is MANIFEST_FILE_INVALID naming it', async () => {
    const error = await failure(imagesFromManifests(['deploy/app.yaml'], { cwd: root }));
    expect(error).toEqual({
      code: 'MANIFEST_FILE_INVALID',
      message: expect.stringMatching(
        /^deploy\/app\.yaml: cannot read the manifest: no such file\n {2}hint: check the path/,
      ),
    });
  });

  it('a file too large to be a manifest is refused before it is read', async () => {
    write('deploy/huge.yaml', '');
    truncateSync(join(root, 'deploy/huge.yaml'), 17 * 1024 * 1024); // sparse: no 17 MiB written
    const error = await failure(imagesFromManifests(['deploy/huge.yaml'], { cwd: root }));
    expect(error.code).toBe('MANIFEST_FILE_INVALID');
    expect(error.message).toMatch(
      /^deploy\/huge\.yaml: 17825792 bytes is larger than the 16777216-byte limit/,
    );
  });

  it('a glob that matches nothing is an input error, not "nothing to verify"', async () => {
    const error = await failure(imagesFromManifests(['deploy/**/*.yaml'], { cwd: root }));
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.message).toContain('manifests pattern "deploy/**/*.yaml" matched no file');
  });

  it('invalid YAML in a matched file names the file and line', async () => {
    write('deploy/bad.yaml', 'kind: Pod\nspec:\n  containers: [\n');
    const error = await failure(imagesFromManifests(['deploy/*.yaml'], { cwd: root }));
    expect(error.code).toBe('MANIFEST_FILE_INVALID');
    expect(error.message).toMatch(/^deploy\/bad\.yaml:\d+:\d+: invalid YAML/);
  });
});
