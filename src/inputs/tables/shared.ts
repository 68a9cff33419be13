/**
 * Inputs more than one door declares, written once so they mean (and default to) the same thing
 * wherever they appear. Each table places them in its own order.
 */
import type { InputSpec } from '../spec.js';

export const INSECURE_REGISTRIES_INPUT: InputSpec = {
  name: 'insecure-registries',
  kind: 'list',
  description:
    'Registry hosts (host:port) reached over plain HTTP. Not needed for a loopback registry without TLS.',
};

export const REGISTRY_CA_FILE_INPUT: InputSpec = {
  name: 'registry-ca-file',
  kind: 'string',
  description: 'PEM file of extra certificate authorities to trust for the registries.',
};

export const SUMMARY_INPUT: InputSpec = {
  name: 'summary',
  kind: 'boolean',
  default: 'true',
  description: 'Write the job summary.',
};
