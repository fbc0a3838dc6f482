// Tests for measurePair: measures that depend on the two articles, not on which is a and which is b.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Alignment, Link } from '../align/types.ts';
import type { RepresentedArticle } from '../represent/types.ts';
import { measurePair } from './measures.ts';

/** An article of sentences with this many words each; only ids, word counts and quotation are read. */
const article = (id: string, lengths: number[]): RepresentedArticle =>
  ({
    id,
    sentences: lengths.map((_, i) => ({ paragraph: i })),
    features: lengths.map((n) => ({ words: Array.from({ length: n }, (_, i) => `w${i}`), quoted: 0 })),
  }) as unknown as RepresentedArticle;

const link = (a: number, b: number, method: Link['method']): Link => ({
  a,
  b,
  score: 0.9,
  lexical: 0.9,
  semantic: 0.9,
  verbatim: method === 'paraphrased' ? 0.3 : 0.9,
  method,
});

const alignment = (a: RepresentedArticle, b: RepresentedArticle, links: Link[]): Alignment => ({
  a: a.id,
  b: b.id,
  links,
  passages: [],
  bestA: a.features.map(() => 0.9),
  bestB: b.features.map(() => 0.9),
});

const swapped = (x: Alignment): Alignment => ({
  a: x.b,
  b: x.a,
  links: x.links.map((l) => ({ ...l, a: l.b, b: l.a })),
  passages: [],
  bestA: x.bestB,
  bestB: x.bestA,
});

test('measurePair', async (t) => {
  await t.test('should give the same method shares whichever article is compared first', () => {
    // b's first sentence carries a's first word for word and is also linked to a's second, which it
    // paraphrases (a merge): counted on b alone the copy is all verbatim, on a alone half.
    const a = article('wire', [20, 20, 12]);
    const b = article('post', [20, 12]);
    const links = [link(0, 0, 'verbatim'), link(1, 0, 'paraphrased'), link(2, 1, 'edited')];
    const forward = measurePair(alignment(a, b, links), a, b, 0.9).methods;
    const backward = measurePair(swapped(alignment(a, b, links)), b, a, 0.9).methods;
    assert.deepEqual(forward, backward);
    assert.ok(forward.paraphrased > 0, 'the paraphrased sentence of wire counts');
  });
});
