/**
 * What real Fulcio puts in a certificate for a CI token: the SAN and the Sigstore extensions
 * (OID 1.3.6.1.4.1.57264.1.*), following the templates of Fulcio's `config/identity/config.yaml`
 * (`ci-issuer-metadata` for github-workflow and gitlab-pipeline). Extensions .8 and above are
 * DER UTF8Strings; the legacy GitHub ones (.1–.6) hold raw bytes.
 */
import { type Claims, GITHUB_ISSUER, GITLAB_ISSUER } from './claims.js';

export interface CertificateExtension {
  oid: string;
  value: string;
  /** Raw bytes instead of a DER UTF8String (the deprecated .1–.6 extensions). */
  legacy?: boolean;
}

export interface FulcioIdentity {
  subjectAltName: string;
  extensions: CertificateExtension[];
}

const OID = (n: number): string => `1.3.6.1.4.1.57264.1.${n}`;

export function fulcioIdentity(claims: Claims): FulcioIdentity {
  const issuer = text(claims, 'iss');
  if (issuer === GITHUB_ISSUER) return githubIdentity(claims);
  if (issuer === GITLAB_ISSUER) return gitlabIdentity(claims);
  throw new Error(`unsupported issuer ${issuer}: this Fulcio knows GitHub Actions and GitLab`);
}

function githubIdentity(claims: Claims): FulcioIdentity {
  const url = 'https://github.com';
  const san = `${url}/${text(claims, 'job_workflow_ref')}`;
  const extensions: CertificateExtension[] = [
    legacy(1, text(claims, 'iss')),
    legacy(2, optional(claims, 'event_name')),
    legacy(3, optional(claims, 'sha')),
    legacy(4, optional(claims, 'workflow')),
    legacy(5, optional(claims, 'repository')),
    legacy(6, optional(claims, 'ref')),
    utf8(8, text(claims, 'iss')),
    utf8(9, san),
    utf8(10, optional(claims, 'job_workflow_sha')),
    utf8(11, optional(claims, 'runner_environment')),
    utf8(12, `${url}/${text(claims, 'repository')}`),
    utf8(13, optional(claims, 'sha')),
    utf8(14, optional(claims, 'ref')),
    utf8(15, optional(claims, 'repository_id')),
    utf8(16, `${url}/${text(claims, 'repository_owner')}`),
    utf8(17, optional(claims, 'repository_owner_id')),
    utf8(18, `${url}/${text(claims, 'workflow_ref')}`),
    utf8(19, optional(claims, 'workflow_sha')),
    utf8(20, optional(claims, 'event_name')),
    utf8(
      21,
      `${url}/${text(claims, 'repository')}/actions/runs/${text(claims, 'run_id')}/attempts/${text(claims, 'run_attempt')}`,
    ),
    utf8(22, optional(claims, 'repository_visibility')),
    utf8(23, optional(claims, 'environment')),
  ];
  return { subjectAltName: san, extensions: extensions.filter((e) => e.value !== '') };
}

function gitlabIdentity(claims: Claims): FulcioIdentity {
  const url = text(claims, 'iss');
  const san = `https://${text(claims, 'ci_config_ref_uri')}`;
  const refKind = text(claims, 'ref_type') === 'branch' ? 'heads' : 'tags';
  const extensions: CertificateExtension[] = [
    legacy(1, url),
    utf8(8, url),
    utf8(9, san),
    utf8(10, optional(claims, 'ci_config_sha')),
    utf8(11, optional(claims, 'runner_environment')),
    utf8(12, `${url}/${text(claims, 'project_path')}`),
    utf8(13, optional(claims, 'sha')),
    utf8(14, `refs/${refKind}/${text(claims, 'ref')}`),
    utf8(15, optional(claims, 'project_id')),
    utf8(16, `${url}/${text(claims, 'namespace_path')}`),
    utf8(17, optional(claims, 'namespace_id')),
    utf8(18, san),
    utf8(19, optional(claims, 'ci_config_sha')),
    utf8(20, optional(claims, 'pipeline_source')),
    utf8(21, `${url}/${text(claims, 'project_path')}/-/jobs/${text(claims, 'job_id')}`),
    utf8(22, optional(claims, 'project_visibility')),
    utf8(23, optional(claims, 'environment')),
  ];
  return { subjectAltName: san, extensions: extensions.filter((e) => e.value !== '') };
}

/** A claim the identity cannot be built without: real Fulcio rejects the token without it. */
function text(claims: Claims, name: string): string {
  const value = optional(claims, name);
  if (value === '') throw new Error(`token is missing the ${name} claim`);
  return value;
}

function optional(claims: Claims, name: string): string {
  const value = claims[name];
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === undefined || value === null ? '' : JSON.stringify(value);
}

function utf8(n: number, value: string): CertificateExtension {
  return { oid: OID(n), value };
}

function legacy(n: number, value: string): CertificateExtension {
  return { oid: OID(n), value, legacy: true };
}
