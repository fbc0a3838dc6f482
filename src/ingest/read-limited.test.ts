import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from '../errors.ts';
import { maxArticleWords } from './limits.ts';
import { cutLongArticle, readWithin } from './read-limited.ts';
import { jsonlReader } from './readers/jsonl.ts';
import type { Reader } from './readers/types.ts';
import type { RawArticle } from './types.ts';

const silent = (format: string): Reader => ({ format, extensions: [], sniff: () => false, read: () => [] });

test('reading within limits', async (t) => {
  await t.test('should cut an article over the word limit to its first words, with a warning', () => {
    const text = 'The pier reopened. '.repeat(maxArticleWords);
    const [warning, article] = cutLongArticle({ id: 'long', path: 'long.txt', text, meta: {} }) as [
      Diagnostic,
      RawArticle,
    ];
    assert.equal(warning.code, 'NT_INGEST_TRUNCATED');
    assert.equal(warning.severity, 'warning');
    assert.match(
      warning.message,
      new RegExp(`^long\\.txt: .*over ${maxArticleWords} words; the first ${maxArticleWords} were kept`),
    );
    assert.equal(article.text.split(/\s+/).length, maxArticleWords);
  });

  await t.test('should leave an article within the limit as it is', () => {
    const article = { id: 'a', path: 'a.txt', text: 'The pier reopened on Monday.', meta: {} };
    assert.deepEqual(cutLongArticle(article), [article]);
  });

  await t.test('should never report an archive or feed that gave nothing as read', async () => {
    const bytes = new Uint8Array([1]);
    const [archive] = (await readWithin(silent('warc'), bytes, 'a.warc', 'a', {})) as Diagnostic[];
    assert.equal(archive?.code, 'NT_INGEST_BAD_ARCHIVE');
    assert.equal(archive?.severity, 'error');
    const [feed] = (await readWithin(silent('feed'), bytes, 'f.rss', 'f', {})) as Diagnostic[];
    assert.equal(feed?.code, 'NT_INGEST_BAD_FEED');
  });

  await t.test('should stop a many-item input at its deadline and keep what was read', async () => {
    const lines = new TextEncoder().encode('{"id": "a", "text": "The pier reopened."}\n'.repeat(3));
    const results = await jsonlReader.read(lines, 'x.jsonl', 'x', { deadline: Date.now() - 1 });
    assert.deepEqual(
      results.map((r) => ('code' in r ? r.code : r.id)),
      ['NT_INGEST_TIMEOUT'],
    );
    assert.match((results[0] as Diagnostic).message, /^x\.jsonl: .*within 60 s/);
  });
});
