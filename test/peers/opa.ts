/**
 * OPA, the real one (scripts/peers.sh builds it), on the Rego imprint exports for
 * policy-controller: `opa check --strict` in OPA 1.x's own syntax and in the v0 mode
 * policy-controller parses with (cosign's rego.ValidateJSON sets ast.RegoV0), and
 * `opa eval` of `data.sigstore.isCompliant` on in-toto statements.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describeRun, type PeerRun, runPeer } from './tools.js';

export type RegoMode = 'v1' | 'v0-compatible';
export const REGO_MODES: readonly RegoMode[] = ['v1', 'v0-compatible'];

export interface ExportedRego {
  /** ClusterImagePolicy / authority / attestation, for messages. */
  where: string;
  predicateType: string;
  rego: string;
}

interface Attestation {
  name: string;
  predicateType: string;
  policy?: { type: string; data: string };
}
interface ClusterImagePolicy {
  kind: string;
  metadata: { name: string };
  spec: { authorities: { name: string; attestations?: Attestation[] }[] };
}

/** Every Rego policy in a policy-controller export, one per distinct text. */
export function exportedRego(yaml: string): ExportedRego[] {
  const found = new Map<string, ExportedRego>();
  for (const doc of parseAllDocuments(yaml)) {
    const resource = doc.toJS() as ClusterImagePolicy;
    if (resource.kind !== 'ClusterImagePolicy') continue;
    for (const authority of resource.spec.authorities) {
      for (const attestation of authority.attestations ?? []) {
        if (attestation.policy?.type !== 'rego' || found.has(attestation.policy.data)) continue;
        found.set(attestation.policy.data, {
          where: `${resource.metadata.name}/${authority.name}/${attestation.name}`,
          predicateType: attestation.predicateType,
          rego: attestation.policy.data,
        });
      }
    }
  }
  return [...found.values()];
}

const modeFlags = (mode: RegoMode) => (mode === 'v0-compatible' ? ['--v0-compatible'] : []);

function writeModule(rego: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'imprint-opa-')), 'policy.rego');
  writeFileSync(file, rego);
  return file;
}

export function opaCheckStrict(rego: string, mode: RegoMode): Promise<PeerRun> {
  return runPeer('opa', ['check', '--strict', ...modeFlags(mode), writeModule(rego)]);
}

/** `isCompliant` for each input, evaluated by one OPA process. */
export async function opaIsCompliant(
  rego: string,
  inputs: readonly unknown[],
  mode: RegoMode,
): Promise<boolean[]> {
  const module = writeModule(rego);
  const inputFile = join(module, '..', 'input.json');
  writeFileSync(inputFile, JSON.stringify({ cases: inputs }));
  const run = await runPeer('opa', [
    'eval',
    ...modeFlags(mode),
    '--format',
    'json',
    '--data',
    module,
    '--input',
    inputFile,
    '[r | c := input.cases[_]; r := data.sigstore.isCompliant with input as c]',
  ]);
  if (run.code !== 0) throw new Error(describeRun(run));
  const output = JSON.parse(run.stdout) as { result?: { expressions: { value: unknown }[] }[] };
  const value = output.result?.[0]?.expressions[0]?.value;
  if (!Array.isArray(value) || value.length !== inputs.length) {
    throw new Error(`opa eval gave no verdict per input\n${describeRun(run)}`);
  }
  return value.map((verdict) => verdict === true);
}

/** Go RE2's verdict (OPA's regex.match) for each pattern and text. */
export async function re2Matches(
  cases: readonly { pattern: string; text: string }[],
): Promise<boolean[]> {
  const dir = mkdtempSync(join(tmpdir(), 'imprint-opa-'));
  const inputFile = join(dir, 'input.json');
  writeFileSync(inputFile, JSON.stringify({ cases }));
  const run = await runPeer('opa', [
    'eval',
    '--format',
    'json',
    '--input',
    inputFile,
    '[m | c := input.cases[_]; m := regex.match(c.pattern, c.text)]',
  ]);
  if (run.code !== 0) throw new Error(describeRun(run));
  const output = JSON.parse(run.stdout) as { result?: { expressions: { value: unknown }[] }[] };
  const value = output.result?.[0]?.expressions[0]?.value;
  if (!Array.isArray(value)) throw new Error(`opa eval gave no matches\n${describeRun(run)}`);
  return value.map((match) => match === true);
}

/** The in-toto statement policy-controller hands its Rego (input.predicate is what rules read). */
export function statement(predicateType: string, predicate: unknown, digest: string): object {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    predicateType,
    subject: [{ name: 'image', digest: { sha256: digest.replace(/^sha256:/, '') } }],
    predicate,
  };
}
