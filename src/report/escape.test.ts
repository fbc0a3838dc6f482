// Tests for escapeHtml: article text made safe for HTML.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml } from './escape.ts';

test('escapeHtml', async (t) => {
  await t.test('should escape each of & < > " and \'', () => {
    assert.equal(escapeHtml('&'), '&amp;');
    assert.equal(escapeHtml('<'), '&lt;');
    assert.equal(escapeHtml('>'), '&gt;');
    assert.equal(escapeHtml('"'), '&quot;');
    assert.equal(escapeHtml("'"), '&#39;');
  });

  await t.test('should escape a script tag in article text', () => {
    assert.equal(
      escapeHtml('Quill wrote <script>alert("fares")</script>'),
      'Quill wrote &lt;script&gt;alert(&quot;fares&quot;)&lt;/script&gt;',
    );
  });

  await t.test('should escape an ampersand once, not twice', () => {
    assert.equal(escapeHtml('Fares & Quays &amp; more'), 'Fares &amp; Quays &amp;amp; more');
  });

  await t.test('should leave plain and curly-quoted text unchanged', () => {
    const text = 'Lindenfield’s “ferry” fares rose — again.';
    assert.equal(escapeHtml(text), text);
  });
});
