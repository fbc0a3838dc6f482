// Measures reading speed per input format (articles/s and MB/s): the same generated fictional articles
// as plain text, as web pages with navigation and boilerplate, as an RSS feed, as JSON lines and as a
// gzipped WARC archive, each read through `ingest` as a user's files would be.
// Usage: node --import tsx bench/ingest.ts [--articles 300]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import { ingest } from '../src/ingest/index.ts';
import { escapeHtml } from '../src/report/escape.ts';
import { generateCorpus } from './corpus/generate.ts';
import { warcArchive } from './corpus/warc.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '300' } } });
const corpus = generateCorpus({ articles: Number(values.articles), seed: 5 });
const paragraphs = (text: string) => text.split(/\n+/).filter((p) => p.trim() !== '');

/** A page such as news sites serve: head metadata, navigation, the article, a sidebar and a footer. */
function page(a: { id: string; text: string; published: string }): string {
  const [title, ...body] = paragraphs(a.text);
  const nav = Array.from({ length: 12 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join(
    '',
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title ?? '')} | Bench Herald</title><meta property="og:site_name" content="Bench Herald"><meta property="article:published_time" content="${a.published}"><link rel="canonical" href="https://bench.example/${a.id}"></head><body><header><nav><ul>${nav}</ul></nav></header><main><article><h1>${escapeHtml(title ?? '')}</h1>${body.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article><aside><h3>Most read</h3><ul>${nav}</ul><p>Subscribe to the Bench Herald newsletter.</p></aside></main><footer><p>© Bench Herald. All rights reserved.</p></footer></body></html>`;
}

const dir = mkdtempSync(join(tmpdir(), 'newstrace-bench-ingest-'));
const folder = (name: string) => {
  const path = join(dir, name);
  mkdirSync(path);
  return path;
};
const text = folder('text');
const html = folder('html');
for (const a of corpus.articles) {
  writeFileSync(join(text, `${a.id}.txt`), a.text);
  writeFileSync(join(html, `${a.id}.html`), page(a));
}
const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench Herald</title>${corpus.articles
  .map(
    (a) =>
      `<item><title>${escapeHtml(paragraphs(a.text)[0] ?? '')}</title><link>https://bench.example/${a.id}</link><pubDate>${new Date(a.published).toUTCString()}</pubDate><content:encoded><![CDATA[${paragraphs(
        a.text,
      )
        .slice(1)
        .map((p) => `<p>${p}</p>`)
        .join('')}]]></content:encoded></item>`,
  )
  .join('')}</channel></rss>`;
writeFileSync(join(folder('feed'), 'bench.rss'), rss);
writeFileSync(
  join(folder('jsonl'), 'bench.jsonl'),
  corpus.articles.map((a) => JSON.stringify({ id: a.id, published: a.published, text: a.text })).join('\n'),
);
const archive = await warcArchive(
  corpus.articles.map((a) => ({ url: `https://bench.example/${a.id}`, date: a.published, body: page(a) })),
);
writeFileSync(join(folder('warc'), 'bench.warc.gz'), archive);

const table = new Table({
  head: ['format', 'inputs', 'articles read', 'seconds', 'articles/s', 'time per article vs text'],
  style: { head: [], border: [] },
});
let textRate = 0;
for (const [format, path, inputs] of [
  ['plain text', text, corpus.articles.length],
  ['HTML pages', html, corpus.articles.length],
  ['RSS feed', join(dir, 'feed'), 1],
  ['JSON lines', join(dir, 'jsonl'), 1],
  ['WARC (gzip)', join(dir, 'warc'), 1],
] as const) {
  const start = process.hrtime.bigint();
  const { articles } = await ingest([path]);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rate = articles.length / seconds;
  if (format === 'plain text') textRate = rate;
  table.push([
    format,
    inputs,
    articles.length,
    seconds.toFixed(2),
    rate.toFixed(0),
    `${(textRate / rate).toFixed(1)}×`,
  ]);
}
rmSync(dir, { recursive: true, force: true });
console.log(table.toString());
