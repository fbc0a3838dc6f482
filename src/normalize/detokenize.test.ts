import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detokenize } from './detokenize.ts';

test('detokenize', async (t) => {
  await t.test('should rejoin punctuation, clitics and quote tokens', () => {
    assert.equal(
      detokenize("Ada Quill called him <QUOTE> the ferryman <QUOTE> , and we do n't know why ."),
      "Ada Quill called him “the ferryman”, and we don't know why.",
    );
  });
  await t.test('should rejoin currency, percentages and brackets', () => {
    assert.equal(
      detokenize('Fares rose to $ 4.20 ( up 12 % ) in Lindenfield .'),
      'Fares rose to $4.20 (up 12%) in Lindenfield.',
    );
  });
  await t.test('should leave ordinary text unchanged', () => {
    const text = 'The board said fares would rise by 12% in June, “if fuel stays dear”.';
    assert.equal(detokenize(text), text);
  });
});
