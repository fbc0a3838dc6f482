// The features of a sentence pair that the trained scorer weighs (see scripts/train-scorer.ts).

import type { SentenceFeatures } from '../../represent/types.ts';
import { dot } from '../../represent/vector-math.ts';
import { areSynonymTerms, nearSynonymy, termMatch, termOverlap } from '../lexical.ts';
import { diceOf, editDistance, lcsLength, meteor } from './ngrams.ts';
import { bleuOfCounts, type Counts, diceOfCounts, sequenceCounts } from './sequence-counts.ts';

/** Feature names, in the order `pairFeatures` returns their values. */
export const featureNames = [
  'wordDice',
  'stemDice',
  'termDice',
  'softDice',
  'containMin',
  'containMax',
  'wordnetDice',
  'char3Dice',
  'char4Dice',
  'lcsShorter',
  'lcsLonger',
  'bigramDice',
  'trigramDice',
  'bleu',
  'lengthRatio',
  'numbersDiffer',
  'numbersDice',
  'namesDiffer',
  'namesDice',
  'negationDiffers',
  'antonyms',
  'sif',
  'use',
  'unmatchedMax',
  'unmatchedMin',
  'unmatchedTermsMax',
  'unmatchedTermsMin',
  'extraNumbers',
  'extraNames',
  'meteor',
  'meteorSoft',
  'editRate',
] as const;

export type FeatureName = (typeof featureNames)[number];

/**
 * Computes every feature of a pair, each in about 0–1. `use` is the sentence-encoder cosine, or 0
 * when either sentence lacks an encoder vector (the model used then is one trained without it).
 */
export function pairFeatures(a: SentenceFeatures, b: SentenceFeatures): number[] {
  const soft = termOverlap(a, b, { synonyms: false, nearSynonyms: true });
  const la = a.words.length;
  const lb = b.words.length;
  const lcs = lcsLength(a.stems, b.stems);
  const ca = sequenceCounts(a);
  const cb = sequenceCounts(b);
  const values: Record<FeatureName, number> = {
    wordDice: diceOfCounts(ca.words, cb.words),
    stemDice: diceOfCounts(ca.stems, cb.stems),
    termDice: termOverlap(a, b, { synonyms: false, nearSynonyms: false }).dice,
    softDice: soft.dice,
    containMin: Math.min(soft.aInB, soft.bInA),
    containMax: Math.max(soft.aInB, soft.bInA),
    wordnetDice: termOverlap(a, b, { synonyms: true, nearSynonyms: false }).dice,
    char3Dice: diceOfCounts(ca.char3, cb.char3),
    char4Dice: diceOfCounts(ca.char4, cb.char4),
    lcsShorter: Math.min(la, lb) === 0 ? 0 : lcs / Math.min(la, lb),
    lcsLonger: Math.max(la, lb) === 0 ? 0 : lcs / Math.max(la, lb),
    bigramDice: diceOfCounts(ca.stemGrams[2] as Counts, cb.stemGrams[2] as Counts),
    trigramDice: diceOfCounts(ca.stemGrams[3] as Counts, cb.stemGrams[3] as Counts),
    bleu: (bleuOfCounts(ca, cb) + bleuOfCounts(cb, ca)) / 2,
    lengthRatio: Math.max(la, lb) === 0 ? 1 : Math.min(la, lb) / Math.max(la, lb),
    numbersDiffer: a.numbers.length + b.numbers.length > 0 && diceOf(a.numbers, b.numbers) < 1 ? 1 : 0,
    numbersDice: diceOf(a.numbers, b.numbers),
    namesDiffer: a.names.length > 0 && b.names.length > 0 && diceOf(a.names, b.names) === 0 ? 1 : 0,
    namesDice: diceOf(a.names, b.names),
    negationDiffers: a.negations % 2 !== b.negations % 2 ? 1 : 0,
    antonyms: antonymPairs(a, b).length,
    sif: Math.max(0, dot(a.sif, b.sif)),
    use: a.use && b.use ? Math.max(0, dot(a.use, b.use)) : 0,
    ...unmatched(a, b),
    meteor: (meteor(alignWords(a, b, false), la, lb) + meteor(alignWords(b, a, false), lb, la)) / 2,
    meteorSoft: (meteor(alignWords(a, b, true), la, lb) + meteor(alignWords(b, a, true), lb, la)) / 2,
    editRate: la + lb === 0 ? 0 : (2 * editDistance(a.stems, b.stems)) / (la + lb),
  };
  return featureNames.map((name) => values[name]);
}

