import { isImprintError } from '../../../src/errors.js';
import { parseManifestText } from '../../../src/manifests/parse.js';

function images(text: string, fileName = 'app.yaml') {
  return parseManifestText(text, `deploy/${fileName}`, fileName).images;
}

function podSpec(indent: number, image: string): string {
  const pad = ' '.repeat(indent);
  return [`${pad}containers:`, `${pad}  - name: app`, `${pad}    image: ${image}`].join('\n');
}

describe('Kubernetes workloads', () => {
  const cases: Array<[string, string]> = [
    [
      'Pod',
      `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${podSpec(2, 'ghcr.io/acme/pod:1')}\n`,
    ],
    ...['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'].map(
      (kind): [string, string] => [
        kind,
        `apiVersion: apps/v1\nkind: ${kind}\nmetadata: {name: w}\nspec:\n  template:\n    spec:\n${podSpec(6, `ghcr.io/acme/${kind.toLowerCase()}:1`)}\n`,
      ],
    ),
    [
      'CronJob',
      `apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n${podSpec(10, 'ghcr.io/acme/cronjob:1')}\n`,
    ],
  ];

  it.each(cases)('%s: the container image with its line', (kind, text) => {
    const found = images(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.reference).toBe(`ghcr.io/acme/${kind.toLowerCase()}:1`);
    const expectedLine = text.split('\n').findIndex((line) => line.includes('image:')) + 1;
    expect(found[0]!.line).toBe(expectedLine);
  });

  it('containers, initContainers and ephemeralContainers, in order', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'spec:',
      '  initContainers:',
      '    - name: init',
      '      image: ghcr.io/acme/init:1',
      '  containers:',
      '    - name: app',
      '      image: ghcr.io/acme/app:1',
      '    - {name: sidecar, image: "ghcr.io/acme/sidecar@sha256:' + 'a'.repeat(64) + '"}',
      '  ephemeralContainers:',
      '    - name: debug',
      '      image: busybox',
    ].join('\n');
    expect(images(text)).toEqual([
      { reference: 'ghcr.io/acme/init:1', line: 7 },
      { reference: 'ghcr.io/acme/app:1', line: 10 },
      { reference: `ghcr.io/acme/sidecar@sha256:${'a'.repeat(64)}`, line: 11 },
      { reference: 'busybox', line: 14, outsideContainers: true },
    ]);
  });

  it('a List holds whole objects under items', () => {
    const text = [
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - apiVersion: v1',
      '    kind: Pod',
      '    spec:',
      '      containers: [{name: a, image: ghcr.io/acme/a:1}]',
      '  - apiVersion: apps/v1',
      '    kind: Deployment',
      '    spec:',
      '      template:',
      '        spec:',
      '          containers: [{name: b, image: ghcr.io/acme/b:1}]',
    ].join('\n');
    expect(images(text)).toEqual([
      { reference: 'ghcr.io/acme/a:1', line: 7 },
      { reference: 'ghcr.io/acme/b:1', line: 13 },
    ]);
  });

  it('multi-document files: every document, lines counted across the file', () => {
    const text = [
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: s}',
      '---',
      'apiVersion: v1',
      'kind: Pod',
      'spec:',
      '  containers: [{name: a, image: ghcr.io/acme/a:1}]',
      '---',
      '# only a comment',
      '---',
      'apiVersion: v1',
      'kind: Pod',
      'spec:',
      '  containers:',
      '    - name: b',
      '      image: ghcr.io/acme/b:2',
    ].join('\n');
    expect(images(text)).toEqual([
      { reference: 'ghcr.io/acme/a:1', line: 8 },
      { reference: 'ghcr.io/acme/b:2', line: 17 },
    ]);
  });

  it('custom resources that embed a pod template (Argo Rollout) are read too', () => {
    const text = `apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nspec:\n  template:\n    spec:\n${podSpec(6, 'ghcr.io/acme/rollout:1')}\n`;
    expect(images(text).map((i) => i.reference)).toEqual(['ghcr.io/acme/rollout:1']);
  });

  it('objects without containers give nothing; a container without an image is a problem', () => {
    const parsed = parseManifestText(
      'apiVersion: v1\nkind: ConfigMap\ndata: {containers: "not a list"}\n---\napiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: nameless\n',
      'x.yaml',
      'x.yaml',
    );
    expect(parsed.images).toEqual([]);
    expect(parsed.problems).toEqual([{ line: 9, message: 'container nameless names no image' }]);
  });

  it('YAML that is not a manifest (no kind, no services) is ignored', () => {
    expect(images('name: build\non: push\njobs: {}\n')).toEqual([]);
  });
});

