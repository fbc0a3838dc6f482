import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from '../../errors.ts';
import type { RawArticle } from '../types.ts';
import { declaredCharset, htmlReader } from './html.ts';

const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head>${head}</head><body><nav><a href="/">Home</a> · <a href="/sport">Sport</a></nav>${body}<aside>Subscribe for £1 a week</aside><footer>© Lowmoor Ledger</footer></body></html>`;
const story =
  '<article><h1>Ferry pier closed</h1><p class="byline">By Ida Kersten</p><p>The Lowmoor ferry pier closed on Friday after the storm cracked two of its pylons, the harbour board said.</p><p>“Nobody was on the pier when it happened,” harbour master Ines Valcourt said on Saturday.</p><p>Divers will inspect the pylons next week before the board decides whether the pier can reopen.</p></article>';
const read = async (html: string | Uint8Array) =>
  await htmlReader.read(typeof html === 'string' ? new TextEncoder().encode(html) : html, 'p.html', 'p');

test('html reader', async (t) => {
  await t.test(
    'should keep the headline and body and leave out navigation, asides, footer and byline',
    async () => {
      const [article] = (await read(
        page('<meta charset="utf-8"><title>Pier closed</title>', story),
      )) as RawArticle[];
      const paragraphs = article?.text.split('\n\n') ?? [];
      assert.equal(paragraphs[0], 'Ferry pier closed');
      assert.match(paragraphs[1] ?? '', /^The Lowmoor ferry pier closed/);
      assert.equal(paragraphs.length, 4);
      assert.doesNotMatch(article?.text ?? '', /Subscribe|Home|©|By Ida/);
    },
  );

  await t.test(
    'should read publisher, times, canonical URL, byline and language from meta tags and JSON-LD',
    async () => {
      const head =
        '<meta property="og:site_name" content="Lowmoor Ledger"><meta property="article:published_time" content="2031-02-07T09:00:00Z"><link rel="canonical" href="https://ledger.example/pier">' +
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm closes Lowmoor ferry pier","dateModified":"2031-02-07T12:00:00Z","author":{"@type":"Person","name":"Ida Kersten"}}</script>';
      const [article] = (await read(page(head, story))) as RawArticle[];
      assert.deepEqual(article?.meta, {
        title: 'Storm closes Lowmoor ferry pier',
        byline: 'Ida Kersten',
        publisher: 'Lowmoor Ledger',
        published: '2031-02-07T09:00:00Z',
        modified: '2031-02-07T12:00:00Z',
        url: 'https://ledger.example/pier',
        language: 'en',
      });
    },
  );

  await t.test('should decode the charset the page declares', async () => {
    const html = page(
      '<meta charset="windows-1252"><title>Caf\xe9</title>',
      story.replace('Friday', 'Friday (caf\xe9 closed too)'),
    );
    const bytes = Uint8Array.from([...html].map((c) => c.charCodeAt(0)));
    assert.equal(declaredCharset(bytes), 'windows-1252');
    const [article] = (await read(bytes)) as RawArticle[];
    assert.match(article?.text ?? '', /café closed too/);
  });

  await t.test('should report bytes that are invalid in the declared charset', async () => {
    const bytes = new TextEncoder().encode(page('<meta charset="utf-8">', story));
    bytes[bytes.length - 40] = 0xff;
    const [problem] = (await read(bytes)) as Diagnostic[];
    assert.equal(problem?.code, 'NT_INGEST_NOT_UTF8');
  });

  await t.test('should say so when a page has no article text', async () => {
    const [problem] = (await read(page('<title>Empty</title>', '<div></div>'))) as Diagnostic[];
    assert.equal(problem?.code, 'NT_INGEST_NO_ARTICLE');
    assert.match(problem?.message ?? '', /p\.html/);
  });
});
