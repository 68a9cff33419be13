import { parseAllDocuments } from 'yaml';
import { EXPORT_TARGETS, exportPolicy } from '../../../src/policy/export/index.js';
import { parsePolicy } from '../../../src/policy/load.js';
import { crdValidator, structural } from './crd-schema.js';
import { readFixtureText } from './fixtures.js';
import { MATRIX } from './policies.js';

const NOW = new Date('2026-06-01T12:00:00Z');

const VALIDATORS = {
  ClusterPolicy: crdValidator('kyverno.io_clusterpolicies.yaml', 'v1'),
  ImageValidatingPolicy: crdValidator('policies.kyverno.io_imagevalidatingpolicies.yaml', 'v1'),
  ClusterImagePolicy: crdValidator('policy-controller_clusterimagepolicy.yaml', 'v1beta1'),
  TrustRoot: crdValidator('policy-controller_trustroot.yaml', 'v1alpha1'),
};

const KEYS = {
  './cosign.pub': readFixtureText('cosign-classic', 'alice.key'),
  './other.pub': readFixtureText('cosign-classic', 'bob.key'),
};
const TRUSTED_ROOT = JSON.parse(
  readFixtureText(
    'sigstore-conformance',
    'bundle-verify',
    'rekor2-timestamp-with-embedded-cert',
    'trusted_root.json',
  ),
);

function exported(name: string, target: (typeof EXPORT_TARGETS)[number]) {
  return exportPolicy(parsePolicy(MATRIX[name]!, `${name}.yaml`), target, {
    now: NOW,
    source: `${name}.yaml`,
    publicKeys: KEYS,
    trustedRoot: TRUSTED_ROOT,
  });
}

describe('exported resources validate against the CRDs', () => {
  const cases = Object.keys(MATRIX).flatMap((name) =>
    EXPORT_TARGETS.map((target) => [name, target] as const),
  );

  it.each(cases)('%s → %s', (name, target) => {
    const { yaml } = exported(name, target);
    const documents = parseAllDocuments(yaml);
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) {
      expect(document.errors).toEqual([]);
      const resource = document.toJS() as { kind: keyof typeof VALIDATORS };
      const validate = VALIDATORS[resource.kind];
      expect(validate).toBeDefined();
      const valid = validate(resource);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('emits a TrustRoot beside the ClusterImagePolicies when the policy names a trusted root', () => {
    const kinds = parseAllDocuments(
      exported('warn-regex-trusted-root', 'policy-controller').yaml,
    ).map((d) => (d.toJS() as { kind: string }).kind);
    // Two allow globs × two signers that must both sign (policies are all-of, authorities any-of).
    expect(kinds).toEqual([
      'ClusterImagePolicy',
      'ClusterImagePolicy',
      'ClusterImagePolicy',
      'ClusterImagePolicy',
      'TrustRoot',
    ]);
  });
});

describe('the CRD schema conversion itself', () => {
  it('rejects a misspelt field, so the export tests can fail', () => {
    const validate = VALIDATORS.ClusterImagePolicy;
    const resource = {
      apiVersion: 'policy.sigstore.dev/v1beta1',
      kind: 'ClusterImagePolicy',
      metadata: { name: 'x' },
      spec: { images: [{ glob: '**' }], authorities: [{ keyles: {} }] },
    };
    expect(validate(resource)).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({
      instancePath: '/spec/authorities/0',
      keyword: 'additionalProperties',
      params: { additionalProperty: 'keyles' },
    });
  });

  it('rejects a value outside an enum', () => {
    const validate = VALIDATORS.ClusterPolicy;
    const resource = {
      apiVersion: 'kyverno.io/v1',
      kind: 'ClusterPolicy',
      metadata: { name: 'x' },
      spec: { validationFailureAction: 'Block', rules: [] },
    };
    expect(validate(resource)).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({
      instancePath: '/spec/validationFailureAction',
      keyword: 'enum',
    });
  });

  it('keeps preserve-unknown-fields open, int-or-string either, nullable null', () => {
    expect(structural({ type: 'object', 'x-kubernetes-preserve-unknown-fields': true })).toEqual({
      type: 'object',
    });
    expect(structural({ 'x-kubernetes-int-or-string': true })).toEqual({
      anyOf: [{ type: 'integer' }, { type: 'string' }],
    });
    expect(structural({ type: 'string', nullable: true })).toEqual({ type: ['string', 'null'] });
    expect(
      structural({
        type: 'object',
        properties: { a: { type: 'object', additionalProperties: { type: 'string' } } },
      }),
    ).toEqual({
      type: 'object',
      properties: { a: { type: 'object', additionalProperties: { type: 'string' } } },
      additionalProperties: false,
    });
  });
});