describe('image-bearing fields beyond pod containers', () => {
  it('Tekton: Task steps, sidecars and stepTemplate; a Pipeline and a TaskRun embedding task specs', () => {
    const text = [
      'apiVersion: tekton.dev/v1',
      'kind: Task',
      'metadata: {name: build}',
      'spec:',
      '  stepTemplate:',
      '    image: ghcr.io/acme/template:1',
      '  steps:',
      '    - name: compile',
      '      image: ghcr.io/acme/compile:1',
      '    - name: uses-template',
      '      script: echo hi',
      '  sidecars:',
      '    - {name: docker, image: ghcr.io/acme/dind:1}',
      '---',
      'apiVersion: tekton.dev/v1',
      'kind: Pipeline',
      'spec:',
      '  tasks:',
      '    - name: inline',
      '      taskSpec:',
      '        steps: [{name: s, image: ghcr.io/acme/pipeline-step:1}]',
      '---',
      'apiVersion: tekton.dev/v1',
      'kind: TaskRun',
      'spec:',
      '  taskSpec:',
      '    steps: [{name: s, image: ghcr.io/acme/taskrun-step:1}]',
    ].join('\n');
    const parsed = parseManifestText(text, 'deploy/tekton.yaml', 'tekton.yaml');
    expect(parsed.images).toEqual([
      { reference: 'ghcr.io/acme/template:1', line: 6, outsideContainers: true },
      { reference: 'ghcr.io/acme/compile:1', line: 9, outsideContainers: true },
      { reference: 'ghcr.io/acme/dind:1', line: 13, outsideContainers: true },
      { reference: 'ghcr.io/acme/pipeline-step:1', line: 21, outsideContainers: true },
      { reference: 'ghcr.io/acme/taskrun-step:1', line: 27, outsideContainers: true },
    ]);
    // A Tekton step without an image (it takes the stepTemplate's) is no problem.
    expect(parsed.problems).toEqual([]);
  });

  it('Argo Workflows: container, script and containerSet templates; steps that only name templates', () => {
    const text = [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Workflow',
      'spec:',
      '  templates:',
      '    - name: main',
      '      steps:',
      '        - - {name: a, template: build}',
      '    - name: build',
      '      container: {image: ghcr.io/acme/build:1, command: [make]}',
      '    - name: report',
      '      script:',
      '        image: ghcr.io/acme/python:3',
      '        source: print(1)',
      '    - name: pair',
      '      containerSet:',
      '        containers: [{name: x, image: ghcr.io/acme/set:1}]',
    ].join('\n');
    expect(images(text)).toEqual([
      { reference: 'ghcr.io/acme/build:1', line: 9, outsideContainers: true },
      { reference: 'ghcr.io/acme/python:3', line: 12, outsideContainers: true },
      { reference: 'ghcr.io/acme/set:1', line: 16 },
    ]);
  });

  it('image volumes: volumes[].image.reference', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'spec:',
      '  containers: [{name: a, image: ghcr.io/acme/a:1}]',
      '  volumes:',
      '    - name: models',
      '      image:',
      '        reference: ghcr.io/acme/models:2',
      '        pullPolicy: IfNotPresent',
    ].join('\n');
    expect(images(text)).toEqual([
      { reference: 'ghcr.io/acme/a:1', line: 4 },
      { reference: 'ghcr.io/acme/models:2', line: 8, outsideContainers: true },
    ]);
  });

  it('a container that takes its image from a YAML merge key (kubectl reads `<<`) is read', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'spec:',
      '  containers:',
      '    - &base {name: a, image: ghcr.io/acme/a:1}',
      '    - <<: *base',
      '      name: b',
      '    - <<: [{name: c, image: ghcr.io/acme/merged:1}]',
    ].join('\n');
    const parsed = parseManifestText(text, 'deploy/x.yaml', 'x.yaml');
    expect(parsed.images).toEqual([
      { reference: 'ghcr.io/acme/a:1', line: 5 },
      { reference: 'ghcr.io/acme/a:1', line: 5 },
      { reference: 'ghcr.io/acme/merged:1', line: 8 },
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('backstop: every other `image` scalar and image.reference is reported as unmodelled, with its path', () => {
    const text = [
      'apiVersion: monitoring.coreos.com/v1',
      'kind: Prometheus',
      'metadata: {name: p, annotations: {image: "not-a-field"}}',
      'spec:',
      '  image: quay.io/prometheus/prometheus:v2',
      '  thanos:',
      '    image: quay.io/thanos/thanos:v0.30',
      '  plugins:',
      '    - image: {reference: ghcr.io/acme/plugin:1}',
      '  containers:',
      '    - {name: sidecar, image: ghcr.io/acme/sidecar:1}',
    ].join('\n');
    expect(images(text)).toEqual([
      { reference: 'ghcr.io/acme/sidecar:1', line: 11 },
      { reference: 'not-a-field', line: 3, unmodelled: 'metadata.annotations.image' },
      { reference: 'quay.io/prometheus/prometheus:v2', line: 5, unmodelled: 'spec.image' },
      { reference: 'quay.io/thanos/thanos:v0.30', line: 7, unmodelled: 'spec.thanos.image' },
      {
        reference: 'ghcr.io/acme/plugin:1',
        line: 9,
        unmodelled: 'spec.plugins[0].image.reference',
      },
    ]);
  });

  it('an anchored image used by a container is not also reported as unmodelled', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'spec:',
      '  containers:',
      '    - name: a',
      '      image: &img ghcr.io/acme/a:1',
      '    - {name: b, image: *img}',
    ].join('\n');
    expect(images(text)).toEqual([
      { reference: 'ghcr.io/acme/a:1', line: 6 },
      { reference: 'ghcr.io/acme/a:1', line: 6 },
    ]);
  });
});

