// Tests for the names an article states and when two names are one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalize } from '../normalize/index.ts';
import { segment } from '../segment/index.ts';
import { capitalisedWords, namesIn, sameName } from './names.ts';

/** The names of each sentence of a short text, as written. */
const names = (text: string) => {
  const { sentences } = segment(
    normalize({ id: 'x', path: 'x.txt', text: `Harbour news\n\n${text}`, meta: {} }),
  );
  const elsewhere = capitalisedWords(sentences);
  return sentences.slice(1).flatMap((s) => namesIn(s, elsewhere).map((n) => n.text));
};

test('namesIn', async (t) => {
  await t.test('should read runs of capitalised words as names, titles and weekdays left out', () => {
    assert.deepEqual(names('Mayor Odile Brandt met the Tamar County Council on Monday.'), [
      'Odile Brandt',
      'Tamar County Council',
    ]);
  });

  await t.test('should keep what follows the last title ("Foreign Minister Sergey Lavrov")', () => {
    assert.deepEqual(names('Ms Quill spoke with Russian Foreign Minister Sergey Lavrov.'), [
      'Quill',
      'Sergey Lavrov',
    ]);
  });

  await t.test('should join the words of a name across "of"', () => {
    assert.deepEqual(names('Rates were set by the Bank of England.'), ['Bank of England']);
  });

  await t.test('should not take a capitalised common word opening a sentence for a name', () => {
    assert.deepEqual(names('Residents were told to wait. Drivers took the ferry.'), []);
  });

  await t.test(
    'should take a word opening a sentence for a name when the article capitalises it elsewhere',
    () => {
      assert.deepEqual(names('The ferry left with Jory Pascoe aboard. Pascoe said it was late.'), [
        'Jory Pascoe',
        'Pascoe',
      ]);
    },
  );
});

test('sameName', async (t) => {
  const name = (text: string) => ({ text, words: text.toLowerCase().split(' ') });
  await t.test('should match a surname with the full name', () => {
    assert.ok(sameName(name('Scavino'), name('Dan Scavino')));
  });
  await t.test('should match a shortened first name by its initial', () => {
    assert.ok(sameName(name('Mike Waltz'), name('Michael Waltz')));
  });
  await t.test('should not match two people who share a surname', () => {
    assert.ok(!sameName(name('Ruth Calloway'), name('Ben Calloway')));
    assert.ok(!sameName(name('Calloway Street'), name('Ruth Calloway')));
  });
});
