// Tests for segment: paragraphs, sentences and tokens of a normalised article.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleMeta } from '../ingest/types.ts';
import { normalize } from '../normalize/index.ts';
import { segment } from './index.ts';

const seg = (text: string, meta: ArticleMeta = {}) =>
  segment(normalize({ id: 'fares', path: 'fares.txt', text, meta }));
const texts = (text: string) => seg(text).sentences.map((s) => s.text);

test('segment', async (t) => {
  await t.test('should keep a quoted question and its attribution in one sentence', () => {
    assert.deepEqual(texts('"Why?" she asked. The ferry was late.'), [
      '“Why?” she asked.',
      'The ferry was late.',
    ]);
  });

  await t.test('should not end a sentence at the abbreviations Mr. and Dr.', () => {
    assert.deepEqual(texts('Mr. Quill met Dr. Ada Vane. They spoke about fares.'), [
      'Mr. Quill met Dr. Ada Vane.',
      'They spoke about fares.',
    ]);
  });

  await t.test('should take a short first line without final punctuation as title and heading', () => {
    const article = seg(
      'Ferry fares rise in Lindenfield\nThe ferry will cost more from May. Riders were not pleased.',
    );
    assert.equal(article.title, 'Ferry fares rise in Lindenfield');
    assert.deepEqual(
      article.sentences.map((s) => [s.text, s.heading, s.paragraph]),
      [
        ['Ferry fares rise in Lindenfield', true, 0],
        ['The ferry will cost more from May.', false, 1],
        ['Riders were not pleased.', false, 1],
      ],
    );
  });

  await t.test('should not take a first line ending in a full stop as the title', () => {
    const article = seg('The ferry will cost more.\nRiders were not pleased.');
    assert.equal(article.title, '');
    assert.equal(article.sentences[0]?.heading, false);
  });

  await t.test('should prefer the declared title', () => {
    const article = seg('Ferry fares rise in Lindenfield\nThe ferry will cost more.', { title: 'Quay news' });
    assert.equal(article.title, 'Quay news');
  });

  await t.test('should make each line a paragraph in line-per-paragraph text', () => {
    const lines = seg('The ferry will cost more.\nRiders were angry.\nQuill said fares would rise again.');
    assert.deepEqual(
      lines.sentences.map((s) => s.paragraph),
      [0, 1, 2],
    );
    const spaced = seg(
      'The ferry will cost more.\n\nRiders were angry.\n\nQuill said fares would rise again.',
    );
    assert.deepEqual(
      spaced.sentences.map((s) => s.paragraph),
      [0, 1, 2],
    );
  });

  await t.test('should join wrapped lines into one paragraph in hard-wrapped text', () => {
    const article = seg(
      'The ferry will cost more from May, the\ncouncil said on Monday.\n\nRiders on the quay were\nnot pleased with the rise.',
    );
    assert.deepEqual(
      article.sentences.map((s) => [s.paragraph, s.tokens.map((k) => k.text).join(' ')]),
      [
        [0, 'The ferry will cost more from May , the council said on Monday .'],
        [1, 'Riders on the quay were not pleased with the rise .'],
      ],
    );
  });

  await t.test('should give sentence offsets that slice the normalised text to the sentence text', () => {
    const article = seg('Lindenfield ferry news\n"Why?" she asked.  Mr. Quill left.\nFares rose.');
    assert.equal(article.sentences.length, 4);
    for (const s of article.sentences) assert.equal(article.text.slice(s.start, s.end), s.text);
    for (const s of article.sentences) {
      for (const k of s.tokens) assert.equal(article.text.slice(k.start, k.end), k.text);
    }
  });

  await t.test('should number sentences from 0 in order', () => {
    const article = seg('Fares rose. Riders left.\nQuill spoke.');
    assert.deepEqual(
      article.sentences.map((s) => s.index),
      [0, 1, 2],
    );
  });

  await t.test('should mark tokens inside “…” as quoted and those outside as not', () => {
    const [sentence] = seg('Quill said "the fares are too high" and left.').sentences;
    assert.ok(sentence);
    const quoted = sentence.tokens.filter((k) => k.quoted).map((k) => k.text);
    const outside = sentence.tokens.filter((k) => !k.quoted).map((k) => k.text);
    assert.deepEqual(quoted, ['the', 'fares', 'are', 'too', 'high']);
    assert.deepEqual(outside, ['Quill', 'said', '“', '”', 'and', 'left', '.']);
  });

  await t.test('should keep a quotation open across sentences of one paragraph', () => {
    const article = seg('"Fares rose. Riders left," Quill said.');
    const quoted = article.sentences.flatMap((s) => s.tokens.filter((k) => k.quoted).map((k) => k.text));
    assert.deepEqual(
      quoted.filter((w) => /\w/.test(w)),
      ['Fares', 'rose', 'Riders', 'left'],
    );
  });

  await t.test('should produce no sentence for a line holding only a dash', () => {
    const article = seg('The ferry will cost more.\n—\nRiders were angry.');
    assert.deepEqual(
      article.sentences.map((s) => s.text),
      ['The ferry will cost more.', 'Riders were angry.'],
    );
  });

  await t.test('should count word and number tokens in words', () => {
    const article = seg('Ferry fares rise\nThe ferry will cost 4 euros from May.');
    assert.equal(article.words, 11);
  });
});
