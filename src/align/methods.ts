// Names the way a sentence was carried over: verbatim, edited, or paraphrased.
import type { SentenceFeatures } from '../represent/types.ts';
import type { Method } from './types.ts';

/** Least share of the shorter sentence's word bigrams found in the other for an edit (not a paraphrase). */
const editedBigrams = 0.7;

/**
 * Verbatim: the same words in the same order once normalised (case, punctuation, quote marks and
 * spacing aside). Edited: not the same, but at least 70% of the shorter sentence's word bigrams
 * kept (a word swapped, a clause added or dropped). Paraphrased: the meaning kept in other words.
 * `bigrams` is that bigram containment.
 */
export function methodOf(a: SentenceFeatures, b: SentenceFeatures, bigrams: number): Method {
  if (sameWords(a.words, b.words)) return 'verbatim';
  return bigrams >= editedBigrams ? 'edited' : 'paraphrased';
}

function sameWords(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** The method of a passage: the one covering most of its links, the weaker one on a tie. */
export function dominantMethod(methods: Method[]): Method {
  const order: Method[] = ['paraphrased', 'edited', 'verbatim'];
  const counts = order.map((m) => methods.filter((x) => x === m).length);
  const best = Math.max(...counts);
  return order[counts.indexOf(best)] as Method;
}
