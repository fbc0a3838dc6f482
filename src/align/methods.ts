// Names the way a sentence was carried over: verbatim, edited, or paraphrased.
import type { Method } from './types.ts';

/**
 * Verbatim: nearly every word bigram and content term kept ("said" → "said").
 * Edited: most bigrams kept, some words changed or dropped.
 * Paraphrased: the meaning kept in other words.
 */
export function methodOf(verbatim: number, lexical: number): Method {
  if (verbatim >= 0.9 && lexical >= 0.9) return 'verbatim';
  if (verbatim >= 0.5) return 'edited';
  return 'paraphrased';
}

/** The method of a passage: the one covering most of its links, the weaker one on a tie. */
export function dominantMethod(methods: Method[]): Method {
  const order: Method[] = ['paraphrased', 'edited', 'verbatim'];
  const counts = order.map((m) => methods.filter((x) => x === m).length);
  const best = Math.max(...counts);
  return order[counts.indexOf(best)] as Method;
}
