/**
 * The tab's rows of `npm run bench`: the initial JavaScript the browser must fetch before the tab
 * draws (gzip, as served), and the time from navigation to Översikt drawn with the council's data, in
 * Debian's headless Chromium on loopback, signed in locally (the token already in the session, as
 * after the first sign-in), each run in a fresh browser context.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tests/helpers/browser';

const DIST = path.resolve(__dirname, '..', 'tab', 'dist');

/** Gzip bytes of the scripts `index.html` loads before the first draw (entry and module preloads). */
export function initialJsGzipBytes(): number {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/tab\/([^"]+\.js)"/g)].map((m) => m[1]!);
  if (scripts.length === 0) throw new Error('tab/dist/index.html loads no script: build the tab first');
  return scripts.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length, 0);
}

/** Milliseconds from navigation to Översikt drawn with data, per run. */
export async function firstRenders(baseUrl: string, token: string, runs = 7): Promise<number[]> {
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      // Runs in the page: the token the tab keeps after a local sign-in.
      await context.addInitScript((value) => {
        (globalThis as unknown as { sessionStorage: { setItem(key: string, item: string): void } }).sessionStorage.setItem(
          'kvalitetsrad.localToken',
          value,
        );
      }, token);
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${baseUrl}/tab/`);
      await page.getByRole('heading', { name: /Förbättringsarbeten/ }).waitFor();
      times.push(performance.now() - started);
      await context.close();
    }
    return times;
  } finally {
    await browser.close();
  }
}
