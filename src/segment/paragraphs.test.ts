import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paragraphs } from './paragraphs.ts';

test('paragraphs', async (t) => {
  await t.test('should keep a headline line apart from the sentence under it', () => {
    const texts = paragraphs('Ferry fares rise\n“Why?” she asked.\n\nFares rose.').map((p) => p.text);
    assert.deepEqual(texts, ['Ferry fares rise', '“Why?” she asked.', 'Fares rose.']);
  });

  await t.test('should join the lines of hard-wrapped text into one paragraph per block', () => {
    const text =
      'The ferry company in Lindenfield said on Monday that fares would\nrise by a third from June, blaming fuel costs and a\nshortage of crew.\n\nPassengers on the early crossing were not pleased at all\nand said so.';
    const spans = paragraphs(text);
    assert.equal(spans.length, 2);
    assert.ok(spans[0]?.text.includes('would rise by a third'));
    assert.equal(
      text.slice(spans[1]?.start, (spans[1]?.start ?? 0) + (spans[1]?.text.length ?? 0)).replace(/\n/g, ' '),
      spans[1]?.text,
    );
  });
});
