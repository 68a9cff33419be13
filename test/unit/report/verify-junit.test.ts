/**
 * The JUnit report parsed by a real XML parser (Python's expat, via python3: no XML parser
 * ships in node_modules), so "valid" means what CI systems mean by it.
 */
import { execFileSync } from 'node:child_process';
import { renderVerifyJunit, xml } from '../../../src/report/verify-junit.js';
import { failing, passing, report } from './verify-fixtures.js';

interface XmlNode {
  tag: string;
  attrib: Record<string, string>;
  text: string;
  children: XmlNode[];
}

const PARSE = `
import json, sys, xml.etree.ElementTree as ET
def walk(e):
    return {"tag": e.tag, "attrib": dict(e.attrib), "text": e.text or "", "children": [walk(c) for c in e]}
print(json.dumps(walk(ET.fromstring(sys.stdin.buffer.read()))))
`;

function parseXml(text: string): XmlNode {
  // Throws (python exits non-zero) when the document is not well-formed XML.
  return JSON.parse(
    execFileSync('python3', ['-c', PARSE], {
      input: text,
      stdio: ['pipe', 'pipe', 'pipe'],
    }).toString(),
  ) as XmlNode;
}

describe('the JUnit verify report', () => {
  const hostile = 'found <script>alert("x")</script> & \'quotes\' \u0001\u0008 ]]> end';
  const bad = failing('ghcr.io/acme/bad:2', hostile);
  const warned = passing('ghcr.io/acme/warned:1');
  warned.verdict = {
    ...warned.verdict,
    outcome: 'warn',
    checks: [
      {
        check: 'exception',
        outcome: 'warn',
        expected: 'every check passes',
        found: 'waived until 2026-12-31',
        hint: 'fix it before then',
      },
      {
        check: 'sbom.denyPackages',
        outcome: 'skipped',
        expected: 'a valid attestation to read',
        found: 'no valid sbom attestation',
      },
    ],
  };
  const text = renderVerifyJunit(report([passing(), bad, warned]));
  const root = parseXml(text);

  it('is well-formed XML with one suite per image and one case per check (platforms included)', () => {
    expect(root.tag).toBe('testsuites');
    expect(root.attrib).toMatchObject({ tests: '7', failures: '2', skipped: '1', time: '1.234' });
    expect(root.children.map((suite) => suite.attrib.name)).toEqual([
      `ghcr.io/acme/app:1.0 (sha256:${'e'.repeat(64)})`,
      `ghcr.io/acme/bad:2 (sha256:${'e'.repeat(64)})`,
      `ghcr.io/acme/warned:1 (sha256:${'e'.repeat(64)})`,
    ]);
    const badSuite = root.children[1]!;
    expect(badSuite.attrib).toMatchObject({ tests: '3', failures: '2' });
    expect(badSuite.children.map((c) => [c.attrib.name, c.attrib.classname])).toEqual([
      ['signer', 'ghcr.io/acme/bad:2'],
      ['image.allowed', 'ghcr.io/acme/bad:2'],
      ['signer', 'ghcr.io/acme/bad:2 [linux/arm64]'],
    ]);
  });

  it('a failure says expected, found and the hint; hostile text is escaped, control characters dropped', () => {
    const failure = root.children[1]!.children[0]!.children[0]!;
    expect(failure.tag).toBe('failure');
    const found = 'found <script>alert("x")</script> & \'quotes\'  ]]> end';
    expect(failure.attrib.message).toBe(
      `expected signed by https://github.com/acme/app/.github/workflows/release.yml@refs/tags/*; found ${found}; hint: sign from the release workflow`,
    );
    expect(failure.text).toContain(`found:    ${found}`);
    expect(failure.text).toContain('hint:     sign from the release workflow');
    expect(text).not.toContain('<script>');
  });

  it('a warning passes with the warning in system-out; a skipped check is skipped', () => {
    const [warning, skipped] = root.children[2]!.children;
    expect(warning!.children.map((c) => c.tag)).toEqual(['system-out']);
    expect(warning!.children[0]!.text).toContain('warning: expected: every check passes');
    expect(skipped!.children[0]).toMatchObject({
      tag: 'skipped',
      attrib: { message: 'no valid sbom attestation (expected a valid attestation to read)' },
    });
    const passed = root.children[0]!.children[0]!;
    expect(passed.children).toEqual([]);
  });

  it('xml() escapes all five markup characters', () => {
    expect(xml(`<a b="c" d='e'>&</a>`)).toBe(
      '&lt;a b=&quot;c&quot; d=&apos;e&apos;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('the parser does reject broken XML (the check can fail)', () => {
    expect(() => parseXml('<testsuites><testsuite></testsuites>')).toThrow();
  });
});
