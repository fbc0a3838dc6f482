import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareQuotes } from './compare.ts';

const kind = (a: string, b: string) => compareQuotes(a, b).kind;

test('compareQuotes', async (t) => {
  await t.test('should call the same characters identical, straight or curly apostrophes alike', () => {
    assert.equal(kind('We’re ready.', "We're ready."), 'identical');
  });

  await t.test('should call a nested quotation identical whichever marks each convention gives it', () => {
    const curly = 'They told us, ‘Next budget,’ every year.';
    for (const other of [
      "They told us, 'Next budget,' every year.",
      'They told us, “Next budget,” every year.',
      "They told us, `Next budget,' every year.",
      'They told us, ‹ Next budget, › every year.',
      'They told us, ‚Next budget,‘ every year.',
      "They told us, ''Next budget,'' every year.",
    ])
      assert.equal(kind(curly, other), 'identical', other);
  });

  await t.test('should call a change of case, punctuation or spelling cosmetic', () => {
    assert.equal(kind('the harbour is closed,', 'The harbor is closed.'), 'cosmetic');
  });

  await t.test('should call a changed number altered, even when only a hyphen seems to differ', () => {
    assert.equal(kind('We are on the 10-yard line', 'We are on the 10th yard line'), 'altered');
  });

  await t.test('should call a shorter run of the same words truncated and a longer one extended', () => {
    assert.equal(kind('the river rose fast and the dam held', 'the dam held'), 'truncated');
    assert.equal(kind('the dam held', 'the river rose fast and the dam held'), 'extended');
  });

  await t.test('should call words dropped from inside altered, unless an ellipsis marks the cut', () => {
    assert.equal(kind('not going to be sitting in a room', 'not going to be in a room'), 'altered');
    assert.equal(kind('not going to be sitting in a room', 'not going to be … in a room'), 'truncated');
  });

  await t.test('should call changed words altered and show them in the word diff', () => {
    const { kind: k, diff } = compareQuotes(
      'a temporary respite for the army',
      'a temporary pause for the army',
    );
    assert.equal(k, 'altered');
    assert.deepEqual(
      diff.filter(([op]) => op !== '=').map(([op, text]) => [op, text.trim()]),
      [
        ['-', 'respite'],
        ['+', 'pause'],
      ],
    );
  });
});
