import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WARCRecord, WARCSerializer } from 'warcio';
import type { Diagnostic } from '../../errors.ts';
import type { RawArticle } from '../types.ts';
import { warcReader } from './warc.ts';

const page = (headline: string, body: string) =>
  `<html><head><meta charset="utf-8"><title>${headline}</title></head><body><nav>Home · News</nav><article><h1>${headline}</h1>${body}</article><footer>© Lowmoor Ledger</footer></body></html>`;

/** One record of a WARC file, serialised by warcio, gzipped as crawlers write them. */
async function record(
  url: string,
  type: 'response' | 'request',
  contentType: string,
  body: string,
): Promise<Uint8Array> {
  async function* content() {
    yield new TextEncoder().encode(body);
  }
  const r = await WARCRecord.create(
    {
      url,
      date: '2031-02-07T09:00:00Z',
      type,
      warcVersion: 'WARC/1.1',
      ...(type === 'response'
        ? { statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': contentType } }
        : {}),
    },
    content(),
  );
  return WARCSerializer.serialize(r, { gzip: true });
}

const concat = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

test('warc reader', async (t) => {
  const archive = concat([
    await record('https://ledger.example/pier', 'request', '', 'GET /pier HTTP/1.1\r\n\r\n'),
    await record(
      'https://ledger.example/pier',
      'response',
      'text/html; charset=utf-8',
      page(
        'Pier closed',
        '<p>The Lowmoor ferry pier closed on Friday after the storm cracked two pylons.</p><p>Divers will inspect it next week, the harbour board said.</p>',
      ),
    ),
    await record('https://ledger.example/logo.png', 'response', 'image/png', 'PNG'),
    await record(
      'https://ledger.example/fares',
      'response',
      'text/html',
      page(
        'Fares rise',
        '<p>Lindenfield ferry fares rise in May, the operator said on Monday.</p><p>It blamed the price of fuel.</p>',
      ),
    ),
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
});
