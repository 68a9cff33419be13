/**
 * Draws HTML pages with the machine's headless Chromium (Debian's `chromium` package) through
 * playwright-core, which never downloads a browser of its own. JavaScript is off and every
 * request is refused: a summary page is static, as on GitHub, and must not reach the network.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.IMPRINT_CHROMIUM ?? '/usr/bin/chromium';
/** Sharp on high-density screens, as README images are usually viewed. */
const DEVICE_SCALE_FACTOR = 2;
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PageShot {
  html: string;
  /** Where the PNG is written; omitted to only return it. */
  pngPath?: string;
  /** CSS selector of the element to capture: the summary, not the empty page around it. */
  selector: string;
}

export interface Screenshot {
  png: Buffer;
  width: number;
  height: number;
}

/** Fails with the way to install Chromium when it is missing. */
export function requireChromium(path: string = CHROMIUM_PATH): void {
  if (!existsSync(path)) {
    throw new Error(
      `no Chromium at ${path}: screenshots need the headless browser; install it with "apt-get install -y chromium" (or point IMPRINT_CHROMIUM at one)`,
    );
  }
}

/** Every page in one browser, one after the other; PNGs are written where asked. */
export async function screenshotPages(shots: readonly PageShot[]): Promise<Screenshot[]> {
  requireChromium();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      deviceScaleFactor: DEVICE_SCALE_FACTOR,
      viewport: { width: 1100, height: 800 },
    });
    await context.route('**/*', (route) => route.abort());
    const results: Screenshot[] = [];
    for (const shot of shots) {
      const page = await context.newPage();
      await page.setContent(shot.html, { waitUntil: 'load' });
      const element = page.locator(shot.selector);
      // A static page is complete once loaded: fail now rather than wait for the element.
      if ((await element.count()) !== 1)
        throw new Error(
          `expected one element matching ${shot.selector} in the page, found ${await element.count()}`,
        );
      const png = await element.screenshot({ type: 'png' });
      await page.close();
      if (shot.pngPath) await writeFile(shot.pngPath, png);
      results.push({ png, ...pngSize(png) });
    }
    return results;
  } finally {
    await browser.close();
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE))
    throw new Error(`not a PNG image (${png.length} bytes, no PNG signature)`);
  if (png.toString('latin1', 12, 16) !== 'IHDR')
    throw new Error('not a PNG image: the first chunk is not IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
