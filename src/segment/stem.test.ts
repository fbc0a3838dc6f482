import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ItsFunction } from 'wink-nlp';
import { nlp } from './nlp.ts';
import { stemOf } from './stem.ts';

test('stemOf', async (t) => {
  await t.test("should give wink's Porter stem of each word form, the same when asked again", () => {
    const { its } = nlp();
    const stem = its.stem as unknown as ItsFunction<string>;
    const doc = nlp().readDoc('Negotiators were negotiating the negotiated ceasefire agreements.');
    const forms = doc.tokens().out() as string[];
    const expected = doc.tokens().out(stem) as string[];
    assert.deepEqual(forms.map(stemOf), expected);
    assert.deepEqual(forms.map(stemOf), expected);
  });

  await t.test('should write curly apostrophes in a stem as straight ones', () => {
    // Porter keeps an apostrophe inside a word ("o’neil"), so the stem shows which one it was given.
    assert.equal(stemOf('O’Neill'), "o'neil");
  });
});
