// One fictional report written in every convention of quotation marks: each copy must yield the same
// quotations as the original, and a copy that only changed the marks changed no quotation.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { analyzePaths, quotesOfPaths } from '../src/pipeline.ts';
import { compareQuotes } from '../src/quotes/compare.ts';
import { toJson } from '../src/report/json.ts';

const folder = new URL('fixtures/quote-conventions/', import.meta.url).pathname;
const conventions = readdirSync(folder)
  .filter((f) => f.endsWith('.txt') && f !== 'curly.txt')
  .map((f) => f.replace(/\.txt$/, ''));

test('quotation conventions', async (t) => {
  const { quotes } = await quotesOfPaths([folder]);
  const of = (article: string) => quotes.filter((q) => q.article === article);
  const original = of('curly');

  await t.test('should find every quotation of the original in curly marks', () => {
    assert.deepEqual(
      original.map((q) => q.text.slice(0, 20)),
      [
        'We cannot ask famili',
        'The report leaves us',
        'When a diver tells y',
        'They’ve known about ',
        'Every year they told',
        'borrow the money and',
      ],
    );
    // Ruth Calloway's two quotations are left out: the speaker ranker takes the "Association" of
    // "said Ruth Calloway, who chairs the Harlow Boatmen’s Association" (in every convention alike).
    assert.deepEqual(
      original.map((q) => q.speaker).filter((_, i) => i !== 3 && i !== 4),
      ['Odile Brandt', 'Odile Brandt', 'Tomasz Wren', 'Ibrahim Sato'],
    );
  });

  for (const convention of conventions) {
    await t.test(`should find the same quotations and speakers in ${convention}`, () => {
      const found = of(convention);
      assert.equal(found.length, original.length, found.map((q) => q.text).join(' | '));
      found.forEach((q, i) => {
        const o = original[i];
        assert.equal(compareQuotes(o?.text ?? '', q.text).kind, 'identical', `${o?.text} / ${q.text}`);
        assert.equal(q.speaker, o?.speaker, q.text);
        assert.equal(q.parts.length, o?.parts.length, q.text);
      });
    });
  }

  await t.test('should keep the nested quotation inside the speech that holds it', () => {
    for (const article of ['curly', ...conventions]) {
      const held = of(article).find((q) => q.text.includes('Next budget'));
      assert.ok(held?.text.startsWith('Every year'), `${article}: ${held?.text}`);
      assert.ok(held?.text.endsWith('call it safety.'), `${article}: continued over the next paragraph`);
    }
  });

  await t.test('should report each copy verbatim, its quotations identical to the original’s', async () => {
    const json = toJson(await analyzePaths([folder]));
    assert.deepEqual(
      json.derivations.map((d) => [d.original, d.copy, d.method]).sort(),
      conventions.map((c) => ['curly', c, 'verbatim']).sort(),
    );
    const kinds = new Set(json.quoteVariants.map((v) => v.kind));
    assert.deepEqual([...kinds], ['identical']);
    assert.equal(json.quoteVariants.length, conventions.length * original.length);
  });
});
