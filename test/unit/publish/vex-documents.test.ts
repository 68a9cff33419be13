/**
 * The `vex` input: paths and URLs read from the inputs, refused with a message naming the input
 * when they cannot be read safely (plain http off the machine, a file too large, not JSON, not
 * OpenVEX), fetched over loopback http from a real server with the size limit enforced, and
 * turned into OpenVEX attestations about the image.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { type AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitCodeOfError } from '../../../src/doors/exit-codes.js';
import { MAX_PREDICATE_BYTES } from '../../../src/publish/custom-predicates.js';
import { readPublishOptions } from '../../../src/publish/options.js';
import { loadVexDocuments, vexAttestations } from '../../../src/publish/vex-documents.js';

const SPEC_MINIMAL = join('test', 'fixtures', 'openvex', 'spec-minimal.json');
const DIGEST = `sha256:${'a'.repeat(64)}`;

const options = (values: Record<string, string>) =>
  readPublishOptions((name) => ({ image: 'ghcr.io/acme/app', ...values })[name]);

async function refusal(run: () => unknown): Promise<Error> {
  try {
    await run();
  } catch (error) {
    expect(exitCodeOfError(error)).toBe(2);
    return error as Error;
  }
  throw new Error('accepted');
}

describe('the vex input', () => {
  it('reads paths and URLs, one per line or as a YAML list', () => {
    expect(options({ vex: `${SPEC_MINIMAL}\nhttps://example.com/app.openvex.json` }).vex).toEqual([
      SPEC_MINIMAL,
      'https://example.com/app.openvex.json',
    ]);
    expect(options({ vex: '[a.json, "http://127.0.0.1:8080/v.json"]' }).vex).toEqual([
      'a.json',
      'http://127.0.0.1:8080/v.json',
    ]);
    expect(options({}).vex).toEqual([]);
  });

  it('refuses plain http to another machine, other schemes, and what is not a URL', async () => {
    expect((await refusal(() => options({ vex: 'http://vex.example.com/a.json' }))).message).toBe(
      'input "vex": http://vex.example.com/a.json is plain http to another machine: anyone on the way could change the VEX (only https, or http to the loopback)',
    );
    expect((await refusal(() => options({ vex: 'ftp://example.com/a.json' }))).message).toBe(
      'input "vex": ftp://example.com/a.json uses ftp: only https (or http to the loopback) is fetched',
    );
    expect((await refusal(() => options({ vex: 'https://exa mple.com/a.json' }))).message).toBe(
      'input "vex": https://exa mple.com/a.json is not a valid URL',
    );
  });
});

describe('loadVexDocuments from files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'imprint-vex-test-'));

  it("reads the spec's document and keeps its JSON as given", async () => {
    const [loaded] = await loadVexDocuments([SPEC_MINIMAL]);
    expect(loaded?.document.id).toBe('https://openvex.dev/docs/example/vex-9fb3463de1b57');
    expect(loaded?.json).toEqual(JSON.parse(readFileSync(SPEC_MINIMAL, 'utf8')));
  });

  it('refuses a missing file, a file that is not JSON, and a document that is not OpenVEX', async () => {
    const missing = join(dir, 'missing.json');
    expect((await refusal(() => loadVexDocuments([missing]))).message).toMatch(
      new RegExp(`^input "vex": ${missing} cannot be read: .*ENOENT`),
    );
    const text = join(dir, 'vex.txt');
    writeFileSync(text, 'not_affected');
    expect((await refusal(() => loadVexDocuments([text]))).message).toMatch(
      new RegExp(`^input "vex": ${text} is not JSON: Unexpected token`),
    );
    const cyclonedx = join(dir, 'bom.json');
    writeFileSync(cyclonedx, JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6' }));
    expect((await refusal(() => loadVexDocuments([cyclonedx]))).message).toBe(
      `input "vex": ${cyclonedx} is not a valid OpenVEX document: @context must be https://openvex.dev/ns/v0.2.0; found nothing`,
    );
  });

  it('refuses a file over the size limit before reading it', async () => {
    const large = join(dir, 'large.json');
    writeFileSync(large, ' '.repeat(MAX_PREDICATE_BYTES + 1));
    expect((await refusal(() => loadVexDocuments([large]))).message).toContain(
      `is ${MAX_PREDICATE_BYTES + 1} bytes, more than`,
    );
  });
});

describe('loadVexDocuments from a loopback server', () => {
  let server: Server;
  let base: string;
  const body = readFileSync(SPEC_MINIMAL);

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/vex.json') return void response.end(body);
      if (request.url === '/moved') {
        response.writeHead(302, { location: '/vex.json' });
        return void response.end();
      }
      if (request.url === '/huge') {
        // No content-length: the limit must hold on the bytes as they arrive.
        response.writeHead(200, { 'transfer-encoding': 'chunked' });
        const chunk = Buffer.alloc(1024 * 1024, 0x20);
        let sent = 0;
        const more = () => {
          while (sent <= MAX_PREDICATE_BYTES / chunk.length + 1) {
            sent += 1;
            if (!response.write(chunk)) return void response.once('drain', more);
          }
          response.end();
        };
        return more();
      }
      response.writeHead(404);
      response.end('no such document');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('fetches and checks a document over loopback http', async () => {
    const [loaded] = await loadVexDocuments([`${base}/vex.json`]);
    expect(loaded?.source).toBe(`${base}/vex.json`);
    expect(loaded?.document.statements[0]?.status).toBe('fixed');
  });

  it('refuses an answer that is not 200, a redirect, and a body over the limit', async () => {
    expect((await refusal(() => loadVexDocuments([`${base}/gone`]))).message).toBe(
      `input "vex": ${base}/gone could not be fetched: the server answered 404 Not Found`,
    );
    expect((await refusal(() => loadVexDocuments([`${base}/moved`]))).message).toMatch(
      new RegExp(`^input "vex": ${base}/moved could not be fetched: `),
    );
    expect((await refusal(() => loadVexDocuments([`${base}/huge`]))).message).toBe(
      `input "vex": ${base}/huge is larger than ${MAX_PREDICATE_BYTES} bytes, the limit for a VEX document`,
    );
  });
});

describe('vexAttestations', () => {
  it('attests each document as an OpenVEX predicate about the image', async () => {
    const loaded = await loadVexDocuments([SPEC_MINIMAL, SPEC_MINIMAL]);
    expect(vexAttestations(loaded, DIGEST)).toEqual([
      {
        predicateType: 'https://openvex.dev/ns',
        predicate: loaded[0]!.json,
        subjects: [DIGEST],
        kind: 'vex-1',
      },
      {
        predicateType: 'https://openvex.dev/ns',
        predicate: loaded[1]!.json,
        subjects: [DIGEST],
        kind: 'vex-2',
      },
    ]);
  });
});
