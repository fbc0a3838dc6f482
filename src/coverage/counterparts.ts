// Which sentences of a story's articles have a counterpart in another article, read from alignments.
import type { Alignment } from '../align/types.ts';
import { entry } from './map-entry.ts';

/** Per article, per sentence index, the other articles holding a sentence aligned with it. */
export type Counterparts = Map<string, Map<number, Set<string>>>;

/**
 * The counterparts of every sentence, from the links of each alignment: a link (score ≥ 0.62, or a
 * merge of a sentence with its neighbour's partner) means the two sentences say the same thing.
 */
export function counterparts(alignments: Alignment[]): Counterparts {
  const out: Counterparts = new Map();
  const add = (article: string, sentence: number, other: string) =>
    entry(
      entry(out, article, () => new Map()),
      sentence,
      () => new Set<string>(),
    ).add(other);
  for (const alignment of alignments) {
    for (const link of alignment.links) {
      add(alignment.a, link.a, alignment.b);
      add(alignment.b, link.b, alignment.a);
    }
  }
  return out;
}
