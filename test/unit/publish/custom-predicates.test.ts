/**
 * predicate-type + predicate-path: the pairs read from the inputs (lines, repeated flags, a
 * YAML list), refused with a message naming the input when they cannot be attested, and the
 * predicate files read before anything is built.
 */
import { closeSync, mkdtempSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitCodeOfError } from '../../../src/doors/exit-codes.js';
import { isImprintError } from '../../../src/errors.js';
import { flagSource, parseFlags } from '../../../src/inputs/flags.js';
import { PUBLISH_INPUTS } from '../../../src/inputs/tables/publish.js';
import {
  customAttestations,
  loadCustomPredicates,
  MAX_PREDICATE_BYTES,
} from '../../../src/publish/custom-predicates.js';
import { readPublishOptions } from '../../../src/publish/options.js';

const TESTS = 'https://example.com/test-result/v1';
const DEPLOY = 'https://example.com/deployment/v1';

const options = (values: Record<string, string>) =>
  readPublishOptions((name) => ({ image: 'ghcr.io/acme/app', ...values })[name]);

function refusal(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    expect(isImprintError(error)).toBe(true);
    expect(exitCodeOfError(error)).toBe(2);
    return error as Error;
  }
  throw new Error('accepted');
}

async function refusalOf(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => new Error('accepted'),
    (caught: unknown) => caught as Error,
  );
  expect(isImprintError(error)).toBe(true);
  expect(exitCodeOfError(error)).toBe(2);
  return error;
}

describe('reading the pairs', () => {
  it('pairs types and paths in order: lines (the action), or a YAML list either way', () => {
    const expected = [
      { type: TESTS, path: 'out/tests.json' },
      { type: DEPLOY, path: 'out/deploy, staging.json' },
    ];
    expect(
      options({
        'predicate-type': `${TESTS}\n${DEPLOY}\n`,
        'predicate-path': 'out/tests.json\nout/deploy, staging.json',
      }).predicates,
    ).toEqual(expected);
    expect(
      options({
        'predicate-type': `["${TESTS}", "${DEPLOY}"]`,
        'predicate-path': '- out/tests.json\n- "out/deploy, staging.json"',
      }).predicates,
    ).toEqual(expected);
    expect(options({}).predicates).toEqual([]);
  });

  it('takes repeated flags on the command line', () => {
    const parsed = parseFlags(
      [
        '--image',
        'ghcr.io/acme/app',
        '--predicate-type',
        TESTS,
        '--predicate-path',
        'tests.json',
        '--predicate-type',
        DEPLOY,
        '--predicate-path',
        'deploy.json',
      ],
      PUBLISH_INPUTS,
    );
    expect(readPublishOptions(flagSource(parsed)).predicates).toEqual([
      { type: TESTS, path: 'tests.json' },
      { type: DEPLOY, path: 'deploy.json' },
    ]);
  });

  it('refuses pairs that do not pair up', () => {
    expect(
      refusal(() =>
        options({ 'predicate-type': `${TESTS}\n${DEPLOY}`, 'predicate-path': 'a.json' }),
      ).message,
    ).toBe(
      'inputs "predicate-type" and "predicate-path" pair up in order, but there are 2 type(s) and 1 path(s)',
    );
  });

  it.each([
    [
      'test-results',
      '"test-results" is not an absolute URI (such as https://example.com/test-result/v1)',
    ],
    ['./results/v1', '"./results/v1" is not an absolute URI'],
    ['https://example.com/a b', '"https://example.com/a b" is not an absolute URI'],
    ['cyclonedx', `"cyclonedx" is cosign's shorthand; write the URI https://cyclonedx.org/bom`],
  ])('refuses the type %j, naming the input', (type, message) => {
    const error = refusal(() => options({ 'predicate-type': type, 'predicate-path': 'a.json' }));
    expect(error.message).toContain(`input "predicate-type": ${message}`);
  });

  it('refuses a YAML list of something other than strings', () => {
    expect(
      refusal(() => options({ 'predicate-type': `[${TESTS}, {a: 1}]`, 'predicate-path': 'a' }))
        .message,
    ).toBe(
      'input "predicate-type" must be a list of non-empty strings, one per line or as a YAML list',
    );
  });
});

describe('reading the files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'imprint-predicates-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('reads each JSON object', async () => {
    const path = file('ok.json', '{"result": "passed", "failed": 0}');
    await expect(loadCustomPredicates([{ type: TESTS, path }])).resolves.toEqual([
      { type: TESTS, path, predicate: { result: 'passed', failed: 0 } },
    ]);
  });

  it('refuses a file that is not JSON', async () => {
    const path = file('bad.json', 'result: passed');
    const error = await refusalOf(loadCustomPredicates([{ type: TESTS, path }]));
    expect(error.message).toMatch(
      new RegExp(`^input "predicate-path": ${path} \\(${TESTS}\\) is not JSON: `),
    );
  });

  it('refuses JSON that is not an object', async () => {
    const path = file('list.json', '[1, 2]');
    const error = await refusalOf(loadCustomPredicates([{ type: TESTS, path }]));
    expect(error.message).toBe(
      `input "predicate-path": ${path} (${TESTS}) holds JSON but not an object (a list)`,
    );
  });

  it('refuses a file over the limit without reading it', async () => {
    const path = join(dir, 'huge.json');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, MAX_PREDICATE_BYTES + 1); // sparse: no disk used
    closeSync(fd);
    const error = await refusalOf(loadCustomPredicates([{ type: TESTS, path }]));
    expect(error.message).toBe(
      `input "predicate-path": ${path} (${TESTS}) is ${MAX_PREDICATE_BYTES + 1} bytes, more than 16 MiB, the limit for a predicate (its signed bundle must stay under 64 MiB)`,
    );
  });

  it('refuses a file that cannot be read', async () => {
    const path = join(dir, 'missing.json');
    const error = await refusalOf(loadCustomPredicates([{ type: TESTS, path }]));
    expect(error.message).toMatch(
      new RegExp(`^input "predicate-path": ${path} \\(${TESTS}\\) cannot be read: .*ENOENT`),
    );
  });
});

describe('as attestations', () => {
  it('are about the image, each with its own kind (its bundle file name)', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(
      customAttestations(
        [
          { type: TESTS, path: 'a', predicate: { a: 1 } },
          { type: DEPLOY, path: 'b', predicate: { b: 2 } },
        ],
        digest,
      ),
    ).toEqual([
      { predicateType: TESTS, predicate: { a: 1 }, subjects: [digest], kind: 'custom-1' },
      { predicateType: DEPLOY, predicate: { b: 2 }, subjects: [digest], kind: 'custom-2' },
    ]);
  });
});
