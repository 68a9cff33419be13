/**
 * The promote door's inputs, declared once: the promote Action reads them as INPUT_*, the GitLab
 * promote component as spec inputs, and `imprint copy` as --flags (the two images are its
 * arguments there). Tests keep promote/action.yml, the component and the README in step.
 */
import type { InputSpec } from '../spec.js';
import { INSECURE_REGISTRIES_INPUT, REGISTRY_CA_FILE_INPUT } from './shared.js';

export const PROMOTE_INPUTS: readonly InputSpec[] = [
  {
    name: 'source',
    kind: 'string',
    description:
      'Image to promote, best by digest (registry/repository@sha256:…; a tag is resolved once, at the start).',
  },
  {
    name: 'destination',
    kind: 'string',
    description:
      'Where it goes: registry/repository[:tag] (without a tag, the source tag if it has one). Digests stay the same.',
  },
  {
    name: 'policy',
    kind: 'string',
    description:
      'Policy file: the image is verified at the source before anything is copied (nothing is when it fails) and again at the destination.',
  },
  {
    name: 'trusted-root',
    kind: 'string',
    description:
      'trusted_root.json of a private Sigstore instance for the policy (default: the Sigstore public-good root).',
  },
  {
    name: 'source-username',
    kind: 'string',
    description:
      'User name for the source registry (default: docker config, CI_REGISTRY_USER on GitLab, GITHUB_TOKEN for ghcr.io).',
  },
  {
    name: 'source-password',
    kind: 'string',
    secret: true,
    description:
      'Password or token for the source registry (CLI: IMPRINT_SOURCE_PASSWORD, off the command line).',
    actionDescription:
      'Password or token for the source registry. Pass it from a secret (e.g. secrets.DEV_REGISTRY_TOKEN), never literally.',
  },
  {
    name: 'destination-username',
    kind: 'string',
    description:
      'User name for the destination registry (default: docker config, CI_REGISTRY_USER on GitLab, GITHUB_TOKEN for ghcr.io).',
  },
  {
    name: 'destination-password',
    kind: 'string',
    secret: true,
    description:
      'Password or token for the destination registry (CLI: IMPRINT_DESTINATION_PASSWORD, off the command line).',
    actionDescription:
      'Password or token for the destination registry. Pass it from a secret (e.g. secrets.PROD_REGISTRY_TOKEN), never literally.',
  },
  INSECURE_REGISTRIES_INPUT,
  REGISTRY_CA_FILE_INPUT,
];
