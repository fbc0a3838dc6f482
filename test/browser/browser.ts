// What the browser tests share: the web UI built afresh, the real server on a temporary index, and
// Debian's chromium driven by playwright-core (never a downloaded browser).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { createServer } from '../../faces/server/app.ts';

export const chromiumPath = '/usr/bin/chromium';

/** Why the browser tests are skipped, or false when they can run. */
export const skipReason = existsSync(chromiumPath)
  ? false
  : `${chromiumPath} is missing: the browser tests need Debian's chromium (apt-get install chromium)`;

const webDir = new URL('../../faces/web/', import.meta.url);
const screenshotDir = new URL('./screenshots/', import.meta.url);

/** The token the test servers accept for writes. */
export const token = 'test-token';

export interface TestServer {
  url: string;
  /** POSTs one file's bytes to /api/articles with the token; throws unless the server accepts it. */
  upload(name: string, bytes: string | Uint8Array, contentType: string): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Builds faces/web into a temporary folder (the sources as they are now, not a dist left from an
 * earlier build; about a second) and starts the server on it with an empty index.
 */
export async function startServer(): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'newstrace-web-'));
  const webRoot = join(dir, 'web');
  await build({
    configFile: new URL('vite.config.ts', webDir).pathname,
    build: { outDir: webRoot, emptyOutDir: true },
    logLevel: 'silent',
  });
  const app = await createServer({ db: join(dir, 'index.db'), token, webRoot });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    async upload(name, bytes, contentType) {
      const response = await fetch(`${url}/api/articles?name=${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
        body: bytes,
      });
      const answer: unknown = await response.json();
      if (!response.ok) throw new Error(`upload ${name}: ${response.status} ${JSON.stringify(answer)}`);
      return answer;
    },
    async close() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Headless chromium, without the network calls and first-run work of a desktop profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/**
 * A page that records what would betray a script run by an article: dialogs (dismissed) and
 * uncaught errors. `problems` lists them.
 */
export async function watchedPage(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  // A page answers in about a second; a missing element fails in 20 s (a loaded machine), not 30.
  page.setDefaultTimeout(20_000);
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { page, problems };
}

/** Saves a full-page screenshot to test/browser/screenshots/<name>.png (gitignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, screenshotDir).pathname, fullPage: true });
}
