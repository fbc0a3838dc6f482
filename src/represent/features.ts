// Computes the features of one sentence.
import { isWordToken } from '../segment/sentences.ts';
import type { Sentence, Token } from '../segment/types.ts';
import { numbersIn } from './numbers.ts';
import { sifVector } from './sif.ts';
import { isContentToken, termOf } from './terms.ts';
import type { SentenceFeatures } from './types.ts';
import { wordVectors } from './word-vectors.ts';
import { informationWeight } from './word-weights.ts';
import { antonyms, synsetKeys } from './wordnet.ts';

const negationWords = new Set([
  'not',
  "n't",
  'no',
  'never',
  'nobody',
  'nothing',
  'none',
  'neither',
  'nor',
  'nowhere',
  'cannot',
  'without',
]);

/** Names this common in news (GloVe rank below it: "Saturday", "President", "Street") are not anchors. */
const commonNameRank = 5000;

/**
 * Numbers written in digits are anchors: "301 residents", "£1.35", "€6 million", "2025". Numbers in
 * words ("a four-hour debate") are part of the wording any report of that kind reuses.
 */
function isAnchorNumber(token: string): boolean {
  return /\d/.test(token);
}

// GloVe puts "Monday" beside "Friday" and "three" beside "four": close in use, different as facts.
const calendarWords = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'yesterday',
  'today',
  'tomorrow',
]);

/** Names, numbers and calendar words are facts: they match only themselves, never a near-synonym. */
function mustMatchExactly(token: Token): boolean {
  return (
    token.pos === 'PROPN' || token.pos === 'NUM' || token.type === 'number' || calendarWords.has(token.lower)
  );
}

/** Features of a sentence without the (costly, async) sentence-encoder vector. */
export function sentenceFeatures(sentence: Sentence): SentenceFeatures {
  const wordTokens = sentence.tokens.filter(isWordToken);
  const words = wordTokens.map((t) => t.lower);
  const terms: string[] = [];
  const termWords: string[] = [];
  const lemmas: string[] = [];
  const weights: number[] = [];
  const ranks: number[] = [];
  const names = new Set<string>();
  const numbers = new Set<string>();
  const anchors = new Set<string>();
  wordTokens.forEach((token, position) => {
    for (const n of numbersIn(token.lower)) {
      numbers.add(n);
      if (isAnchorNumber(token.lower)) anchors.add(n);
    }
    const rank = wordVectors().rank(token.lower);
    if (token.pos === 'PROPN' && /^\p{Lu}/u.test(token.text)) {
      names.add(token.lower);
      if (position > 0 && (rank ?? commonNameRank) >= commonNameRank) anchors.add(token.lower);
    }
    if (!isContentToken(token)) return;
    const term = termOf(token);
    if (term === '' || terms.includes(term)) return;
    terms.push(term);
    termWords.push(token.lower);
    lemmas.push(token.lemma.toLowerCase());
    weights.push(informationWeight(rank));
    ranks.push(mustMatchExactly(token) ? -1 : (rank ?? -1));
  });
  const quoted = wordTokens.length === 0 ? 0 : wordTokens.filter((t) => t.quoted).length / wordTokens.length;
  return {
    words,
    stems: wordTokens.map((t) => t.stem),
    negations: words.filter((w) => negationWords.has(w)).length,
    terms,
    termWords,
    lemmas,
    synsets: lemmas.map((l) => synsetKeys(l)),
    antonyms: lemmas.map((l) => antonyms(l)),
    ranks,
    weights,
    names: [...names],
    numbers: [...numbers],
    anchors: [...anchors],
    quoted,
    sif: sifVector(words),
  };
}
