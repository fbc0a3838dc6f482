import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from '../../errors.ts';
import type { RawArticle } from '../types.ts';
import { jsonlReader } from './jsonl.ts';

const lines = [
  JSON.stringify({
    id: 'fares',
    title: 'Ferry fares rise',
    publisher: 'Valley Herald',
    published: '2031-04-02',
    text: 'Lindenfield ferry fares rise in May. The operator blamed fuel costs.',
  }),
  '{"title": "broken',
  JSON.stringify({
    url: 'https://herald.example/pier',
    html: '<html><body><article><p>The pier reopened on Monday after three weeks of repairs to its pylons.</p><p>Divers found no further damage, the harbour board said.</p></article></body></html>',
  }),
  '[1, 2]',
  JSON.stringify({ title: 'No body' }),
  '',
].join('\n');

test('jsonl reader', async (t) => {
  const results = await jsonlReader.read(new TextEncoder().encode(lines), 'export.jsonl', 'export');
  const articles = results.filter((r): r is RawArticle => !('code' in r));
  const problems = results.filter((r): r is Diagnostic => 'code' in r);

  await t.test('should read one article per line, with its metadata and an id from id, url or line', () => {
    assert.deepEqual(
      articles.map((a) => a.id),
      ['fares', 'https://herald.example/pier'],
    );
    assert.equal(articles[0]?.meta.publisher, 'Valley Herald');
    assert.match(articles[1]?.text ?? '', /^The pier reopened/);
  });

  await t.test('should report each bad line with its number and go on', () => {
    assert.deepEqual(
      problems.map((p) => [p.code, p.input]),
      [
        ['NT_INGEST_BAD_LINE', 'export.jsonl:2'],
        ['NT_INGEST_BAD_LINE', 'export.jsonl:4'],
        ['NT_INGEST_BAD_LINE', 'export.jsonl:5'],
      ],
    );
  });
});