describe('Docker Compose', () => {
  it('services.*.image with lines; a service built locally is a note', () => {
    const parsed = parseManifestText(
      [
        'services:',
        '  web:',
        '    image: ghcr.io/acme/web:1.0',
        '    ports: ["80:80"]',
        '  db:',
        '    image: "postgres:16"',
        '  local:',
        '    build: .',
      ].join('\n'),
      'compose.yaml',
      'compose.yaml',
    );
    expect(parsed.images).toEqual([
      { reference: 'ghcr.io/acme/web:1.0', line: 3 },
      { reference: 'postgres:16', line: 6 },
    ]);
    expect(parsed.problems).toEqual([
      { line: 7, message: 'service local has no image (built locally?), so it is not verified' },
    ]);
  });
});

describe('kustomizations', () => {
  it('reads resources and images overrides (newTag kept as written)', () => {
    const parsed = parseManifestText(
      [
        'apiVersion: kustomize.config.k8s.io/v1beta1',
        'kind: Kustomization',
        'resources:',
        '  - deployment.yaml',
        '  - ../base',
        'images:',
        '  - name: ghcr.io/acme/app',
        '    newTag: 1.20',
        '  - name: nginx',
        '    newName: ghcr.io/acme/nginx',
        `    digest: sha256:${'b'.repeat(64)}`,
      ].join('\n'),
      'overlay/kustomization.yaml',
      'kustomization.yaml',
    );
    expect(parsed.images).toEqual([]);
    expect(parsed.kustomization).toEqual({
      resources: [
        { path: 'deployment.yaml', line: 4 },
        { path: '../base', line: 5 },
      ],
      overrides: [
        { name: 'ghcr.io/acme/app', newTag: '1.20', line: 7 },
        {
          name: 'nginx',
          newName: 'ghcr.io/acme/nginx',
          digest: `sha256:${'b'.repeat(64)}`,
          line: 9,
        },
      ],
    });
  });

  it('an override without a name is an error at its line', () => {
    expect(() =>
      parseManifestText(
        'resources: []\nimages:\n  - newTag: "2"\n',
        'k/kustomization.yaml',
        'kustomization.yaml',
      ),
    ).toThrow(/^k\/kustomization\.yaml:3: an images: entry needs a name/);
  });
});

describe('invalid YAML', () => {
  it('is MANIFEST_FILE_INVALID naming file, line and column', () => {
    const text = 'apiVersion: v1\nkind: Pod\nspec:\n  containers: [\n    {name: a, image: x\n';
    let error: unknown;
    try {
      parseManifestText(text, 'deploy/broken.yaml', 'broken.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(isImprintError(error, 'MANIFEST_FILE_INVALID')).toBe(true);
    expect((error as Error).message).toMatch(/^deploy\/broken\.yaml:\d+:\d+: invalid YAML: .+/);
    expect((error as Error).message).not.toMatch(/at line \d+, column \d+/);
  });

  it('a duplicate key in any document is reported with its line', () => {
    expect(() =>
      parseManifestText('kind: Pod\n---\nkind: Pod\nkind: Deployment\n', 'dup.yaml', 'dup.yaml'),
    ).toThrow(/^dup\.yaml:4:1: invalid YAML: Map keys must be unique/);
  });
});
