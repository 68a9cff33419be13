/**
 * A whole Sigstore on loopback for tests (HARNESS.md "Sigstore on loopback"): Fulcio (with a CT
 * log), Rekor v1, an RFC 3161 TSA, an OIDC issuer and GitHub's token endpoint, each a real HTTP
 * server on 127.0.0.1, plus the trusted_root.json that makes their output verifiable.
 *
 * The crypto is @sigstore/mock's; its sub-modules are imported one by one because the package
 * entry loads nock, which breaks real sockets.
 */
import { generateKeyPairSync, type KeyPairKeyObjectResult } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initializeCA } from '@sigstore/mock/dist/fulcio/ca.js';
import { initializeCTLog } from '@sigstore/mock/dist/fulcio/ctlog.js';
import { initializeTLog } from '@sigstore/mock/dist/rekor/tlog.js';
import { initializeTSA } from '@sigstore/mock/dist/timestamp/tsa.js';
import type { Claims } from './claims.js';
import { bytesOf, fulcioHandler, type LeafSource } from './fulcio.js';
import type { LeafProfile } from './leaf.js';
import { createOidcIssuer, type MintOptions, newRequestToken } from './oidc.js';
import { rekorHandler } from './rekor.js';
import { type Fault, LoopbackService } from './service.js';
import { buildTrustedRoot, type TrustedRootJSON } from './trusted-root.js';
import { tsaHandler, wholeSecondClock } from './tsa.js';

export type { Claims, TokenShape } from './claims.js';
export type { MintOptions } from './oidc.js';
export type { Fault } from './service.js';
export { SERVER_AUTH_LEAF, type LeafProfile } from './leaf.js';
export type { TrustedRootJSON } from './trusted-root.js';

export type ServiceName = 'fulcio' | 'rekor' | 'tsa' | 'oidc' | 'githubToken';

export interface SigstoreStack {
  fulcioURL: string;
  rekorURL: string;
  tsaURL: string;
  issuerURL: string;
  trustedRootPath: string;
  trustedRoot: TrustedRootJSON;
  mintToken(options: MintOptions): Promise<string>;
  /** GitHub's ID-token endpoint: `url` is what ACTIONS_ID_TOKEN_REQUEST_URL holds. */
  githubTokenEndpoint: {
    url: string;
    requestToken: string;
    /** Claims the tokens it hands out add or override (e.g. a tag ref). */
    claims: Claims;
  };
  /** Requests each service has received, outages included. */
  readonly counts: Record<ServiceName, number>;
  /**
   * From now on Fulcio issues leaves of this profile (a TLS server certificate, a CA) from its
   * own CA, with a real SCT; undefined goes back to its code-signing leaves.
   */
  issueLeavesAs(profile: LeafProfile | undefined): void;
  /** Makes the next `fault.times` requests to `service` fail (5xx, or drop after committing). */
  fail(service: ServiceName, fault: Fault): void;
  /** Stops one service: its port then refuses connections. */
  stopService(service: ServiceName): Promise<void>;
  stop(): Promise<void>;
}

export async function startSigstoreStack(): Promise<SigstoreStack> {
  const issuer = await createOidcIssuer();
  const ecKey = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const [caKey, ctKey, rekorKey, tsaKey] = [ecKey(), ecKey(), ecKey(), ecKey()];
  const ctLog = await initializeCTLog(ctKey);
  const ca = await initializeCA(caKey, ctLog);
  const { clock, tick } = wholeSecondClock();
  const tsa = await initializeTSA(tsaKey, clock);

  const leaves: LeafSource = {
    issuer: { caKey, rootCertificate: bytesOf(ca.rootCertificate), ctLog },
  };
  const services: Record<ServiceName, LoopbackService> = {
    fulcio: await LoopbackService.start('fulcio', fulcioHandler(ca, issuer, leaves)),
    tsa: await LoopbackService.start('tsa', tsaHandler(tsa, tick)),
    oidc: await LoopbackService.start(
      'oidc',
      issuer.handler(() => services.oidc.url),
    ),
    rekor: await startRekor(rekorKey),
    githubToken: undefined as unknown as LoopbackService,
  };
  const endpointClaims: Claims = {};
  const requestToken = newRequestToken();
  services.githubToken = await LoopbackService.start(
    'github-token',
    issuer.githubTokenHandler(requestToken, () => endpointClaims),
  );

  const trustedRoot = buildTrustedRoot({
    fulcioURL: services.fulcio.url,
    fulcioChain: [bytesOf(ca.rootCertificate)],
    rekorURL: services.rekor.url,
    rekorKey: rekorKey.publicKey,
    ctlogURL: 'https://ctfe.sigstore.mock',
    ctlogKey: ctKey.publicKey,
    tsaURL: services.tsa.url,
    tsaChain: [bytesOf(tsa.intCertificate), bytesOf(tsa.rootCertificate)],
  });
  const dir = mkdtempSync(join(tmpdir(), 'imprint-sigstore-'));
  const trustedRootPath = join(dir, 'trusted_root.json');
  writeFileSync(trustedRootPath, JSON.stringify(trustedRoot, null, 2));

  return {
    fulcioURL: services.fulcio.url,
    rekorURL: services.rekor.url,
    tsaURL: services.tsa.url,
    issuerURL: services.oidc.url,
    trustedRootPath,
    trustedRoot,
    mintToken: (options) => issuer.mint(options),
    githubTokenEndpoint: {
      // The runner's URL already carries a query string; clients append `&audience=…`.
      url: `${services.githubToken.url}/_apis/distributedtask/hubs/build/idtoken?api-version=2.0`,
      requestToken,
      claims: endpointClaims,
    },
    get counts() {
      const entries = Object.entries(services).map(([name, s]) => [name, s.count]);
      return Object.fromEntries(entries) as Record<ServiceName, number>;
    },
    issueLeavesAs: (profile) => {
      if (profile === undefined) delete leaves.profile;
      else leaves.profile = profile;
    },
    fail: (service, fault) => services[service].fail(fault),
    stopService: (service) => services[service].stop(),
    async stop() {
      await Promise.all(Object.values(services).map((s) => s.stop()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Rekor's checkpoints name the log by its host, so the log is made once the port is known. */
async function startRekor(key: KeyPairKeyObjectResult): Promise<LoopbackService> {
  const route: { handler?: ReturnType<typeof rekorHandler> } = {};
  const service = await LoopbackService.start('rekor', (request) => route.handler!(request));
  route.handler = rekorHandler(await initializeTLog(service.url, key));
  return service;
}
