import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { warcArchive } from '../../bench/corpus/warc.ts';
import { readArticleObjects, readUpload } from './upload.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/charsets/${name}`, import.meta.url));
const prose = 'The Lindenfield ferry will cost more from May. Riders on the quay were not pleased at all.';
const bytes = (text: string) => new TextEncoder().encode(text);

test('uploads', async (t) => {
  await t.test(
    'should read an upload in the format its media type names, its name giving the ids',
    async () => {
      const feed = await readUpload({
        bytes: fixture('feed-windows-1252.rss'),
        contentType: 'application/rss+xml',
        name: 'ledger.rss',
      });
      assert.deepEqual(feed.diagnostics, []);
      assert.deepEqual(
        feed.articles.map((a) => [a.id, a.path]),
        [
          ['https://ledger.example/dredging', 'ledger.rss#1'],
          ['https://ledger.example/fares', 'ledger.rss#2'],
        ],
      );
      const lines = await readUpload({
        bytes: bytes(`{"text":"${prose}"}\n`),
        contentType: 'application/x-ndjson',
      });
      assert.match(lines.articles[0]?.id ?? '', /^upload-[0-9a-f]{12}-1$/);
    },
  );

  await t.test('should give the same bytes the same id when the upload has no name', async () => {
    const first = await readUpload({ bytes: bytes(prose), contentType: 'text/plain' });
    const again = await readUpload({ bytes: bytes(prose), contentType: 'text/plain; charset=utf-8' });
    assert.match(first.articles[0]?.id ?? '', /^upload-[0-9a-f]{12}$/);
    assert.equal(again.articles[0]?.id, first.articles[0]?.id);
    assert.equal(first.articles[0]?.path, `${first.articles[0]?.id}.txt`);
  });

  await t.test("should decode in the Content-Type's charset an input that declares none", async () => {
    const guessed = await readUpload({ bytes: fixture('windows-1252.txt'), contentType: 'text/plain' });
    assert.deepEqual(
      guessed.diagnostics.map((d) => d.code),
      ['NT_INGEST_CHARSET_GUESSED'],
    );
    const given = await readUpload({
      bytes: fixture('windows-1252.txt'),
      contentType: 'text/plain; charset=windows-1252',
      name: 'w.txt',
    });
    assert.deepEqual(given.diagnostics, []);
    assert.equal(given.articles[0]?.text, guessed.articles[0]?.text);
    const unknown = await readUpload({ bytes: bytes(prose), contentType: 'text/plain; charset=x-martian' });
    assert.match(
      unknown.diagnostics[0]?.message ?? '',
      /unknown charset "x-martian" \(the Content-Type header\)/,
    );
  });

  await t.test(
    'should choose by name, then by the first bytes, when the media type names no format',
    async () => {
      const page =
        '<!doctype html><html><body><article><p>Dredging of Lowmoor harbour started on Wednesday after a long delay.</p><p>The channel silted up faster than expected, the harbour master said.</p></article></body></html>';
      const named = await readUpload({
        bytes: bytes(page),
        contentType: 'application/octet-stream',
        name: 'dredging.html',
      });
      assert.equal(named.articles[0]?.id, 'dredging');
      assert.match(named.articles[0]?.text ?? '', /^Dredging of Lowmoor/);
      const sniffed = await readUpload({ bytes: bytes(page), contentType: 'application/octet-stream' });
      assert.match(sniffed.articles[0]?.text ?? '', /^Dredging of Lowmoor/);
    },
  );

  await t.test('should read a gzipped WARC archive, and refuse an upload over the size limit', async () => {
    const page = (n: number) =>
      `<!doctype html><html><head><title>Pier ${n}</title></head><body><article><p>The pier reopened on Monday after ${n} weeks of repairs to its pylons.</p><p>Divers found no further damage, the harbour board said on Tuesday.</p></article></body></html>`;
    const archive = await warcArchive(
      [1, 2].map((n) => ({ url: `https://p.example/${n}`, date: '2031-01-01T00:00:00Z', body: page(n) })),
    );
    const read = await readUpload({ bytes: archive, contentType: 'application/gzip', name: 'crawl.warc.gz' });
    assert.deepEqual(
      read.articles.map((a) => a.id),
      ['https://p.example/1', 'https://p.example/2'],
    );
    const big = await readUpload({ bytes: archive, contentType: 'application/gzip' }, { maxBytes: 100 });
    assert.deepEqual(
      big.diagnostics.map((d) => d.code),
      ['NT_INGEST_TOO_LARGE'],
    );
  });

  await t.test('should read article objects as JSON lines, ids from id, url or the text', () => {
    const read = readArticleObjects([
      { id: 'fares', text: prose, publisher: 'Valley Herald' },
      { title: 'No body' },
      { text: prose },
      { url: 'https://herald.example/x', text: prose },
      { id: 'fares', text: `${prose} Again.` },
    ]);
    assert.deepEqual(
      read.articles.map((a) => [a.id, a.path]),
      [
        ['fares', 'request:1'],
        [read.articles[1]?.id, 'request:3'],
        ['https://herald.example/x', 'request:4'],
        ['fares-2', 'request:5'],
      ],
    );
    assert.match(read.articles[1]?.id ?? '', /^article-[0-9a-f]{12}$/);
    assert.equal(read.articles[0]?.meta.publisher, 'Valley Herald');
    assert.deepEqual(
      read.diagnostics.map((d) => [d.code, d.input]),
      [
        ['NT_INGEST_BAD_LINE', 'request:2'],
        ['NT_INGEST_DUPLICATE_ID', 'request:5'],
      ],
    );
  });
});
