/**
 * Uploads to GitHub's Attestations API, against a STAND-IN for api.github.com: an HTTP server on
 * 127.0.0.1 that records each request and answers with the status each test scripts. It checks
 * the exact request actions/attest makes (path, bearer token, API version, `{ bundle }` with a
 * v0.3 bundle), the messages for 403, 404 and 5xx, the retries, and that the token is never in
 * a message or a log line.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync } from 'node:crypto';
import type { SerializedBundle } from '@sigstore/bundle';
import { detectPlatform } from '../../../src/ci/choose-platform.js';
import { isImprintError } from '../../../src/errors.js';
import {
  planGitHubUpload,
  uploadToGitHub,
  type GitHubUploadPlan,
} from '../../../src/publish/github-attestations-step.js';
import { createSigner } from '../../../src/sigstore/sign/index.js';
import { capturedContext } from '../../harness/context.js';

const TOKEN = 'ghs_standInToken0123456789abcdefABCDEF';
const NO_WAIT = { retries: 1, delayMs: 0 };

interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let server: Server;
let apiUrl: string;
let requests: Recorded[];
let answers: { status: number; body: string }[];
let attestation: SerializedBundle;
let signature: SerializedBundle;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      requests.push({ method: request.method!, url: request.url!, headers: request.headers, body });
      const answer = answers.shift() ?? { status: 201, body: '{"id":1}' };
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const signer = await createSigner({
    sigstore: 'custom',
    signing: 'key',
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  });
  attestation = await signer.signDsse({
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'ghcr.io/acme/secret-app', digest: { sha256: 'ab'.repeat(32) } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {},
  });
  signature = await signer.signMessage(Buffer.from('{}'));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  requests = [];
  answers = [];
});

const plan = (required = false): GitHubUploadPlan => ({
  access: { apiUrl, repository: 'acme/secret-app', token: TOKEN },
  required,
});

async function upload(required: boolean) {
  const { context, output } = capturedContext();
  let error: unknown;
  let outcome;
  try {
    outcome = await uploadToGitHub(
      plan(required),
      { bundles: [attestation, signature] },
      context.log,
      NO_WAIT,
    );
  } catch (caught) {
    error = caught;
  }
  const message = isImprintError(error) ? error.describe() : '';
  expect(output()).not.toContain(TOKEN);
  expect(message).not.toContain(TOKEN);
  return { outcome, error, message, log: output() };
}

describe("upload to GitHub's Attestations API (stand-in server)", () => {
  it('makes the request actions/attest makes, for the DSSE attestations only', async () => {
    answers = [{ status: 201, body: '{"id":4711}' }];
    const { outcome, log } = await upload(true);
    expect(outcome).toEqual({ uploaded: ['4711'] });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request).toMatchObject({
      method: 'POST',
      url: '/repos/acme/secret-app/attestations',
      headers: {
        authorization: `Bearer ${TOKEN}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'content-type': 'application/json',
      },
    });
    const body = JSON.parse(request!.body) as { bundle: SerializedBundle };
    expect(Object.keys(body)).toEqual(['bundle']);
    expect(body.bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(body.bundle).toEqual(attestation);
    expect(log).toContain(
      "uploaded 1 attestation(s) to GitHub's Attestations API for acme/secret-app (ids 4711)",
    );
  });

  it('403: names the permission; a warning with auto, a failure with true', async () => {
    const forbidden = { status: 403, body: '{"message":"Resource not accessible by integration"}' };
    answers = [forbidden];
    const auto = await upload(false);
    expect(auto.outcome).toEqual({
      failed: expect.stringContaining(
        "0 of 1 uploaded; GitHub's Attestations API refused the upload (HTTP 403: Resource not accessible by integration): the token needs the attestations: write permission",
      ) as string,
    });
    expect(auto.log).toContain('attestations: write');
    answers = [forbidden];
    const strict = await upload(true);
    expect(strict.error).toMatchObject({ code: 'GITHUB_API_DENIED' });
    expect(strict.message).toContain(
      'hint: add to the job that runs imprint:\n  permissions:\n    attestations: write',
    );
  });

  it('404: the repository is not visible to the token, or there is no such API', async () => {
    answers = [{ status: 404, body: '{"message":"Not Found"}' }];
    const { error, message } = await upload(true);
    expect(error).toMatchObject({ code: 'GITHUB_API_DENIED' });
    expect(message).toContain(
      `GitHub's Attestations API answered 404 for ${apiUrl}/repos/acme/secret-app/attestations: Not Found: the repository is not visible to the token, or this GitHub has no Attestations API`,
    );
  });

  it('5xx: retried, then a failure that says GitHub had a problem', async () => {
    answers = [
      { status: 502, body: 'Bad Gateway' },
      { status: 201, body: '{"id":7}' },
    ];
    expect((await upload(true)).outcome).toEqual({ uploaded: ['7'] });
    expect(requests).toHaveLength(2);

    requests = [];
    answers = [
      { status: 500, body: '{"message":"Internal"}' },
      { status: 503, body: '' },
    ];
    const { error, message } = await upload(true);
    expect(requests).toHaveLength(2);
    expect(error).toMatchObject({ code: 'GITHUB_API_FAILED' });
    expect(message).toBe(
      "GitHub's Attestations API failed (HTTP 503)\n  hint: GitHub had a problem; re-run the job (the attestations are stored in the registry already)",
    );
  });
});

describe('planGitHubUpload', () => {
  const github = (env: Record<string, string> = {}) =>
    detectPlatform({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/app', ...env });

  it('takes the API URL and repository from the platform, the token from the input or GITHUB_TOKEN', () => {
    expect(
      planGitHubUpload(
        { attestations: 'auto', token: TOKEN },
        github({ GITHUB_API_URL: 'https://ghe.example/api/v3' }),
      ),
    ).toEqual({
      access: { apiUrl: 'https://ghe.example/api/v3', repository: 'acme/app', token: TOKEN },
      required: false,
    });
    expect(
      planGitHubUpload({ attestations: 'true' }, github({ GITHUB_TOKEN: 'env-token' })),
    ).toEqual({
      access: { apiUrl: 'https://api.github.com', repository: 'acme/app', token: 'env-token' },
      required: true,
    });
  });

  it('auto skips, saying why: outside GitHub, without a token; false always', () => {
    expect(planGitHubUpload({ attestations: 'auto', token: TOKEN }, detectPlatform({}))).toEqual({
      skipped: 'this is not a GitHub Actions run',
      worthSaying: false,
    });
    expect(planGitHubUpload({ attestations: 'auto' }, github())).toEqual({
      skipped:
        'no GitHub token was given (pass github-token: ${{ github.token }} (CLI: the GITHUB_TOKEN variable))',
      worthSaying: true,
    });
    expect(planGitHubUpload({ attestations: 'false', token: TOKEN }, github())).toEqual({
      skipped: 'github-attestations: false',
      worthSaying: false,
    });
  });

  it('true refuses, before the build, what cannot upload', () => {
    expect(() => planGitHubUpload({ attestations: 'true' }, github())).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message:
          "github-attestations: true, but no GitHub token was given (pass github-token: ${{ github.token }} (CLI: the GITHUB_TOKEN variable)): nothing can be uploaded to GitHub's Attestations API",
      }),
    );
    expect(() =>
      planGitHubUpload({ attestations: 'true', token: TOKEN }, detectPlatform({})),
    ).toThrow(
      "github-attestations: true, but this is not a GitHub Actions run: nothing can be uploaded to GitHub's Attestations API",
    );
  });
});
