// The three renderings of an analysis: terminal summary, JSON and HTML, on a small fictional input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/pipeline.ts';
import { renderHtml } from '../src/report/html.ts';
import { toJson } from '../src/report/json.ts';
import { renderTerminal } from '../src/report/terminal.ts';

const body = [
  'The Lindenfield ferry will cost a third more from June, the harbour board said on Monday.',
  'The board blamed fuel prices and a shortage of crew for the rise, the first in six years.',
  '“We held the fare for as long as we could,” said Ada Quill, who chairs the board.',
  'Commuters who cross daily will pay £4.20 a trip instead of £3.15, according to the new table.',
  'A season ticket will rise to £610, and children under twelve will still travel free.',
  'The board said it would review the fares again in the spring if fuel prices fall.',
];
const original = `Ferry fares rise in Lindenfield\n${body.join('\n')}`;
// The copy adds a line of markup that must never reach the report unescaped.
const copy = `Lindenfield ferry fares to rise <script>alert(1)</script>\n${body.slice(0, 5).join('\n')}\nRiders on the quay said <b>nobody</b> had warned them about the rise.\nRead more <b>here</b>.`;
const analysis = await analyze([
  {
    id: 'harbour-news',
    path: 'harbour-news.txt',
    meta: { published: '2026-04-01T08:00:00Z' },
    text: original,
  },
  { id: 'copy-site', path: 'copy-site.txt', meta: { published: '2026-04-01T11:00:00Z' }, text: copy },
]);

test('reports', async (t) => {
  await t.test('should name the copy, its source and the method in the terminal summary', () => {
    const text = renderTerminal(analysis);
    assert.match(text, /copy-site\s+│\s+harbour-news\s+│\s+(verbatim|edited)/);
    assert.match(text, /why: harbour-news was published/);
  });

  await t.test('should give sentence indexes that exist in the JSON articles', () => {
    const json = toJson(analysis);
    const sizes = new Map(json.articles.map((a) => [a.id, a.sentences.length]));
    for (const d of json.derivations) {
      for (const p of d.passages) {
        assert.ok(p.original[1] < (sizes.get(d.original) ?? 0));
        assert.ok(p.copy[1] < (sizes.get(d.copy) ?? 0));
      }
    }
    assert.deepEqual(JSON.parse(JSON.stringify(json)), json);
  });

  await t.test('should escape article text and load nothing in the HTML report', () => {
    const html = renderHtml(analysis);
    assert.ok(!html.includes('<script'), 'no script element');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(!html.includes('<b>here</b>'));
    assert.ok(!/\b(src|href)="(https?:)?\/\//.test(html), 'no external resources');
    assert.match(html, /<svg class="graph"/);
  });

  await t.test('should mark the copy’s addition and the original’s omission beside each other', () => {
    const html = renderHtml(analysis);
    assert.match(html, /<tr class="added">/);
    assert.match(html, /<tr class="omitted">/);
  });

  await t.test('should show the copy’s boilerplate apart, escaped, and not as an addition', () => {
    const html = renderHtml(analysis);
    assert.match(html, /boilerplate left out: “Read more &lt;b&gt;here&lt;\/b&gt;\.”/);
    assert.doesNotMatch(html, /<tr class="added">[^\n]*Read more/);
  });
});
