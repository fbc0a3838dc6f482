// Tests for wordingCue: direction evidence from the words other members keep where one member changed them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Alignment } from '../../align/types.ts';
import type { RepresentedArticle } from '../../represent/types.ts';
import { lookup } from './alignments.fixture.ts';
import { wordingCue } from './wording.ts';

/** An article whose sentences have these content terms (space-separated); only ids and terms are read. */
const article = (id: string, sentences: string[]): RepresentedArticle =>
  ({ id, features: sentences.map((s) => ({ terms: s.split(' ') })) }) as unknown as RepresentedArticle;

/** An alignment of `a` and `b` linking sentence i to sentence i, for each sentence of the shorter. */
const aligned = (a: RepresentedArticle, b: RepresentedArticle): Alignment => ({
  a: a.id,
  b: b.id,
  links: Array.from({ length: Math.min(a.features.length, b.features.length) }, (_, i) => ({
    a: i,
    b: i,
    score: 0.9,
    lexical: 0.9,
    semantic: 0.9,
    verbatim: 0.5,
    method: 'edited' as const,
  })),
  passages: [],
  bestA: [],
  bestB: [],
});

/** Every two of these articles aligned sentence by sentence, looked up whichever way round. */
function alignAll(articles: RepresentedArticle[]) {
  const alignments = articles.flatMap((a, i) => articles.slice(i + 1).map((b) => aligned(a, b)));
  return lookup(alignments);
}

const wireText = ['mayor open bridge river citi monday', 'crowd cheer band play anthem noon'];
// post changed three words of each sentence.
const postText = ['mayor inaugur span river town monday', 'crowd applaud band perform song noon'];

const wire = article('wire', wireText);
const post = article('post', postText);
const keepsWire = (id: string) => article(id, wireText);
const keepsPost = (id: string) => article(id, postText);
// Only the words wire and post share: no evidence either way.
const neutral = (id: string) => article(id, ['mayor river monday', 'crowd band noon']);

test('wordingCue', async (t) => {
  await t.test('should favour p as the original when the others keep the words c changed', () => {
    const others = [keepsWire('herald'), keepsWire('gazette')];
    const cue = wordingCue(wire, post, others, alignAll([wire, post, ...others]));
    assert.equal(cue?.kind, 'wording');
    assert.ok(Math.abs((cue?.logit ?? 0) - 0.6) < 1e-9);
    assert.equal(
      cue?.evidence,
      'other family members keep 12 word(s) of wire where post has others, and 0 of post where wire has others: post changed the wording',
    );
  });

  await t.test('should be negative when called the other way round', () => {
    const others = [keepsWire('herald'), keepsWire('gazette')];
    const cue = wordingCue(post, wire, others, alignAll([wire, post, ...others]));
    assert.equal(cue?.kind, 'wording');
    assert.ok(Math.abs((cue?.logit ?? 0) + 0.6) < 1e-9);
    assert.match(cue?.evidence ?? '', /: post changed the wording$/);
  });

  await t.test('should weigh the words kept of each side against each other', () => {
    const others = [keepsWire('herald'), keepsWire('gazette'), keepsPost('courier')];
    const cue = wordingCue(wire, post, others, alignAll([wire, post, ...others]));
    assert.ok(Math.abs((cue?.logit ?? 0) - 0.3) < 1e-9);
  });

  await t.test('should be undefined for a difference under 6 words', () => {
    // courier keeps wire's three words in the first sentence and two of three in the second.
    const courier = article('courier', [wireText[0] as string, 'crowd cheer band play noon']);
    assert.equal(wordingCue(wire, post, [courier], alignAll([wire, post, courier])), undefined);
    const herald = keepsWire('herald');
    assert.ok(
      Math.abs((wordingCue(wire, post, [herald], alignAll([wire, post, herald]))?.logit ?? 0) - 0.3) < 1e-9,
    );
  });

  await t.test('should be undefined without other members, or with others not compared with p', () => {
    assert.equal(wordingCue(wire, post, [], alignAll([wire, post])), undefined);
    const herald = keepsWire('herald');
    const all = alignAll([wire, post, herald]);
    const withoutWire = (x: string, y: string) =>
      [x, y].includes('herald') && [x, y].includes('wire') ? undefined : all(x, y);
    assert.equal(wordingCue(wire, post, [herald], withoutWire), undefined);
  });

  await t.test('should read at most 8 other members', () => {
    // The ninth and tenth keep post's words and would turn the cue round.
    const first = [keepsWire('herald'), ...Array.from({ length: 7 }, (_, i) => neutral(`neutral${i}`))];
    const others = [...first, keepsPost('courier'), keepsPost('ledger')];
    const cue = wordingCue(wire, post, others, alignAll([wire, post, ...others]));
    assert.ok(Math.abs((cue?.logit ?? 0) - 0.3) < 1e-9);
  });

  await t.test('should cap the log-odds at 1.5', () => {
    const others = Array.from({ length: 8 }, (_, i) => keepsWire(`copy${i}`));
    const alignmentOf = alignAll([wire, post, ...others]);
    assert.equal(wordingCue(wire, post, others, alignmentOf)?.logit, 1.5);
    assert.equal(wordingCue(post, wire, others, alignmentOf)?.logit, -1.5);
  });
});
