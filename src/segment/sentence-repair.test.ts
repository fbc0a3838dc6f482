import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalize } from '../normalize/index.ts';
import { segment } from './index.ts';

const sentencesOf = (text: string) =>
  segment(normalize({ id: 'x', path: 'x.txt', meta: {}, text: `Lindenfield news\n${text}` }))
    .sentences.slice(1)
    .map((s) => s.text);

test('sentence repair', async (t) => {
  await t.test('should keep a time with a decimal point inside its sentence', () => {
    assert.deepEqual(sentencesOf('The ferry left at 7.14am, an hour late. It docked at noon.'), [
      'The ferry left at 7.14am, an hour late.',
      'It docked at noon.',
    ]);
  });

  await t.test('should end a sentence after a time that swallowed its full stop', () => {
    assert.deepEqual(sentencesOf('The ferry left at 8am. Fares rose 3.5 per cent.'), [
      'The ferry left at 8am.',
      'Fares rose 3.5 per cent.',
    ]);
  });

  await t.test('should keep an attribution after a quoted question in its sentence', () => {
    assert.deepEqual(sentencesOf('“Why now?” asked Ada Quill. Nobody answered.'), [
      '“Why now?” asked Ada Quill.',
      'Nobody answered.',
    ]);
  });
});

test('should segment a misspelt contraction that wink gives no lemma for', () => {
  assert.deepEqual(sentencesOf('He vowed to fight any councillor who didnt.'), [
    'He vowed to fight any councillor who didnt.',
  ]);
});
