import assert from 'node:assert/strict';
import { test } from 'node:test';
import { webUrl } from './web-url.ts';

test('should let http and https URLs become links', () => {
  assert.equal(webUrl('https://news.example/ferry'), 'https://news.example/ferry');
  assert.equal(webUrl('http://news.example'), 'http://news.example/');
});

test('should refuse javascript:, data: and other schemes, relative and broken URLs', () => {
  for (const url of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/articles/x',
    '//evil.test',
    'not a url',
    '',
    undefined,
  ])
    assert.equal(webUrl(url), undefined, String(url));
});
