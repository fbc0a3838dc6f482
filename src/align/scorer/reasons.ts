// Explains a sentence-pair score in words a person can check.

import type { SentenceFeatures } from '../../represent/types.ts';
import { areSynonymTerms, nearSynonymy } from '../lexical.ts';
import { antonymPairs } from './pair-features.ts';

/**
 * The main reasons, most telling first: how much content is shared, synonyms and near-synonyms
 * found, numbers or names only one side states, a negation on one side only, and what each side
 * says that the other does not.
 */
export function pairReasons(
  a: SentenceFeatures,
  b: SentenceFeatures,
  lexical: number,
  semantic: number,
  semanticModel: string,
): string[] {
  const reasons = [
    `shares ${Math.round(lexical * 100)}% of its weighted content (same word, lemma or WordNet synonym)`,
  ];
  const synonyms: string[] = [];
  const related: string[] = [];
  const unmatched = { a: [] as string[], b: [] as string[] };
  for (const [x, y, side] of [
    [a, b, 'a'],
    [b, a, 'b'],
  ] as const) {
    x.terms.forEach((term, i) => {
      const word = x.termWords[i] as string;
      if (y.terms.includes(term) || y.lemmas.includes(x.lemmas[i] as string)) return;
      const synonym = y.terms.findIndex((_, j) => areSynonymTerms(x, i, y, j));
      if (synonym >= 0) {
        if (side === 'a') synonyms.push(`${word} ~ ${y.termWords[synonym]}`);
        return;
      }
      const near = y.terms.findIndex((_, j) => nearSynonymy(x, i, y, j) >= 0.7);
      if (near >= 0) {
        if (side === 'a') related.push(`${word} ~ ${y.termWords[near]}`);
        return;
      }
      unmatched[side].push(word);
    });
  }
  if (synonyms.length > 0) reasons.push(`synonyms: ${synonyms.join(', ')}`);
  if (related.length > 0) reasons.push(`near-synonyms: ${related.join(', ')}`);
  const onlyA = a.numbers.filter((n) => !b.numbers.includes(n));
  const onlyB = b.numbers.filter((n) => !a.numbers.includes(n));
  if (onlyA.length + onlyB.length > 0)
    reasons.push(`numbers differ: ${onlyA.join(', ') || '—'} vs ${onlyB.join(', ') || '—'}`);
  const namesA = a.names.filter((n) => !b.names.includes(n));
  const namesB = b.names.filter((n) => !a.names.includes(n));
  if (namesA.length > 0 && namesB.length > 0)
    reasons.push(`names differ: ${namesA.join(', ')} vs ${namesB.join(', ')}`);
  if (a.negations % 2 !== b.negations % 2) reasons.push('a negation on one side only');
  const opposites = antonymPairs(a, b);
  if (opposites.length > 0) reasons.push(`antonyms: ${opposites.map(([x, y]) => `${x} vs ${y}`).join(', ')}`);
  if (unmatched.a.length > 0) reasons.push(`only in a: ${unmatched.a.join(', ')}`);
  if (unmatched.b.length > 0) reasons.push(`only in b: ${unmatched.b.join(', ')}`);
  reasons.push(`meaning similarity ${semantic.toFixed(2)} (${semanticModel})`);
  return reasons;
}
