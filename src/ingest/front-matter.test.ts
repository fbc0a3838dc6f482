// Tests for splitFrontMatter: the `---` block of `key: value` lines before a Markdown body.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { frontMatterCharset, splitFrontMatter } from './front-matter.ts';

test('splitFrontMatter', async (t) => {
  await t.test('should read title, publisher, published, url, author and id', () => {
    const text = [
      '---',
      'title: Ferry fares rise in Lindenfield',
      'publisher: Valley Herald',
      'published: 2031-04-02T08:15:00Z',
      'url: https://herald.example/ferry-fares',
      'author: Ada Quill',
      'id: ferry-fares',
      '---',
      'The Lindenfield ferry will cost more from May.',
    ].join('\n');
    assert.deepEqual(splitFrontMatter(text), {
      body: 'The Lindenfield ferry will cost more from May.',
      bodyStart: text.indexOf('The Lindenfield'),
      meta: {
        title: 'Ferry fares rise in Lindenfield',
        publisher: 'Valley Herald',
        published: '2031-04-02T08:15:00Z',
        url: 'https://herald.example/ferry-fares',
        byline: 'Ada Quill',
      },
      id: 'ferry-fares',
    });
  });

  await t.test('should read the aliases source, date and byline', () => {
    const { meta } = splitFrontMatter(
      '---\nsource: Riverton Post\ndate: 2031-04-02\nbyline: Bo Lind\n---\nBody.',
    );
    assert.deepEqual(meta, { publisher: 'Riverton Post', published: '2031-04-02', byline: 'Bo Lind' });
  });

  await t.test('should ignore unknown keys and lines that are not key: value', () => {
    const result = splitFrontMatter(
      '---\ntitle: Quay closed\ntags: ferries\n  - nested\nlayout: post\n---\nBody.',
    );
    assert.deepEqual(result.meta, { title: 'Quay closed' });
    assert.equal(result.id, undefined);
    assert.equal('id' in result, false);
  });

  await t.test('should strip matching double or single quotes around a value', () => {
    const { meta } = splitFrontMatter(
      `---\ntitle: "Fares: up again"\npublisher: 'Valley Herald'\n---\nBody.`,
    );
    assert.deepEqual(meta, { title: 'Fares: up again', publisher: 'Valley Herald' });
  });

  await t.test('should keep quotes that do not match', () => {
    const { meta } = splitFrontMatter(`---\ntitle: "Quill's ferry'\n---\nBody.`);
    assert.equal(meta.title, `"Quill's ferry'`);
  });

  await t.test('should leave text without front matter untouched', () => {
    const text = 'Lindenfield ferry fares rose.\n---\ntitle: not front matter\n---\n';
    assert.deepEqual(splitFrontMatter(text), { body: text, bodyStart: 0, meta: {} });
  });

  await t.test('should leave an unclosed block untouched', () => {
    const text = '---\ntitle: Quay closed\nThe quay is shut.';
    assert.deepEqual(splitFrontMatter(text), { body: text, bodyStart: 0, meta: {} });
  });

  await t.test('should return a body that excludes the block and its closing line', () => {
    const { body } = splitFrontMatter('---\ntitle: Quay\n---\nFirst line.\n\nSecond line.\n');
    assert.equal(body, 'First line.\n\nSecond line.\n');
  });

  await t.test('should accept CRLF line ends', () => {
    const result = splitFrontMatter('---\r\ntitle: Quay closed\r\n---\r\nBody.');
    assert.deepEqual(result, { body: 'Body.', bodyStart: 30, meta: { title: 'Quay closed' } });
  });

  await t.test('should skip keys with empty values', () => {
    const { meta } = splitFrontMatter('---\ntitle:\npublisher: ""\n---\nBody.');
    assert.deepEqual(meta, {});
  });

  await t.test(
    'should remove an empty block',

    () => {
      assert.deepEqual(splitFrontMatter('---\n---\nBody.'), { body: 'Body.', bodyStart: 8, meta: {} });
    },
  );
});

test('frontMatterCharset', async (t) => {
  await t.test('should find a charset line in the front matter', () => {
    assert.deepEqual(frontMatterCharset('---\ntitle: Caf\xe9\ncharset: windows-1252\n---\nBody.'), {
      charset: 'windows-1252',
      by: 'front matter',
    });
    assert.equal(frontMatterCharset('---\r\nCharset: "koi8-r"\r\n---\r\nBody.')?.charset, 'koi8-r');
  });

  await t.test('should find none without front matter, or outside it', () => {
    assert.equal(frontMatterCharset('charset: koi8-r\nBody.'), undefined);
    assert.equal(frontMatterCharset('---\ntitle: x\n---\ncharset: koi8-r\n'), undefined);
  });
});
