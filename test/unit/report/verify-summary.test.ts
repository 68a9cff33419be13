import {
  renderVerifySummary,
  SUMMARY_LIMIT_BYTES,
  text,
} from '../../../src/report/verify-summary.js';
import { failing, passing, report } from './verify-fixtures.js';

const options = { policySource: 'policy.yaml', reportPath: 'out/imprint-verify-report.json' };

describe('the verify summary', () => {
  it('one row per image, failures first, then what to fix for each failing image', () => {
    const markdown = renderVerifySummary(
      report([passing(), failing('ghcr.io/acme/bad:2')]),
      options,
    );
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('## ❌ imprint verify: 1 of 2 images breaks the policy');
    expect(markdown).toContain(
      'Policy policy.yaml · mode enforce · 1 passed · 0 warned · 1 failed · 2 violations',
    );
    const rows = lines.filter((line) => line.startsWith('| ') && !line.startsWith('| Result'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(
      /^\| ❌ fail \| <code>ghcr\.io\/acme\/bad:2<\/code> \| <code>sha256:eeeeeeeeeeee…<\/code> \(1 platform\) \| 2 failed, 1 passed \| <code>deploy\/app\.yaml:30<\/code>, <code>deploy\/other\.yaml:4<\/code> \|$/,
    );
    expect(rows[1]).toMatch(
      /^\| ✅ pass \| <code>ghcr\.io\/acme\/app:1\.0<\/code> .*\| 2 passed \| <code>deploy\/app\.yaml:12<\/code> \|$/,
    );
    expect(markdown).toContain('### What to fix');
    expect(markdown).toContain('- ❌ **signer**');
    expect(markdown).toContain(
      '  - expected: signed by https&#58;//github.com/acme/app/.github/workflows/release.yml@refs/tags/&#42;',
    );
    expect(markdown).toContain('  - fix: sign from the release workflow');
    expect(markdown).toContain('<details><summary>Platform linux/arm64');
    expect(markdown).not.toContain('left out');
  });

  it('says verified when every image passes, and warn mode says it is not enforced', () => {
    expect(renderVerifySummary(report([passing()]), options)).toMatch(
      /^## ✅ imprint verify: 1 image verified\n/,
    );
    const warned = report([failing('ghcr.io/acme/bad:2')], 'warn');
    expect(renderVerifySummary(warned, options)).toMatch(
      /^## ⚠️ imprint verify: 2 violations \(mode warn: reported, not enforced\)\n/,
    );
  });

  it('escapes what came from certificates and registries: no HTML, no table breaks', () => {
    const markdown = renderVerifySummary(
      report([failing('ghcr.io/acme/bad:2', '<img src=x onerror=alert(1)> | *bold* `code`')]),
      options,
    );
    expect(markdown).not.toContain('<img');
    expect(markdown).toContain(
      '&lt;img src=x onerror=alert(1)&gt; &#124; &#42;bold&#42; &#96;code&#96;',
    );
    expect(text('a\nb')).toBe('a<br>b');
  });

  it('lists each finding VEX resolved with the statement that did, once per image', () => {
    const resolved = {
      check: 'vulnerabilities.vex:CVE-2019-14697:musl',
      outcome: 'pass' as const,
      expected: 'resolved by VEX from a policy VEX signer',
      found:
        'CVE-2019-14697 in musl 1.1.20-r4: not_affected (vulnerable_code_not_in_execute_path) at 2026-03-01T00:00:00Z, VEX document https://example.com/vex/1, signed by security@example.com',
    };
    const image = passing();
    image.verdict.checks.push(resolved);
    image.verdict.platforms = [{ ...image.verdict, platform: 'linux/amd64', checks: [resolved] }];
    const markdown = renderVerifySummary(report([image]), options);
    const section = markdown.slice(markdown.indexOf('### Findings resolved by VEX'));
    expect(section.split('\n').filter((line) => line.startsWith('| <code>'))).toEqual([
      `| <code>ghcr.io/acme/app:1.0</code> | ${text(resolved.found)} |`,
    ]);
    expect(renderVerifySummary(report([passing()]), options)).not.toContain('resolved by VEX');
  });

  it('puts long texts inside <details>', () => {
    const markdown = renderVerifySummary(
      report([failing('ghcr.io/acme/bad:2', 'x'.repeat(500))]),
      options,
    );
    expect(markdown).toContain(
      `  - found: <details><summary>${'x'.repeat(80)}…</summary>${'x'.repeat(500)}</details>`,
    );
  });

  it('10,000 failing images stay under 1 MiB, and the cut says how much is missing and where it is', () => {
    const images = Array.from({ length: 10_000 }, (_, i) =>
      failing(`ghcr.io/acme/service-${i}:1.0.${i}`, `signed by someone else ${'y'.repeat(150)}`),
    );
    const markdown = renderVerifySummary(report(images), options);
    expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    const rows = markdown.split('\n').filter((line) => line.startsWith('| ❌'));
    const detailed = markdown.split('\n').filter((line) => line.startsWith('#### '));
    expect(rows.length).toBeGreaterThan(1000);
    const notice = markdown.trimEnd().split('\n').at(-1)!;
    const expectedRows = 10_000 - rows.length;
    const expectedDetails = 10_000 - detailed.length;
    const left = [
      expectedRows > 0 ? `${expectedRows} image rows` : '',
      `the details of ${expectedDetails} images`,
    ]
      .filter(Boolean)
      .join(' and ');
    expect(notice).toBe(
      `> **${left} left out** to keep this summary under GitHub's 1 MiB limit: every image is in the JSON report <code>out/imprint-verify-report.json</code>.`,
    );
  });

  it('a small limit cuts table rows too, failures kept before passes', () => {
    const images = [
      ...Array.from({ length: 50 }, (_, i) => passing(`ghcr.io/acme/ok-${i}:1`)),
      failing('ghcr.io/acme/bad:2'),
    ];
    const markdown = renderVerifySummary(report(images), { ...options, limitBytes: 6000 });
    expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThanOrEqual(6000);
    const rows = markdown.split('\n').filter((line) => /^\| (✅|❌)/.test(line));
    expect(rows[0]).toContain('ghcr.io/acme/bad:2');
    expect(markdown).toContain(`**${51 - rows.length} image rows`);
  });
});
