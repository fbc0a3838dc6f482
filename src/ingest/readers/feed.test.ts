import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from '../../errors.ts';
import type { RawArticle } from '../types.ts';
import { feedReader, xmlEncoding } from './feed.ts';

const rss = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Lowmoor Ledger</title><link>https://ledger.example</link>
<item><title>Pier closed</title><link>https://ledger.example/pier</link><guid>p1</guid>
<pubDate>Fri, 07 Feb 2031 09:00:00 GMT</pubDate><dc:creator>Ida Kersten</dc:creator><description>Short summary</description>
<content:encoded><![CDATA[<p>The Lowmoor ferry pier closed on Friday after the storm.</p><p>Divers will inspect it next week.</p>]]></content:encoded></item>
<item><title>Empty</title><link>https://ledger.example/empty</link></item>
</channel></rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Herald</title>
<entry><title>Fares rise</title><id>urn:herald:1</id><link href="https://herald.example/fares"/>
<published>2031-04-02T08:15:00Z</published><updated>2031-04-02T10:00:00Z</updated><author><name>Ada Quill</name></author>
<content type="html">&lt;p&gt;Lindenfield ferry fares rise in May.&lt;/p&gt;&lt;p&gt;The operator blamed fuel.&lt;/p&gt;</content></entry>
</feed>`;

const read = async (xml: string) => await feedReader.read(new TextEncoder().encode(xml), 'f.xml', 'f');

test('feed reader', async (t) => {
  await t.test('should make one article per RSS item, from content:encoded, with its metadata', async () => {
    const [article, empty] = await read(rss);
    assert.deepEqual((article as RawArticle).meta, {
      title: 'Pier closed',
      url: 'https://ledger.example/pier',
      publisher: 'Lowmoor Ledger',
      published: '2031-02-07T09:00:00.000Z',
      byline: 'Ida Kersten',
    });
    assert.equal((article as RawArticle).id, 'https://ledger.example/pier');
    assert.equal(
      (article as RawArticle).text,
      'The Lowmoor ferry pier closed on Friday after the storm.\n\nDivers will inspect it next week.',
    );
    assert.equal((empty as Diagnostic).code, 'NT_INGEST_NO_ARTICLE');
    assert.equal((empty as Diagnostic).input, 'f.xml#2');
  });

  await t.test('should read Atom entries with their link, times and author', async () => {
    const [article] = (await read(atom)) as RawArticle[];
    assert.equal(article?.id, 'https://herald.example/fares');
    assert.equal(article?.meta.published, '2031-04-02T08:15:00Z');
    assert.equal(article?.meta.modified, '2031-04-02T10:00:00Z');
    assert.equal(article?.meta.byline, 'Ada Quill');
    assert.equal(article?.meta.publisher, 'Valley Herald');
    assert.equal(article?.text.split('\n\n').length, 2);
  });

  await t.test('should report broken XML as a bad feed', async () => {
    const [problem] = (await read('<rss><channel><item><title>Half')) as Diagnostic[];
    assert.equal(problem?.code, 'NT_INGEST_BAD_FEED');
  });

  await t.test('should decode in the charset the XML declaration names, with no warning', async () => {
    const xml = rss
      .replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="windows-1252"?>')
      .replace('after the storm.', 'after the storm \x97 \x93a bad one\x94.');
    const results = await feedReader.read(
      Uint8Array.from([...xml].map((c) => c.charCodeAt(0))),
      'f.xml',
      'f',
    );
    assert.ok(!results.some((r) => 'code' in r && r.code === 'NT_INGEST_CHARSET_GUESSED'));
    assert.match((results[0] as RawArticle).text, /after the storm — “a bad one”\./);
    assert.deepEqual(xmlEncoding('<?xml version="1.0" encoding=\'ISO-8859-1\'?><rss>'), {
      charset: 'ISO-8859-1',
      by: 'the XML declaration',
    });
  });

  await t.test('should guess the charset of a feed that declares none, with one warning', async () => {
    const xml = rss.replace('after the storm.', 'after the storm \x97 \x93a bad one\x94.');
    const [warning, article] = await feedReader.read(
      Uint8Array.from([...xml].map((c) => c.charCodeAt(0))),
      'f.xml',
      'f',
    );
    assert.equal((warning as Diagnostic).code, 'NT_INGEST_CHARSET_GUESSED');
    assert.match((article as RawArticle).text, /“a bad one”/);
  });
});
