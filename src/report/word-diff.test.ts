// Tests for wordDiff: a word-level diff that shows what a copy changed in a sentence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wordDiff } from './word-diff.ts';

/** The second text rebuilt from the kept and inserted runs. */
const rebuildSecond = (runs: ReturnType<typeof wordDiff>) =>
  runs
    .filter(([op]) => op !== '-')
    .map(([, text]) => text)
    .join('');

test('wordDiff', async (t) => {
  await t.test('should keep identical texts as one unchanged run', () => {
    assert.deepEqual(wordDiff('Fares rose in May.', 'Fares rose in May.'), [['=', 'Fares rose in May.']]);
  });

  await t.test('should mark a removed word with -', () => {
    assert.deepEqual(wordDiff('Fares rose sharply in May.', 'Fares rose in May.'), [
      ['=', 'Fares rose '],
      ['-', 'sharply '],
      ['=', 'in May.'],
    ]);
  });

  await t.test('should mark an inserted word with +', () => {
    assert.deepEqual(wordDiff('Fares rose in May.', 'Ferry fares rose in May.'), [
      ['+', 'Ferry '],
      ['=', 'fares rose in May.'],
    ]);
  });

  await t.test('should mark a replaced word as removed and inserted', () => {
    const runs = wordDiff('The quay closed on Monday.', 'The pier closed on Monday.');
    const changed = runs.filter(([op]) => op !== '=');
    assert.equal(changed.length, 2);
    assert.deepEqual(
      changed.find(([op]) => op === '-'),
      ['-', 'quay '],
    );
    assert.deepEqual(
      changed.find(([op]) => op === '+'),
      ['+', 'pier '],
    );
    assert.deepEqual(runs[0], ['=', 'The ']);
    assert.deepEqual(runs[runs.length - 1], ['=', 'closed on Monday.']);
  });

  await t.test(
    'should list the removed word before the inserted one, as the doc example shows',

    () => {
      assert.deepEqual(wordDiff('the war ended', 'the conflict ended'), [
        ['=', 'the '],
        ['-', 'war '],
        ['+', 'conflict '],
        ['=', 'ended'],
      ]);
    },
  );

  await t.test('should match words regardless of case and surrounding punctuation', () => {
    assert.deepEqual(wordDiff('Fares rose, Quill said.', 'fares rose Quill said'), [
      ['=', 'fares rose Quill said'],
    ]);
    assert.deepEqual(wordDiff('"Quay" (shut)!', 'quay shut'), [['=', 'quay shut']]);
  });

  await t.test('should not match different words that share letters', () => {
    const runs = wordDiff('Fares rose.', 'Fares rise.');
    assert.deepEqual(runs[0], ['=', 'Fares ']);
    assert.deepEqual(
      runs
        .slice(1)
        .map(([op]) => op)
        .sort(),
      ['+', '-'],
    );
  });

  await t.test('should rebuild the second text from its = and + runs', () => {
    const pairs: Array<[string, string]> = [
      ['Fares rose sharply in May.', 'Ferry fares rose in May,  riders said.'],
      ['The quay closed.', 'Officials shut the Lindenfield quay on Monday.'],
      ['Quill spoke.', ''],
      ['', 'Quill spoke at the quay.'],
    ];
    for (const [a, b] of pairs) assert.equal(rebuildSecond(wordDiff(a, b)), b);
  });

  await t.test('should keep the first text’s removed words in its own spelling', () => {
    const runs = wordDiff('Fares ROSE sharply.', 'fares rose.');
    assert.deepEqual(
      runs.filter(([op]) => op === '-'),
      [['-', 'sharply.']],
    );
  });

  await t.test('should return no runs for two empty texts', () => {
    assert.deepEqual(wordDiff('', ''), []);
  });
});
