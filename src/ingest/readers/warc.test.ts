import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { warcArchive } from '../../../bench/corpus/warc.ts';
import type { Diagnostic } from '../../errors.ts';
import type { RawArticle } from '../types.ts';
import { warcReader } from './warc.ts';

const page = (headline: string, body: string) =>
  `<html><head><meta charset="utf-8"><title>${headline}</title></head><body><nav>Home · News</nav><article><h1>${headline}</h1>${body}</article><footer>© Lowmoor Ledger</footer></body></html>`;

test('warc reader', async (t) => {
  const date = '2031-02-07T09:00:00Z';
  const archive = await warcArchive([
    { url: 'https://ledger.example/pier', date, type: 'request', body: 'GET /pier HTTP/1.1\r\n\r\n' },
    {
      url: 'https://ledger.example/pier',
      date,
      body: page(
        'Pier closed',
        '<p>The Lowmoor ferry pier closed on Friday after the storm cracked two pylons.</p><p>Divers will inspect it next week, the harbour board said.</p>',
      ),
    },
    { url: 'https://ledger.example/logo.png', date, contentType: 'image/png', body: 'PNG' },
    {
      url: 'https://ledger.example/fares',
      date,
      contentType: 'text/html',
      body: page(
        'Fares rise',
        '<p>Lindenfield ferry fares rise in May, the operator said on Monday.</p><p>It blamed the price of fuel.</p>',
      ),
    },
  ]);

  await t.test(
    'should make an article of each HTML response, its URI as id and the crawl date as retrieval time',
    async () => {
      const articles = (await warcReader.read(archive, 'crawl.warc.gz', 'crawl')) as RawArticle[];
      assert.deepEqual(
        articles.map((a) => [a.id, a.meta.retrieved, a.meta.published]),
        [
          ['https://ledger.example/pier', '2031-02-07T09:00:00Z', undefined],
          ['https://ledger.example/fares', '2031-02-07T09:00:00Z', undefined],
        ],
      );
      assert.match(articles[0]?.text ?? '', /The Lowmoor ferry pier closed/);
      assert.doesNotMatch(articles[0]?.text ?? '', /Home|©/);
    },
  );

  await t.test('should keep the records before a truncation and report the fault', async () => {
    const cut = archive.subarray(0, archive.length - 60);
    const results = await warcReader.read(cut, 'crawl.warc.gz', 'crawl');
    const articles = results.filter((r): r is RawArticle => !('code' in r));
    const problems = results.filter((r): r is Diagnostic => 'code' in r);
    assert.equal(articles[0]?.id, 'https://ledger.example/pier');
    assert.equal(problems.at(-1)?.code, 'NT_INGEST_BAD_ARCHIVE');
  });

  await t.test('should stop, not spin, where the archive ends inside a record it does not read', async () => {
    // Cut inside the image record's HTTP header: warcio's skip waits for its missing bytes for ever.
    const plain = gunzipSync(archive);
    const at = Buffer.from(plain).indexOf('Content-Type: image/png');
    for (const cut of [plain.subarray(0, at + 16), gzipSync(plain.subarray(0, at + 16))]) {
      const results = await warcReader.read(cut, 'crawl.warc', 'crawl');
      assert.deepEqual(
        results.map((r) => ('code' in r ? r.code : r.id)),
        ['https://ledger.example/pier', 'NT_INGEST_BAD_ARCHIVE'],
      );
    }
  });

  await t.test(
    "should take the HTTP header's charset over --charset, and --charset when the header has none",
    async () => {
      const body = (headline: string) =>
        `<html><head><title>${headline}</title></head><body><article><h1>${headline}</h1><p>The Lowmoor café closed on Friday after the storm cracked two windows.</p><p>It reopens next week, the owner said.</p></article></body></html>`;
      const crawl = await warcArchive([
        { url: 'https://ledger.example/a', date, contentType: 'text/html; charset=utf-8', body: body('A') },
        { url: 'https://ledger.example/b', date, contentType: 'text/html', body: body('B') },
      ]);
      const results = await warcReader.read(crawl, 'crawl.warc.gz', 'crawl', { charset: 'windows-1252' });
      const articles = results.filter((r): r is RawArticle => !('code' in r));
      assert.equal(results.length, 2, 'declared or given charsets are no guesses');
      assert.match(articles[0]?.text ?? '', /Lowmoor café closed/);
      // The record without a header charset is read in the one given, as asked (its bytes are UTF-8).
      assert.match(articles[1]?.text ?? '', /Lowmoor cafÃ© closed/);
    },
  );
});

test('warc reader on archives that hold nothing readable', async (t) => {
  const read = async (bytes: Uint8Array, path: string) =>
    (await warcReader.read(bytes, path, 'x')) as Diagnostic[];

  await t.test('should report a .warc.gz that is not gzip nor WARC', async () => {
    const [problem, ...rest] = await read(
      new TextEncoder().encode('plain notes, not an archive\n'),
      'a.warc.gz',
    );
    assert.equal(problem?.code, 'NT_INGEST_BAD_ARCHIVE');
    assert.match(
      problem?.message ?? '',
      /a\.warc\.gz: .*it is not gzip, and it does not begin with a WARC header/,
    );
    assert.equal(rest.length, 0);
  });

  await t.test('should report random bytes', async () => {
    const bytes = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 251);
    assert.equal((await read(bytes, 'r.warc'))[0]?.code, 'NT_INGEST_BAD_ARCHIVE');
  });

  await t.test('should refuse a gzip bomb as too large before it is decompressed whole', async () => {
    const [problem] = await read(gzipSync(Buffer.alloc(64 * 1024 * 1024)), 'bomb.warc.gz');
    assert.equal(problem?.code, 'NT_INGEST_TOO_LARGE');
    assert.match(problem?.message ?? '', /decompresses to over 50 times/);
  });

  await t.test('should stop at a record that claims more bytes than the archive holds', async () => {
    const lie = `WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 99999999999\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>x</p>`;
    const [problem] = await read(new TextEncoder().encode(lie), 'lie.warc');
    assert.equal(problem?.code, 'NT_INGEST_BAD_ARCHIVE');
    assert.match(problem?.message ?? '', /record 1 claims 99999999999 bytes/);
  });

  await t.test('should report an archive of records without an HTML page', async () => {
    const archive = await warcArchive([
      {
        url: 'https://ledger.example/logo.png',
        date: '2031-02-07T09:00:00Z',
        contentType: 'image/png',
        body: 'PNG',
      },
    ]);
    const [problem] = await read(archive, 'logos.warc.gz');
    assert.equal(problem?.code, 'NT_INGEST_BAD_ARCHIVE');
    assert.match(problem?.message ?? '', /1 records, 1 responses, no HTML page/);
  });
});
