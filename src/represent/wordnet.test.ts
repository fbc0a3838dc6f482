// Tests for the WordNet reader: synonyms, their order, and unknown words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { areSynonyms, senses, synonyms, taggedCount } from './wordnet.ts';

test('wordnet', async (t) => {
  await t.test('should find automobile among the synonyms of car, first sense first', () => {
    const found = synonyms('car');
    assert.ok(found.includes('automobile'));
    assert.ok(found.indexOf('automobile') < found.indexOf('railcar'));
  });

  await t.test('should pair buy with purchase and big with large, both ways', () => {
    assert.ok(areSynonyms('car', 'automobile'));
    assert.ok(areSynonyms('buy', 'purchase'));
    assert.ok(areSynonyms('purchase', 'buy'));
    assert.ok(areSynonyms('big', 'large'));
    assert.ok(!areSynonyms('car', 'purchase'));
  });

  await t.test('should limit synonyms to one part of speech when asked', () => {
    assert.equal(synonyms('buy', 'v')[0], 'purchase');
    assert.ok(!synonyms('car', 'v').includes('automobile'));
  });

  await t.test('should spell multiword lemmas with spaces, lowercase, without the word itself', () => {
    const found = synonyms('car');
    assert.ok(found.includes('railway car'));
    assert.ok(!found.includes('car'));
    assert.ok(found.every((w) => w === w.toLowerCase() && !w.includes('_')));
    assert.equal(new Set(found).size, found.length);
  });

  await t.test('should accept a multiword lemma with spaces and ignore case', () => {
    assert.ok(synonyms('Railway Car').includes('railcar'));
  });

  await t.test('should return nothing for a word WordNet does not know', () => {
    assert.deepEqual(synonyms('tresswickian'), []);
    assert.deepEqual(senses('tresswickian'), []);
    assert.equal(taggedCount('tresswickian'), 0);
    assert.ok(!areSynonyms('tresswickian', 'car'));
  });

  await t.test('should strip adjective markers such as (p) from lemmas', () => {
    assert.ok(synonyms('elect', 'a').every((w) => !w.includes('(')));
  });

  await t.test('should order parts of speech by tagged frequency when none is given', () => {
    assert.equal(senses('fall')[0]?.pos, 'v');
    assert.equal(senses('car')[0]?.pos, 'n');
  });
});
