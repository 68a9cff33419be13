/**
 * `exportPolicy`: one policy → the YAML a cluster enforces, for Kyverno (ClusterPolicy or
 * ImageValidatingPolicy) or sigstore policy-controller, plus warnings for everything the
 * target cannot say exactly (also written into the YAML's header comment).
 */
import { ImprintError } from '../../errors.js';
import type { Policy } from '../schema.js';
import { kyvernoClusterPolicy } from './kyverno.js';
import { kyvernoImageValidatingPolicy } from './kyverno-ivp.js';
import { type ExportOptions, gatherMaterials } from './materials.js';
import { buildExportModel, resourceName } from './model.js';
import { policyControllerResources } from './policy-controller.js';
import { renderYaml } from './render.js';

export const EXPORT_TARGETS = ['kyverno', 'kyverno-ivp', 'policy-controller'] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

export interface ExportResult {
  yaml: string;
  warnings: string[];
}

const TARGET_NAMES: Record<ExportTarget, string> = {
  kyverno:
    'Kyverno ClusterPolicy (kyverno.io/v1) verifyImages, type SigstoreBundle (what imprint publish writes)',
  'kyverno-ivp': 'Kyverno ImageValidatingPolicy (policies.kyverno.io/v1)',
  'policy-controller':
    'sigstore policy-controller ClusterImagePolicy (policy.sigstore.dev/v1beta1), signatureFormat bundle',
};

export function exportPolicy(
  policy: Policy,
  target: ExportTarget,
  options: ExportOptions,
): ExportResult {
  if (!EXPORT_TARGETS.includes(target)) {
    throw new ImprintError('INPUT_INVALID', `Unknown export target "${String(target)}".`, {
      hint: `use one of: ${EXPORT_TARGETS.join(', ')}`,
    });
  }
  const materials = gatherMaterials(policy, options);
  const model = buildExportModel(policy, options.now);
  const warnings = [...model.warnings];
  const name = options.name ?? resourceName(options.source);
  let resources: object[];
  switch (target) {
    case 'kyverno':
      resources = [kyvernoClusterPolicy(model, materials, name, warnings)];
      break;
    case 'kyverno-ivp':
      resources = [kyvernoImageValidatingPolicy(model, materials, name, warnings)];
      break;
    default:
      resources = policyControllerResources(model, materials, name, warnings);
  }
  const unique = [...new Set(warnings)];
  const yaml = renderYaml(resources, {
    source: options.source ?? 'a policy given on the command line',
    target: TARGET_NAMES[target],
    notes: model.notes,
    warnings: unique,
  });
  return { yaml, warnings: unique };
}
