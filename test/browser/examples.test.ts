// The web UI on the example corpus, in chromium against the real server: stories, the diesel spill's
// graph, comparisons of copies with their original, an altered quotation, an article, quotations,
// and a pasted text's sources. Saves a screenshot of each page to test/browser/screenshots/; with
// NEWSTRACE_README_SCREENSHOT=1 also the README's faces/web/screenshot.png.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  launchBrowser,
  screenshot,
  skipReason,
  startServer,
  type TestServer,
  watchedPage,
} from './browser.ts';

const examples = new URL('../../examples/', import.meta.url);
const readmeImage = new URL('../../faces/web/screenshot.png', import.meta.url);
const typeOf = (name: string) => (name.endsWith('.md') ? 'text/markdown' : 'text/plain');

describe('web UI on the examples', { skip: skipReason }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  before(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const files = readdirSync(examples).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md');
    for (const file of files) await server.upload(file, readFileSync(new URL(file, examples)), typeOf(file));
    ({ page, problems } = await watchedPage(browser));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('should list the stories with their roles, and find one by a word of its title', async () => {
    await page.goto(server.url);
    await page.locator('.story-card').first().waitFor();
    const cards = page.locator('.story-card');
    assert.equal(await cards.count(), 2);
    const spill = cards.filter({ hasText: 'Diesel spill' });
    assert.match(await spill.innerText(), /7 articles — 1 original · 4 copies · 2 independent/);
    await screenshot(page, 'stories');
    await page.getByLabel('Search').fill('library');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/\?q=library/);
    await page.locator('.story-card', { hasText: 'library board' }).waitFor();
    assert.equal(await page.locator('.story-card').count(), 1);
  });

  test('should page through the stories with "More stories"', async () => {
    // Pages of one story each: the UI asks for 20, the request is rewritten to ask for 1.
    await page.route('**/api/stories?*', (route) => {
      const url = new URL(route.request().url());
      url.searchParams.set('limit', '1');
      return route.continue({ url: url.href });
    });
    try {
      await page.goto(server.url);
      await page.locator('.story-card').first().waitFor();
      assert.equal(await page.locator('.story-card').count(), 1);
      await page.getByRole('button', { name: 'More stories' }).click();
      await page.locator('.story-card').nth(1).waitFor();
      assert.equal(await page.locator('.story-card').count(), 2);
      assert.equal(await page.getByRole('button', { name: 'More stories' }).count(), 0, 'no third page');
    } finally {
      await page.unroute('**/api/stories?*');
    }
  });

  test("should draw the diesel spill's provenance graph with an arrow per copy", async () => {
    await page.goto(server.url);
    await page.locator('.story-card', { hasText: 'Diesel spill' }).getByRole('link').click();
    await page.locator('svg.graph .edge').first().waitFor();
    assert.equal(await page.locator('svg.graph .node').count(), 7);
    assert.equal(await page.locator('svg.graph .edge').count(), 4);
    const labels = await page.locator('svg.graph .edge-label text').allTextContents();
    assert.ok(
      labels.some((l) => l.startsWith('verbatim')),
      labels.join(' | '),
    );
    assert.ok(
      labels.some((l) => l.startsWith('paraphrased')),
      labels.join(' | '),
    );
    const original = page.locator('svg.graph .node.original');
    assert.match((await original.textContent()) ?? '', /eastbridge-observer/);
    assert.equal(await page.locator('svg.graph .node.independent').count(), 2);
    assert.equal(await page.locator('table.contributions tbody tr').count(), 7);
    assert.equal(await page.locator('svg.graph .kinship').count(), 0);
    await page.getByLabel(/show kinships/).check();
    assert.equal(await page.locator('svg.graph .kinship').count(), 6, 'the four copies are siblings');
    await page.getByLabel(/show kinships/).uncheck();
    await screenshot(page, 'story');
    if (process.env.NEWSTRACE_README_SCREENSHOT) await readmeScreenshot(page);
  });

  test('should set the light edit beside its original, changed words marked, the cut paragraph omitted', async () => {
    await page
      .locator('ul.derivations li', { hasText: 'regional-wire' })
      .getByRole('link', { name: 'compare' })
      .click();
    await page.waitForURL(/\/compare\?a=eastbridge-observer&b=regional-wire/);
    await page.locator('table.side-by-side').waitFor();
    assert.equal(await page.getByLabel('Article A').inputValue(), 'eastbridge-observer');
    assert.ok((await page.locator('tr.edited').count()) > 0);
    assert.ok((await page.locator('tr.edited ins').count()) > 0, 'an edited sentence shows its new words');
    assert.ok((await page.locator('tr.omitted').count()) > 0, 'the wildlife paragraph is left out');
    assert.match(
      await page.locator('.verdict').innerText(),
      /regional-wire is derived from eastbridge-observer/,
    );
    await screenshot(page, 'compare-light-edit');
  });

  test("should show the partial copy's own sentences as its additions", async () => {
    await page.goto(`${server.url}/compare?a=eastbridge-observer&b=county-post`);
    await page.locator('table.side-by-side').waitFor();
    assert.ok((await page.locator('tr.added').count()) >= 5, 'school closures, commissioner, farmer');
    assert.match(await page.locator('tr.added').last().innerText(), /Extension Office/);
  });

  test("should show the paraphrase's altered quotations as word diffs", async () => {
    await page.goto(`${server.url}/compare?a=eastbridge-observer&b=newsspin-hub`);
    const altered = page.locator('.variant.altered');
    await altered.first().waitFor();
    const company = altered.filter({ hasText: 'containment and cleanup' });
    const removed = (await company.locator('del').allTextContents()).map((t) => t.trim());
    const inserted = (await company.locator('ins').allTextContents()).map((t) => t.trim());
    // “We deeply regret … every available resource” became “We sincerely regret … all available resources”.
    assert.ok(removed.includes('deeply') && removed.includes('every'), removed.join(' | '));
    assert.ok(inserted.includes('sincerely') && inserted.includes('all'), inserted.join(' | '));
    await screenshot(page, 'compare-paraphrase');
  });

  test('should show an article with its source, the evidence and a link to compare', async () => {
    await page.goto(`${server.url}/articles/regional-wire`);
    const card = page.locator('.sources .derivation-card');
    await card.waitFor();
    assert.match(await card.locator('h3').innerText(), /From eastbridge-observer/);
    assert.ok((await card.locator('.evidence li').count()) > 0);
    assert.equal(await card.getByRole('link', { name: 'compare side by side' }).count(), 1);
    assert.match(await page.locator('.article-text').innerText(), /4:15 am by a freight rail/);
    await screenshot(page, 'article');
  });

  test('should group quotations by speaker and find a speaker', async () => {
    await page.goto(`${server.url}/quotes`);
    await page.locator('section.speaker').first().waitFor();
    await page.getByLabel('Speaker').fill('Okafor');
    await page.getByRole('button', { name: 'Find' }).click();
    await page.waitForURL(/speaker=Okafor/);
    await page.locator('section.speaker h2', { hasText: 'Rosalind Okafor' }).waitFor();
    const headings = await page.locator('section.speaker h2').allInnerTexts();
    assert.ok(
      headings.every((h) => h.includes('Okafor')),
      headings.join(' | '),
    );
    assert.ok((await page.locator('section.speaker li a').count()) > 1);
    await screenshot(page, 'quotes');
  });

  test('should find the source of a dropped file, and say when a pasted text has none', async () => {
    await page.goto(`${server.url}/check`);
    const observer = readFileSync(new URL('eastbridge-observer.md', examples), 'utf8');
    // A light edit of the original's first paragraphs, without its front matter: a new article.
    const edited = `Pipeline spill closes the Marrow River\n${observer.split('---\n')[2]?.split('\n').slice(0, 4).join('\n').replace('early Tuesday', 'on Tuesday morning')}`;
    await page.locator('input[type=file]').setInputFiles({
      name: 'tip.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(edited),
    });
    await page.getByRole('button', { name: 'Find its sources' }).click();
    await page.locator('.sources .derivation-card').waitFor();
    assert.match(await page.locator('.sources .derivation-card h3').innerText(), /From eastbridge-observer/);
    await screenshot(page, 'check');
    await page.getByRole('button', { name: 'Use pasted text instead' }).click();
    await page
      .locator('textarea')
      .fill(
        'Lindenfield ferry fares rise\nThe Lindenfield ferry will charge 3 euros a crossing from May, the harbour board said on Friday.',
      );
    await page.getByRole('button', { name: 'Find its sources' }).click();
    await page.getByText('No indexed source').waitFor();
  });

  test('should say what went wrong when the server has no such article', async () => {
    await page.goto(`${server.url}/articles/no-such-article`);
    const error = page.getByRole('alert');
    await error.waitFor();
    assert.match(await error.innerText(), /Could not load article no-such-article: 404/);
  });

  test('should have run no page into an error', () => {
    assert.deepEqual(problems, []);
  });
});

/** The README's picture: the story page down to its list of derivations, at 1× (a small PNG). */
async function readmeScreenshot(page: Page): Promise<void> {
  const box = await page.locator('ul.derivations').boundingBox();
  assert.ok(box);
  await page.screenshot({
    path: readmeImage.pathname,
    clip: { x: 0, y: 0, width: 1200, height: box.y + box.height + 16 },
  });
}
