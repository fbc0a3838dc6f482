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

  await t.test('should read a windows-1252 file with one guess warning for the file', async () => {
    const line =
      '{"id": "mill", "text": "The mill reopened \x97 \x93at last\x94, said the mayor. Visitors queued."}';
    const bytes = Uint8Array.from(
      [...`${line}\n${line.replace('mill', 'mill-2')}`].map((c) => c.charCodeAt(0)),
    );
    const results = await jsonlReader.read(bytes, 'old.jsonl', 'old');
    assert.equal((results[0] as Diagnostic).code, 'NT_INGEST_CHARSET_GUESSED');
    assert.match((results[0] as Diagnostic).message, /^old\.jsonl: .*windows-1252/);
    assert.equal(
      (results[1] as RawArticle).text,
      'The mill reopened — “at last”, said the mayor. Visitors queued.',
    );
    assert.equal(results.length, 3);
  });

  await t.test('should read in the charset given when the file declares none', async () => {
    const line =
      '{"id": "kiev", "text": "\xf0\xc1\xd2\xcf\xcd \xd0\xcc\xd9\xd7\xc5\xd4. Two sentences here."}';
    const results = await jsonlReader.read(
      Uint8Array.from([...line].map((c) => c.charCodeAt(0))),
      'k.jsonl',
      'k',
      {
        charset: 'koi8-r',
      },
    );
    assert.equal(results.length, 1);
    assert.match((results[0] as RawArticle).text, /^Паром плывет\./);
  });
});
