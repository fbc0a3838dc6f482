// The example corpus in every input format gives the verdicts of its clean text: web pages from two
// invented publishers' templates (navigation, ads, subscription boxes), an RSS and an Atom feed, JSON
// lines, and a WARC archive made here with warcio. A batch with a broken input of each format still
// analyses the rest.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { warcArchive } from '../bench/corpus/warc.ts';
import { ingest } from '../src/ingest/index.ts';
import type { RawArticle } from '../src/ingest/types.ts';
import { type Analysis, analyze, analyzePaths } from '../src/pipeline.ts';
import { escapeHtml as esc } from '../src/report/escape.ts';

const examples = new URL('../examples', import.meta.url).pathname;
const site = 'https://news.example/';
const { articles: clean } = await ingest([examples]);

/** Derivations (original>copy) and story groups, with ids made comparable across formats. */
function verdicts(analysis: Analysis): { derivations: string[]; stories: string[] } {
  const id = (x: string) => x.replace(site, '');
  return {
    derivations: analysis.provenance.derivations.map((d) => `${id(d.original)}>${id(d.copy)}`).sort(),
    stories: analysis.stories.map((s) => s.articles.map(id).sort().join(',')).sort(),
  };
}

/** An article's headline and body paragraphs: front matter's title, else its first line. */
function parts(a: RawArticle): { title: string; paragraphs: string[] } {
  const lines = a.text.split(/\n+/).filter((l) => l.trim() !== '');
  return a.meta.title
    ? { title: a.meta.title, paragraphs: lines }
    : { title: lines[0] ?? '', paragraphs: lines.slice(1) };
}

/** Two invented publishers' page templates: different navigation, ad slots and subscription boxes. */
const templates = [
  (head: string, article: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body><header><nav><a href="/">Harbour Chronicle</a> <a href="/local">Local</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header><div class="ad">Advertisement: Quayside Motors, spring sale now on</div><main>${article}</main><aside class="subscribe"><h3>Get the Chronicle every morning</h3><p>Subscribe to our newsletter for the day’s top stories.</p></aside><footer><p>© Harbour Chronicle. All rights reserved.</p></footer></body></html>`,
  (head: string, article: string) =>
    `<!DOCTYPE html><html><head>${head}<meta name="viewport" content="width=device-width"></head><body><div id="top"><ul class="menu"><li><a href="/">Valley Dispatch</a></li><li><a href="/news">News</a></li><li><a href="/opinion">Opinion</a></li></ul></div><div class="layout"><div class="story">${article}</div><div class="rail"><div class="promo">Sponsored: Marrow Valley Outfitters</div><div class="paywall">Support local news. Sign up for a Dispatch membership and get unlimited access.</div></div></div><div class="foot">Valley Dispatch · Privacy · Cookies</div></body></html>`,
];

function page(a: RawArticle, template: number): string {
  const { title, paragraphs } = parts(a);
  const head = [
    `<title>${esc(title)}</title>`,
    a.meta.publisher ? `<meta property="og:site_name" content="${esc(a.meta.publisher)}">` : '',
    a.meta.published ? `<meta property="article:published_time" content="${esc(a.meta.published)}">` : '',
  ].join('');
  const article = `<article><h1>${esc(title)}</h1>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</article>`;
  return (templates[template] as (h: string, a: string) => string)(head, article);
}

const dir = mkdtempSync(join(tmpdir(), 'newstrace-formats-'));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function warc(): Promise<Uint8Array> {
  return warcArchive(
    clean.map((a, i) => ({ url: `${site}${a.id}`, date: '2026-06-01T00:00:00Z', body: page(a, i % 2) })),
  );
}

const item = (a: RawArticle) => {
  const { title, paragraphs } = parts(a);
  return {
    title: esc(title),
    link: `${site}${a.id}`,
    html: paragraphs.map((p) => `<p>${esc(p)}</p>`).join(''),
  };
};

test('input formats', async (t) => {
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const expected = verdicts(await analyze(clean));

  await t.test('the clean text should give the expected example verdicts', () => {
    assert.equal(expected.derivations.length, 4);
  });

  await t.test('should give the same verdicts from web pages of two publishers', async () => {
    const folder = join(dir, 'pages');
    mkdirSync(folder);
    for (const [i, a] of clean.entries()) writeFileSync(join(folder, `${a.id}.html`), page(a, i % 2));
    assert.deepEqual(verdicts(await analyzePaths([folder])), expected);
  });

  await t.test('should give the same verdicts from an RSS and an Atom feed', async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour Chronicle</title>${clean
      .filter((_, i) => i % 2 === 0)
      .map((a) => {
        const x = item(a);
        const date = a.meta.published ? `<pubDate>${new Date(a.meta.published).toUTCString()}</pubDate>` : '';
        return `<item><title>${x.title}</title><link>${x.link}</link>${date}<content:encoded><![CDATA[${x.html}]]></content:encoded></item>`;
      })
      .join('')}</channel></rss>`;
    const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Dispatch</title>${clean
      .filter((_, i) => i % 2 === 1)
      .map((a) => {
        const x = item(a);
        const date = a.meta.published ? `<published>${a.meta.published}</published>` : '';
        return `<entry><title>${x.title}</title><id>${x.link}</id><link href="${x.link}"/>${date}<content type="html">${esc(x.html)}</content></entry>`;
      })
      .join('')}</feed>`;
    const found = verdicts(await analyzePaths([write('chronicle.rss', rss), write('dispatch.atom', atom)]));
    assert.deepEqual(found, expected);
  });

  await t.test('should give the same verdicts from JSON lines', async () => {
    const lines = clean.map((a) => JSON.stringify({ id: a.id, ...a.meta, text: a.text })).join('\n');
    assert.deepEqual(verdicts(await analyzePaths([write('export.jsonl', lines)])), expected);
  });

  await t.test('should give the same verdicts from a WARC archive', async () => {
    assert.deepEqual(verdicts(await analyzePaths([write('crawl.warc.gz', await warc())])), expected);
  });

  await t.test('should analyse the rest of a batch when one input of each format is broken', async () => {
    const good = write(
      'good.jsonl',
      clean.map((a) => JSON.stringify({ id: a.id, ...a.meta, text: a.text })).join('\n'),
    );
    const bad = [
      write('empty.html', '<!doctype html><html><body><nav>Home</nav></body></html>'),
      write('broken.rss', '<rss><channel><item><title>Half'),
      write('cut.warc.gz', (await warc()).subarray(0, 500)),
      write(
        'lines.jsonl',
        '{"id": "x", "text": "The pier reopened on Monday after three weeks of repairs to two pylons."}\n{oops',
      ),
    ];
    const analysis = await analyzePaths([good, ...bad]);
    assert.deepEqual(verdicts(analysis).derivations, expected.derivations);
    const codes = analysis.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.code} ${d.input}`);
    for (const [code, input] of [
      ['NT_INGEST_NO_ARTICLE', 'empty.html'],
      ['NT_INGEST_BAD_FEED', 'broken.rss'],
      ['NT_INGEST_BAD_ARCHIVE', 'cut.warc.gz'],
      ['NT_INGEST_BAD_LINE', 'lines.jsonl:2'],
    ])
      assert.ok(
        codes.some((c) => c.startsWith(code as string) && c.endsWith(input as string)),
        `${code} for ${input}: ${codes.join('; ')}`,
      );
  });
});
