// Tests for ownOutlet, creditedOutlets and isSameOutlet: who published an article, and whom it credits.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleMeta } from '../../ingest/types.ts';
import { normalize } from '../../normalize/index.ts';
import { segment } from '../../segment/index.ts';
import { creditedOutlets, isSameOutlet, ownOutlet } from './outlets.ts';

const article = (text: string, meta: ArticleMeta = {}) =>
  segment(normalize({ id: 'fares', path: 'fares.txt', text, meta }));
const outlets = (text: string) => creditedOutlets(article(text)).map((c) => c.outlet);

test('ownOutlet', async (t) => {
  await t.test('should take the declared publisher first', () => {
    const found = ownOutlet(
      article('RIVERTON (Valley Herald) — Ferry fares rose.', { publisher: 'Riverton Post' }),
    );
    assert.deepEqual(found, { outlet: 'Riverton Post', how: 'publisher' });
  });

  await t.test('should read the outlet in brackets in a dateline', () => {
    const found = ownOutlet(article('RIVERTON (Valley Herald) — Ferry fares rose on Monday.'));
    assert.equal(found?.outlet, 'Valley Herald');
    assert.match(found?.how ?? '', /^dateline "RIVERTON \(Valley Herald\) —"$/);
  });

  await t.test('should read an outlet name on its own line before a dash', () => {
    assert.equal(ownOutlet(article('XYZ —\nFerry fares rose on Monday.'))?.outlet, 'XYZ');
    assert.equal(ownOutlet(article('XYZ — Ferry fares rose on Monday.'))?.outlet, 'XYZ');
  });

  await t.test('should find no outlet in text without publisher or dateline', () => {
    assert.equal(ownOutlet(article('Ferry fares rose on Monday. Riders were angry.')), undefined);
  });

  await t.test('should not take five capitalised words before a dash as an outlet', () => {
    assert.equal(ownOutlet(article('Lindenfield Ferry Riders Union Chair — fares are too high.')), undefined);
  });
});

test('creditedOutlets', async (t) => {
  await t.test('should find "originally appeared in"', () => {
    const found = creditedOutlets(
      article('This story originally appeared in the Valley Herald. Fares rose.'),
    );
    assert.deepEqual(found, [
      { outlet: 'Valley Herald', phrase: 'originally appeared in the Valley Herald' },
    ]);
  });

  await t.test('should find "as first reported by"', () => {
    assert.deepEqual(outlets('Fares rose, as first reported by the Valley Herald on Monday.'), [
      'Valley Herald',
    ]);
  });

  await t.test('should find "told the Herald"', () => {
    assert.deepEqual(outlets('Quill told the Herald that fares would rise.'), ['Herald']);
  });

  await t.test('should find "according to"', () => {
    assert.deepEqual(outlets('Fares rose, according to the Riverton Post.'), ['Riverton Post']);
  });

  await t.test('should find "Valley Herald reported"', () => {
    const found = outlets('The Valley Herald reported that fares rose.');
    assert.equal(found.length, 1);
    assert.ok(isSameOutlet(found[0] as string, 'Valley Herald'), String(found[0]));
  });

  await t.test('should stop the outlet name at the end of the sentence', () => {
    assert.deepEqual(outlets('Fares rose, as reported by XYZ. Then the quay shut.'), ['XYZ']);
  });

  await t.test('should keep the dots of initials in an outlet name', () => {
    assert.deepEqual(outlets('Fares rose, according to the U.K. Ferry Board.'), ['U.K. Ferry Board']);
  });

  await t.test('should find nothing in text that credits no one', () => {
    assert.deepEqual(outlets('Fares rose on Monday. Riders said the quay was shut.'), []);
  });
});

test('isSameOutlet', async (t) => {
  await t.test('should match a name with its last words', () => {
    assert.equal(isSameOutlet('the Herald', 'Valley Herald'), true);
    assert.equal(isSameOutlet('Valley Herald', 'Herald'), true);
  });

  await t.test('should match regardless of case and a leading "the"', () => {
    assert.equal(isSameOutlet('The Valley Herald', 'valley herald'), true);
  });

  await t.test('should not match names that only share a word elsewhere', () => {
    assert.equal(isSameOutlet('Herald Tribune', 'Valley Herald'), false);
    assert.equal(isSameOutlet('Riverton Post', 'Valley Herald'), false);
  });

  await t.test('should not match a name that ends with the other without a word break', () => {
    assert.equal(isSameOutlet('Herald', 'ValleyHerald'), false);
  });
});
