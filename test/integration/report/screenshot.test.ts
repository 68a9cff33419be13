/**
 * The README screenshots' code path, for real: a summary's markdown → GitHub-like HTML → PNG
 * drawn by the machine's headless Chromium. No Chromium is a failure that says how to install it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CHROMIUM_PATH,
  pngSize,
  requireChromium,
  screenshotPages,
} from '../../../scripts/screenshots/capture.js';
import { renderSummaryHtml, summaryPage } from '../../../scripts/screenshots/page.js';

const SUMMARY = [
  '## ✅ imprint verify: 1 image verified',
  '',
  '| Result | Image | Checks |',
  '|---|---|---|',
  '| ✅ pass | `ghcr.io/acme/app@sha256:0123` | 3 passed |',
  '',
  '<details><summary>Platform linux/amd64</summary>',
  '',
  '- signer: expected `https://github.com/acme/app`',
  '',
  '</details>',
  '',
].join('\n');

describe('summary screenshots', () => {
  let dir: string;

  beforeAll(() => {
    requireChromium();
    dir = mkdtempSync(join(tmpdir(), 'imprint-screenshot-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders the markdown as GitHub would: table cells, code, details', () => {
    const html = renderSummaryHtml(SUMMARY);
    expect(html).toContain('<td>✅ pass</td>');
    expect(html).toContain('<td><code>ghcr.io/acme/app@sha256:0123</code></td>');
    expect(html).toContain('<td>3 passed</td>');
    expect(html).toContain('<th>Result</th>');
    expect(html).toContain('<details><summary>Platform linux/amd64</summary>');
    const page = summaryPage(SUMMARY, 'a <title> & more');
    expect(page).toContain('<title>a &#60;title&#62; &#38; more</title>');
    expect(page).toContain('<article class="markdown-body"><h2>');
  });

  it('draws the summary to a PNG of plausible size', async () => {
    const pngPath = join(dir, 'summary.png');
    const [shot] = await screenshotPages([
      { html: summaryPage(SUMMARY, 'test'), pngPath, selector: '.markdown-body' },
    ]);
    const written = readFileSync(pngPath);
    expect(written.equals(shot!.png)).toBe(true);
    const { width, height } = pngSize(written);
    expect(width).toBe(shot!.width);
    // The page is at least GitHub's column wide (1012 CSS px) at device scale 2.
    expect(width).toBeGreaterThan(300);
    expect(width).toBeLessThanOrEqual(2 * 1440);
    expect(height).toBeGreaterThan(100);
    expect(height).toBeLessThan(2000);
  });

  it('fails on a missing element instead of drawing an empty picture', async () => {
    await expect(
      screenshotPages([{ html: summaryPage(SUMMARY, 'test'), selector: '#nowhere' }]),
    ).rejects.toThrow('expected one element matching #nowhere in the page, found 0');
  });
});

describe('pngSize', () => {
  it('rejects bytes that are not a PNG', () => {
    expect(() => pngSize(Buffer.from('GIF89a, not a png at all'))).toThrow(
      'not a PNG image (24 bytes, no PNG signature)',
    );
  });
});

describe('requireChromium', () => {
  it('says how to install Chromium when it is missing', () => {
    expect(() => requireChromium('/nonexistent/chromium')).toThrow(
      'no Chromium at /nonexistent/chromium: screenshots need the headless browser; install it with "apt-get install -y chromium"',
    );
    expect(CHROMIUM_PATH).toBe(process.env.IMPRINT_CHROMIUM ?? '/usr/bin/chromium');
  });
});
