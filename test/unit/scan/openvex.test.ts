/**
 * OpenVEX documents as the spec defines them: the spec's own examples (test/fixtures/openvex,
 * copied from OPENVEX-SPEC.md) parse, and every rule the spec makes a MUST is refused with a
 * message naming the field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOpenVex } from '../../../src/scan/openvex.js';

const FIXTURES = join('test', 'fixtures', 'openvex');
const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Record<string, unknown>;

/** The spec's minimal document, with `statement` merged into its one statement. */
function withStatement(statement: Record<string, unknown>, drop: string[] = []) {
  const document = fixture('spec-minimal.json');
  const [first] = document.statements as Record<string, unknown>[];
  const merged: Record<string, unknown> = { ...first, ...statement };
  for (const key of drop) delete merged[key];
  return { ...document, statements: [merged] };
}

const refusal = (value: unknown) => {
  try {
    parseOpenVex(value, 'vex.json');
  } catch (error) {
    expect(error).toMatchObject({ code: 'VEX_INVALID' });
    return (error as Error).message;
  }
  throw new Error('parseOpenVex accepted the document');
};

describe('parseOpenVex: the spec examples', () => {
  it('reads the minimal document: two products, status fixed, the document timestamp inherited', () => {
    const document = parseOpenVex(fixture('spec-minimal.json'), 'spec-minimal.json');
    expect(document).toEqual({
      id: 'https://openvex.dev/docs/example/vex-9fb3463de1b57',
      author: 'Wolfi J Inkinson',
      timestamp: '2023-01-08T18:02:03.647787998-06:00',
      version: 1,
      statements: [
        {
          vulnerability: { name: 'CVE-2023-12345', aliases: [] },
          products: [
            {
              id: 'pkg:apk/wolfi/git@2.39.0-r1?arch=armv7',
              identifiers: {},
              hashes: {},
              subcomponents: [],
            },
            {
              id: 'pkg:apk/wolfi/git@2.39.0-r1?arch=x86_64',
              identifiers: {},
              hashes: {},
              subcomponents: [],
            },
          ],
          status: 'fixed',
          timestamp: '2023-01-08T18:02:03.647787998-06:00',
        },
      ],
    });
  });

  it('keeps a statement its own timestamp and gives the next one the document time', () => {
    const before = parseOpenVex(fixture('spec-inheritance-v1.json'), 'v1');
    const after = parseOpenVex(fixture('spec-inheritance-v2.json'), 'v2');
    expect(before.statements.map((s) => [s.status, s.timestamp])).toEqual([
      ['under_investigation', '2023-01-08T18:02:03-06:00'],
    ]);
    expect(after.version).toBe(2);
    expect(after.statements.map((s) => [s.status, s.timestamp])).toEqual([
      ['under_investigation', '2023-01-08T18:02:03-06:00'],
      ['fixed', '2023-01-09T09:08:42-06:00'],
    ]);
  });

  it("reads Spring Boot's not_affected statement with its justification, aliases, purl and hash", () => {
    const [statement] = parseOpenVex(fixture('spec-spring-boot.json'), 'spring').statements;
    expect(statement).toMatchObject({
      vulnerability: { name: 'CVE-2021-44228', aliases: ['GHSA-jfh8-c2jp-5v3q'] },
      status: 'not_affected',
      justification: 'vulnerable_code_not_in_execute_path',
      products: [
        {
          id: 'pkg:maven/org.springframework.boot/spring-boot@2.6.0-M3',
          identifiers: { purl: 'pkg:maven/org.springframework.boot/spring-boot@2.6.0-M3' },
          hashes: {
            'sha-256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
          },
        },
      ],
    });
    expect(statement!.impactStatement).toMatch(/^Spring Boot users are only affected/);
  });
});