/**
 * What each side says that the other does not: information weight (in units of 10 bits) and number
 * of content terms with no exact, synonym or near-synonym match, the larger and smaller side; and
 * numbers and names only one side states. Paraphrases leave little unmatched on either side.
 */
function unmatched(a: SentenceFeatures, b: SentenceFeatures) {
  const side = (x: SentenceFeatures, y: SentenceFeatures) => {
    let weight = 0;
    let terms = 0;
    x.terms.forEach((_, i) => {
      if (termMatch(x, i, y, { synonyms: true, nearSynonyms: true }) >= 0.7) return;
      weight += x.weights[i] as number;
      terms++;
    });
    return { weight: weight / 10, terms };
  };
  const [sa, sb] = [side(a, b), side(b, a)];
  const only = (x: string[], y: string[]) => x.filter((v) => !y.includes(v)).length;
  return {
    unmatchedMax: Math.max(sa.weight, sb.weight),
    unmatchedMin: Math.min(sa.weight, sb.weight),
    unmatchedTermsMax: Math.max(sa.terms, sb.terms),
    unmatchedTermsMin: Math.min(sa.terms, sb.terms),
    extraNumbers: only(a.numbers, b.numbers) + only(b.numbers, a.numbers),
    extraNames: only(a.names, b.names) + only(b.names, a.names),
  };
}

/**
 * Greedy one-to-one word alignment in METEOR's stages: same word, same stem, WordNet synonym (by
 * lemma) for content words, and with `soft` GloVe near-synonyms (cosine ≥ 0.7) as a last stage, as
 * METEOR's paraphrase table. Each stage takes the leftmost free match. Returns (i, j) positions.
 */
function alignWords(a: SentenceFeatures, b: SentenceFeatures, soft: boolean): Array<[number, number]> {
  const usedB = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const aligned = new Set<number>();
  const termOfWord = (f: SentenceFeatures, w: string) => f.termWords.indexOf(w);

  const stages: Array<(i: number, j: number) => boolean> = [
    (i, j) => a.words[i] === b.words[j],
    (i, j) => a.stems[i] === b.stems[j],
    (i, j) => {
      const ka = termOfWord(a, a.words[i] as string);
      const kb = termOfWord(b, b.words[j] as string);
      return ka >= 0 && kb >= 0 && areSynonymTerms(a, ka, b, kb);
    },
  ];
  if (soft) {
    stages.push((i, j) => {
      const ka = termOfWord(a, a.words[i] as string);
      const kb = termOfWord(b, b.words[j] as string);
      return ka >= 0 && kb >= 0 && nearSynonymy(a, ka, b, kb) >= 0.7;
    });
  }
  for (const same of stages) {
    for (let i = 0; i < a.words.length; i++) {
      if (aligned.has(i)) continue;
      for (let j = 0; j < b.words.length; j++) {
        if (usedB.has(j) || !same(i, j)) continue;
        pairs.push([i, j]);
        aligned.add(i);
        usedB.add(j);
        break;
      }
    }
  }
  return pairs;
}

/** Pairs of terms, one from each side, that WordNet records as antonyms ("rose" / "fell"). */
export function antonymPairs(a: SentenceFeatures, b: SentenceFeatures): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  a.antonyms.forEach((opposites, i) => {
    b.lemmas.forEach((lemma, j) => {
      if (opposites.includes(lemma)) pairs.push([a.termWords[i] as string, b.termWords[j] as string]);
    });
  });
  return pairs;
}
