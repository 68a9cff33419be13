/**
 * The cosign vulnerability predicate (`https://cosign.sigstore.dev/attestation/vuln/v1`), pure.
 * Trivy's own `--format cosign-vuln` leaves invocation and scanner.db empty; verifiers and
 * policies read them, so here every field must be filled or the builder refuses.
 */
import { ImprintError } from '../errors.js';

export interface VulnPredicate {
  invocation: {
    /** The scanner's argument list (never credentials: those travel in the environment). */
    parameters: string[];
    /** The CI run that scanned, e.g. https://github.com/acme/app/actions/runs/123. */
    uri: string;
    event_id: string;
    'builder.id': string;
  };
  scanner: {
    /** `pkg:github/aquasecurity/trivy@<version>` */
    uri: string;
    version: string;
    db: { uri: string; version: string };
    /** The Trivy JSON report, as Trivy wrote it. */
    result: unknown;
  };
  metadata: { scanStartedOn: string; scanFinishedOn: string };
}

/** Where the scan ran, from the CI context adapter. */
export interface InvocationContext {
  uri: string;
  eventId: string;
  builderId: string;
}

export interface VulnPredicateInput {
  invocation: InvocationContext;
  parameters: readonly string[];
  scannerVersion: string;
  db: { uri: string; version: string };
  result: unknown;
  startedAt: Date;
  finishedAt: Date;
}

function trivyScannerUri(version: string): string {
  return `pkg:github/aquasecurity/trivy@${version}`;
}

function requireFilled(fields: Record<string, string>): void {
  const empty = Object.entries(fields)
    .filter(([, value]) => value.trim() === '')
    .map(([name]) => name);
  if (empty.length > 0) {
    throw new ImprintError(
      'INTERNAL',
      `cannot build the vulnerability attestation: ${empty.join(', ')} ${empty.length === 1 ? 'is' : 'are'} empty`,
      {
        hint: 'The CI context must give the run URL, event id and builder id; the DB step its source and version.',
      },
    );
  }
}

function requireTime(name: string, time: Date): string {
  if (Number.isNaN(time.getTime())) {
    throw new ImprintError(
      'INTERNAL',
      `cannot build the vulnerability attestation: ${name} is not a valid time`,
    );
  }
  return time.toISOString();
}

export function buildVulnPredicate(input: VulnPredicateInput): VulnPredicate {
  requireFilled({
    'invocation.uri': input.invocation.uri,
    'invocation.event_id': input.invocation.eventId,
    'invocation.builder.id': input.invocation.builderId,
    'scanner.version': input.scannerVersion,
    'scanner.db.uri': input.db.uri,
    'scanner.db.version': input.db.version,
  });
  if (input.parameters.length === 0) {
    throw new ImprintError(
      'INTERNAL',
      'cannot build the vulnerability attestation: invocation.parameters is empty',
    );
  }
  if (typeof input.result !== 'object' || input.result === null) {
    throw new ImprintError(
      'INTERNAL',
      'cannot build the vulnerability attestation: scanner.result is not a report object',
    );
  }
  const scanStartedOn = requireTime('metadata.scanStartedOn', input.startedAt);
  const scanFinishedOn = requireTime('metadata.scanFinishedOn', input.finishedAt);
  if (input.finishedAt.getTime() < input.startedAt.getTime()) {
    throw new ImprintError(
      'INTERNAL',
      `cannot build the vulnerability attestation: the scan finished (${scanFinishedOn}) before it started (${scanStartedOn})`,
    );
  }
  return {
    invocation: {
      parameters: [...input.parameters],
      uri: input.invocation.uri,
      event_id: input.invocation.eventId,
      'builder.id': input.invocation.builderId,
    },
    scanner: {
      uri: trivyScannerUri(input.scannerVersion),
      version: input.scannerVersion,
      db: { uri: input.db.uri, version: input.db.version },
      result: input.result,
    },
    metadata: { scanStartedOn, scanFinishedOn },
  };
}