describe('parseOpenVex: what the spec refuses', () => {
  const prefix = 'vex.json is not a valid OpenVEX document: ';

  it('refuses what is not a document', () => {
    expect(refusal([])).toBe(`${prefix}(top level) must be a JSON object`);
  });

  it('refuses another context or none', () => {
    const document = fixture('spec-minimal.json');
    expect(refusal({ ...document, '@context': 'https://openvex.dev/ns/v0.0.1' })).toBe(
      `${prefix}@context must be https://openvex.dev/ns/v0.2.0; found "https://openvex.dev/ns/v0.0.1"`,
    );
    const without = { ...document };
    delete without['@context'];
    expect(refusal(without)).toBe(
      `${prefix}@context must be https://openvex.dev/ns/v0.2.0; found nothing`,
    );
  });

  it('refuses a document without @id, author, timestamp, version or statements', () => {
    const document = fixture('spec-minimal.json');
    expect(refusal({ ...document, '@id': '' })).toBe(
      `${prefix}@id must be a non-empty string; found ""`,
    );
    expect(refusal({ ...document, author: 7 })).toBe(
      `${prefix}author must be a non-empty string; found 7`,
    );
    expect(refusal({ ...document, timestamp: '2023-01-08' })).toBe(
      `${prefix}timestamp must be an RFC 3339 time such as 2023-01-08T18:02:03Z; found "2023-01-08"`,
    );
    expect(refusal({ ...document, version: 0 })).toBe(
      `${prefix}version must be a whole number of at least 1; found 0`,
    );
    expect(refusal({ ...document, statements: [] })).toBe(
      `${prefix}statements must be a non-empty list of statements`,
    );
  });

  it('refuses a statement that is not an object, or lacks a vulnerability name', () => {
    const document = fixture('spec-minimal.json');
    expect(refusal({ ...document, statements: ['CVE-1'] })).toBe(
      `${prefix}statements[0] must be an object`,
    );
    expect(refusal(withStatement({ vulnerability: 'CVE-2023-12345' }))).toBe(
      `${prefix}statements[0].vulnerability must be an object with a name (e.g. {"name": "CVE-2023-12345"})`,
    );
    expect(refusal(withStatement({ vulnerability: { '@id': 'https://nvd.nist.gov/x' } }))).toBe(
      `${prefix}statements[0].vulnerability.name must be a non-empty string; found nothing`,
    );
    expect(refusal(withStatement({ vulnerability: { name: 'CVE-1', aliases: 'GHSA-1' } }))).toBe(
      `${prefix}statements[0].vulnerability.aliases must be a list of non-empty strings`,
    );
  });

  it('refuses an unknown status', () => {
    expect(refusal(withStatement({ status: 'false_positive' }))).toBe(
      `${prefix}statements[0].status must be one of not_affected, affected, fixed, under_investigation; found "false_positive"`,
    );
  });

  it('refuses a statement with no product, or a product that names nothing', () => {
    expect(refusal(withStatement({}, ['products']))).toBe(
      `${prefix}statements[0].products must list at least one product: a statement names what it is about`,
    );
    expect(refusal(withStatement({ products: [{ subcomponents: [] }] }))).toBe(
      `${prefix}statements[0].products[0] names nothing: give an @id, identifiers (purl, cpe22, cpe23) or hashes`,
    );
    expect(refusal(withStatement({ products: [{ '@id': 'x', subcomponents: {} }] }))).toBe(
      `${prefix}statements[0].products[0].subcomponents must be a list`,
    );
    expect(
      refusal(withStatement({ products: [{ '@id': 'x', subcomponents: [{ hashes: {} }] }] })),
    ).toBe(
      `${prefix}statements[0].products[0].subcomponents[0] names nothing: give an @id, identifiers (purl, cpe22, cpe23) or hashes`,
    );
    expect(refusal(withStatement({ products: [{ identifiers: { purl: 3 } }] }))).toBe(
      `${prefix}statements[0].products[0].identifiers must be an object of non-empty strings`,
    );
  });

  it('refuses not_affected without a justification or impact statement, or with an unknown label', () => {
    expect(refusal(withStatement({ status: 'not_affected' }))).toBe(
      `${prefix}statements[0] has status not_affected but neither a justification nor an impact_statement saying why`,
    );
    expect(refusal(withStatement({ status: 'not_affected', justification: 'not_reachable' }))).toBe(
      `${prefix}statements[0].justification must be one of component_not_present, vulnerable_code_not_present, vulnerable_code_not_in_execute_path, vulnerable_code_cannot_be_controlled_by_adversary, inline_mitigations_already_exist; found "not_reachable"`,
    );
    expect(
      parseOpenVex(
        withStatement({ status: 'not_affected', impact_statement: 'only the CLI uses it' }),
        'vex.json',
      ).statements[0],
    ).toMatchObject({ status: 'not_affected', impactStatement: 'only the CLI uses it' });
  });

  it('refuses affected without an action statement', () => {
    expect(refusal(withStatement({ status: 'affected' }))).toBe(
      `${prefix}statements[0] has status affected but no action_statement saying how to remediate or mitigate`,
    );
    expect(
      parseOpenVex(withStatement({ status: 'affected', action_statement: 'upgrade' }), 'vex.json')
        .statements[0],
    ).toMatchObject({ status: 'affected', actionStatement: 'upgrade' });
  });

  it('refuses fields that belong to another status', () => {
    expect(refusal(withStatement({ justification: 'component_not_present' }))).toBe(
      `${prefix}statements[0].justification belongs to not_affected statements, not fixed`,
    );
    expect(refusal(withStatement({ impact_statement: 'n/a' }))).toBe(
      `${prefix}statements[0].impact_statement belongs to not_affected statements, not fixed`,
    );
    expect(refusal(withStatement({ action_statement: 'upgrade' }))).toBe(
      `${prefix}statements[0].action_statement belongs to affected statements, not fixed`,
    );
  });

  it('refuses a statement timestamp that is not a time', () => {
    expect(refusal(withStatement({ timestamp: 'yesterday' }))).toBe(
      `${prefix}statements[0].timestamp must be an RFC 3339 time such as 2023-01-08T18:02:03Z; found "yesterday"`,
    );
  });

  it('gives the hint to write a v0.2.0 document', () => {
    try {
      parseOpenVex({}, 'vex.json');
    } catch (error) {
      expect(error).toMatchObject({
        hint: 'write an OpenVEX v0.2.0 document (vexctl create writes one); see https://github.com/openvex/spec',
      });
      return;
    }
    throw new Error('accepted');
  });
});
