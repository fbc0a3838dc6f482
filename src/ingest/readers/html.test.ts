import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from '../../errors.ts';
import type { RawArticle } from '../types.ts';
import { htmlReader, metaCharset } from './html.ts';

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
    assert.deepEqual(metaCharset(html), { charset: 'windows-1252', by: '<meta charset>' });
    const results = await read(bytes);
    assert.equal(results.length, 1, 'a declared charset is no guess: no warning');
    assert.match((results[0] as RawArticle).text, /café closed too/);
  });

  await t.test('should read curly quotes of a windows-1252 page that declares it', async () => {
    const html = page(
      '<meta charset="windows-1252">',
      story.replace('“Nobody', '\x93Nobody').replace('it happened,”', 'it happened,\x94'),
    );
    const [article] = (await read(Uint8Array.from([...html].map((c) => c.charCodeAt(0))))) as RawArticle[];
    assert.match(article?.text ?? '', /“Nobody was on the pier when it happened,”/);
  });

  await t.test('should guess the charset of a page that declares none, with a warning', async () => {
    const html = page(
      '<title>Pier</title>',
      story.replace('“Nobody', '\x93Nobody').replace('it happened,”', 'it happened,\x94'),
    );
    const [warning, article] = await read(Uint8Array.from([...html].map((c) => c.charCodeAt(0))));
    assert.equal((warning as Diagnostic).code, 'NT_INGEST_CHARSET_GUESSED');
    assert.equal((warning as Diagnostic).severity, 'warning');
    assert.match((warning as Diagnostic).message, /^p\.html: .*windows-1252/);
    assert.match((article as RawArticle).text, /“Nobody was on the pier/);
  });

  await t.test('should take --charset as the charset of a page that declares none', async () => {
    const html = page('<title>Pier</title>', story.replace('Friday', 'Friday (caf\xe9 closed too)'));
    const bytes = Uint8Array.from([...html].map((c) => c.charCodeAt(0)));
    const results = await htmlReader.read(bytes, 'p.html', 'p', { charset: 'iso-8859-2' });
    assert.equal(results.length, 1);
    assert.match((results[0] as RawArticle).text, /café closed too/);
  });

  await t.test('should report bytes that are invalid in the declared charset, naming it', async () => {
    const bytes = new TextEncoder().encode(page('<meta charset="utf-8">', story));
    bytes[bytes.length - 40] = 0xff;
    const [problem] = (await read(bytes)) as Diagnostic[];
    assert.equal(problem?.code, 'NT_INGEST_BAD_CHARSET');
    assert.match(problem?.message ?? '', /invalid utf-8 bytes near offset \d+ \(<meta charset>\)/);
  });

  await t.test('should report a declared charset TextDecoder does not know', async () => {
    const [problem] = (await read(page('<meta charset="x-klingon">', story))) as Diagnostic[];
    assert.equal(problem?.code, 'NT_INGEST_BAD_CHARSET');
    assert.match(problem?.message ?? '', /unknown charset "x-klingon"/);
  });

  await t.test('should say so when a page has no article text', async () => {
    const [problem] = (await read(page('<title>Empty</title>', '<div></div>'))) as Diagnostic[];
    assert.equal(problem?.code, 'NT_INGEST_NO_ARTICLE');
    assert.match(problem?.message ?? '', /p\.html/);
  });
});
