import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articlePath, comparePath, parseRoute, quotesPath, storiesPath, storyPath } from './route.ts';

test('should read each page and its parameters from the address', () => {
  assert.deepEqual(parseRoute('/', ''), { page: 'stories', q: '', since: '' });
  assert.deepEqual(parseRoute('/', '?q=ferry+fare&since=2026-03-01'), {
    page: 'stories',
    q: 'ferry fare',
    since: '2026-03-01',
  });
  assert.deepEqual(parseRoute('/stories/lindenfield-ferry', ''), { page: 'story', id: 'lindenfield-ferry' });
  assert.deepEqual(parseRoute('/articles/lindenfield-ferry/', ''), {
    page: 'article',
    id: 'lindenfield-ferry',
  });
  assert.deepEqual(parseRoute('/compare', '?a=x&b=y'), { page: 'compare', a: 'x', b: 'y' });
  assert.deepEqual(parseRoute('/quotes', '?speaker=Ada%20Quill'), { page: 'quotes', speaker: 'Ada Quill' });
  assert.deepEqual(parseRoute('/check', ''), { page: 'check' });
});

test('should round-trip ids that are URLs or hold reserved characters', () => {
  for (const id of ['https://news.example/2026/ferry?x=1#top', 'a b/c', '50%', 'javascript:alert(1)']) {
    const story = new URL(storyPath(id), 'http://ui.test');
    assert.deepEqual(parseRoute(story.pathname, story.search), { page: 'story', id });
    const article = new URL(articlePath(id), 'http://ui.test');
    assert.deepEqual(parseRoute(article.pathname, article.search), { page: 'article', id });
    const compare = new URL(comparePath(id, 'b'), 'http://ui.test');
    assert.deepEqual(parseRoute(compare.pathname, compare.search), { page: 'compare', a: id, b: 'b' });
  }
});

test('should keep every path it builds inside this app', () => {
  // "//evil.test" would be another host; the id's slashes are encoded instead.
  assert.equal(articlePath('//evil.test'), '/articles/%2F%2Fevil.test');
  assert.equal(storiesPath(), '/');
  assert.equal(storiesPath({ q: 'ferry' }), '/?q=ferry');
  assert.equal(quotesPath(), '/quotes');
});

test('should call unknown paths and broken percent-encoding not found', () => {
  assert.deepEqual(parseRoute('/nowhere', ''), { page: 'not-found', path: '/nowhere' });
  assert.deepEqual(parseRoute('/articles/%E0%A4%A', ''), { page: 'not-found', path: '/articles/%E0%A4%A' });
  assert.deepEqual(parseRoute('/articles/a/b', ''), { page: 'not-found', path: '/articles/a/b' });
});
